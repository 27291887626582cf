using ReintegrationScoring.Internal;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReintegrationScoring.Json;

/// <summary>
/// Writes a live <see cref="ScoreResult"/> in the score-result format inside <see cref="JsonSerializer"/> (for example
/// as a web API's response). Writing only: a <see cref="ScoreResult"/> holds the response and engine that produced it,
/// which JSON does not carry; read a <see cref="StoredScoreResult"/> instead.
/// </summary>
public sealed class ScoreResultJsonConverter : JsonConverter<ScoreResult>
{
    private readonly bool _includeBreakdown;

    /// <summary>A converter that writes results without the per-measure breakdown.</summary>
    public ScoreResultJsonConverter()
        : this(includeBreakdown: false)
    {
    }

    /// <summary>A converter that writes results, with the per-measure breakdown when <paramref name="includeBreakdown"/>.</summary>
    /// <param name="includeBreakdown">Whether each result is written with <see cref="ScoreResult.Explain"/>'s contributions.</param>
    public ScoreResultJsonConverter(bool includeBreakdown) => _includeBreakdown = includeBreakdown;

    /// <summary>Always throws: read a <see cref="StoredScoreResult"/> with <see cref="StoredScoreResultJsonConverter"/>.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    /// <param name="reader">The reader; not read.</param>
    /// <param name="typeToConvert">The type to convert; ignored.</param>
    /// <param name="options">The serializer options; ignored.</param>
    /// <returns>Never returns.</returns>
    public override ScoreResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"A {nameof(ScoreResult)} cannot be read from JSON; read a {nameof(StoredScoreResult)} instead.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ScoreResult value, JsonSerializerOptions options) =>
        ScoreResultFormat.Write(Preconditions.NotNull(writer), StoredScoreResult.From(Preconditions.NotNull(value), _includeBreakdown));
}
