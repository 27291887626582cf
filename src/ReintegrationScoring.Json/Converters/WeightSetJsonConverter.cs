using ReintegrationScoring.Internal;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReintegrationScoring.Json;

/// <summary>
/// Converts a <see cref="WeightSet"/> for one catalog to and from the weight-set exchange format inside
/// <see cref="JsonSerializer"/>. Every invalid input, including weights the core refuses, throws
/// <see cref="RssJsonException"/> locating every problem (the core's <see cref="InvalidWeightSetException"/> is the inner
/// exception); paths are relative to the value read.
/// </summary>
public sealed class WeightSetJsonConverter : JsonConverter<WeightSet>
{
    private readonly Catalog _catalog;

    /// <summary>A converter for weight sets of the built-in catalog, <see cref="RssCatalog.Default"/>.</summary>
    public WeightSetJsonConverter()
        : this(RssCatalog.Default)
    {
    }

    /// <summary>A converter for weight sets of <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <param name="catalog">The catalog whose measures the weight sets weigh.</param>
    public WeightSetJsonConverter(Catalog catalog) => _catalog = Preconditions.NotNull(catalog);

    /// <inheritdoc/>
    /// <exception cref="RssJsonException">The value is not a valid weight set for the converter's catalog.</exception>
    public override WeightSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return WeightSetFormat.Read(new JsonCursor(document.RootElement, JsonPaths.Root), _catalog);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WeightSet value, JsonSerializerOptions options) =>
        WeightSetFormat.Write(Preconditions.NotNull(writer), Preconditions.NotNull(value));
}
