using ReintegrationScoring.Internal;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReintegrationScoring.Json;

/// <summary>
/// Converts a <see cref="Catalog"/> to and from the instrument format inside <see cref="JsonSerializer"/>, so that an
/// instrument can be a property of your own types. Every invalid input, including a definition the core refuses,
/// throws <see cref="RssJsonException"/> with paths relative to the value read.
/// </summary>
public sealed class InstrumentJsonConverter : JsonConverter<Catalog>
{
    /// <inheritdoc/>
    /// <exception cref="RssJsonException">The value is not a valid instrument; every problem the core finds is located.</exception>
    public override Catalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return InstrumentFormat.Read(new JsonCursor(document.RootElement, JsonPaths.Root));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Two different scales of the catalog share a code.</exception>
    public override void Write(Utf8JsonWriter writer, Catalog value, JsonSerializerOptions options) =>
        InstrumentFormat.Write(Preconditions.NotNull(writer), Preconditions.NotNull(value));
}
