using ReintegrationScoring.Internal;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReintegrationScoring.Json;

/// <summary>
/// Converts a <see cref="StoredScoreResult"/> to and from the score-result format inside <see cref="JsonSerializer"/>.
/// Every invalid input throws <see cref="RssJsonException"/> with paths relative to the value read.
/// </summary>
public sealed class StoredScoreResultJsonConverter : JsonConverter<StoredScoreResult>
{
    /// <inheritdoc/>
    /// <exception cref="RssJsonException">The value is not a result of the documented shape.</exception>
    public override StoredScoreResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ScoreResultFormat.Read(new JsonCursor(document.RootElement, JsonPaths.Root));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StoredScoreResult value, JsonSerializerOptions options) =>
        ScoreResultFormat.Write(Preconditions.NotNull(writer), Preconditions.NotNull(value));
}
