using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// Reads and writes weight sets in the exchange format:
/// <c>{ "id": "...", "version": "...", "description": "...", "weights": [ { "measure": "ECO_SATISFACTION", "dimensional": 0.15, "composite": 0.05 } ] }</c>.
/// One entry per catalog measure. Reading applies the core validation and reports every problem at once.
/// </summary>
public static class WeightSetJson
{
    /// <summary>Parses a weight set for <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The text is not JSON of the documented shape; the path and reason are given.</exception>
    /// <exception cref="InvalidWeightSetException">The weights break the rules of a weight set; every problem is listed.</exception>
    public static WeightSet Parse(string json, Catalog catalog)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        return FromUtf8(bytes, catalog);
    }

    /// <summary>Reads a UTF-8 weight-set document of at most <see cref="JsonLimits.MaxDocumentBytes"/> bytes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not JSON of the documented shape.</exception>
    /// <exception cref="InvalidWeightSetException">The weights break the rules of a weight set; every problem is listed.</exception>
    public static WeightSet Read(Stream utf8Json, Catalog catalog)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return FromUtf8(BoundedStream.ReadAll(utf8Json, JsonLimits.MaxDocumentBytes), catalog);
    }

    /// <summary>Writes <paramref name="weightSet"/> as indented UTF-8 JSON, entries in catalog order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, WeightSet weightSet)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (weightSet is null)
        {
            throw new ArgumentNullException(nameof(weightSet));
        }

        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("id", weightSet.Id);
        writer.WriteString("version", weightSet.Version);
        if (weightSet.Description is not null)
        {
            writer.WriteString("description", weightSet.Description);
        }

        writer.WriteStartArray("weights");
        foreach (var weight in weightSet.Weights)
        {
            writer.WriteStartObject();
            writer.WriteString("measure", weight.MeasureCode);
            writer.WriteNumber("dimensional", weight.Dimensional);
            writer.WriteNumber("composite", weight.Composite);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The weight set as indented JSON text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="weightSet"/> is null.</exception>
    public static string Serialize(WeightSet weightSet)
    {
        using var stream = new MemoryStream();
        Write(stream, weightSet);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static WeightSet FromUtf8(byte[] utf8, Catalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        using var document = JsonDocuments.Parse(utf8);
        var root = new JsonCursor(document.RootElement, "$");
        var fields = root.Object("id", "version", "description", "weights");
        var id = fields.RequiredString("id");
        var version = fields.RequiredString("version");
        var description = fields.OptionalString("description");
        var weights = new List<MeasureWeight>();
        foreach (var entry in fields.RequiredArray("weights"))
        {
            var weight = entry.Object("measure", "dimensional", "composite");
            weights.Add(new MeasureWeight(weight.RequiredString("measure"), weight.RequiredNumber("dimensional"), weight.RequiredNumber("composite")));
        }

        return WeightSet.Create(catalog, id, version, weights, description);
    }
}
