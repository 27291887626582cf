using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// The weight-set exchange format: <c>{ "id", "version", "description"?, "weights": [ { "measure", "dimensional",
/// "composite" } ] }</c>, one entry per catalog measure.
/// </summary>
internal static class WeightSetFormat
{
    /// <summary>Reads a weight set; invalid weights throw <see cref="RssJsonException"/> locating every problem.</summary>
    public static WeightSet Read(JsonCursor root, Catalog catalog)
    {
        var document = Parse(root);
        var created = WeightSet.TryCreate(catalog, document.Id, document.Version, document.Weights, document.Description);
        if (!created.TryGetValue(out var weightSet))
        {
            var problems = created.Problems;
            throw new RssJsonException(problems.Select(p => new JsonProblem(Locate(p, document), p.Message)).ToList(), new InvalidWeightSetException(problems));
        }

        return weightSet;
    }

    public static void Write(Utf8JsonWriter writer, WeightSet weightSet)
    {
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
            writer.WriteDouble("dimensional", weight.Dimensional);
            writer.WriteDouble("composite", weight.Composite);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Document Parse(JsonCursor root)
    {
        var fields = root.Object("id", "version", "description", "weights");
        var document = new Document(
            fields.Required("id").String(),
            fields.Required("version").String(),
            fields.Optional("description")?.String(),
            root.Path);
        foreach (var entry in fields.Required("weights").Items())
        {
            var weight = entry.Object("measure", "dimensional", "composite");
            var measure = weight.Required("measure").String();
            document.Weights.Add(new MeasureWeight(measure, weight.Required("dimensional").Number(), weight.Required("composite").Number()));
            document.Entries.Add(measure, entry.Path);
        }

        return document;
    }

    private static string Locate(WeightSetProblem problem, Document document)
    {
        var entry = problem.Kind switch
        {
            WeightSetProblemKind.UnknownMeasure => document.Entries.First(problem.MeasureCode),
            WeightSetProblemKind.DuplicateMeasure => document.Entries.NextDuplicate(problem.MeasureCode),
            WeightSetProblemKind.InvalidDimensionalWeight or WeightSetProblemKind.InvalidCompositeWeight => document.Entries.First(problem.MeasureCode),
            _ => null,
        };
        return problem.Kind switch
        {
            WeightSetProblemKind.BlankId => JsonPaths.Property(document.RootPath, "id"),
            WeightSetProblemKind.BlankVersion => JsonPaths.Property(document.RootPath, "version"),
            WeightSetProblemKind.UnknownMeasure or WeightSetProblemKind.DuplicateMeasure when entry is not null => JsonPaths.Property(entry, "measure"),
            WeightSetProblemKind.InvalidDimensionalWeight when entry is not null => JsonPaths.Property(entry, "dimensional"),
            WeightSetProblemKind.InvalidCompositeWeight when entry is not null => JsonPaths.Property(entry, "composite"),
            _ => document.WeightsPath,
        };
    }

    private sealed class Document
    {
        public Document(string id, string version, string? description, string rootPath)
        {
            Id = id;
            Version = version;
            Description = description;
            RootPath = rootPath;
        }

        public string Id { get; }

        public string Version { get; }

        public string? Description { get; }

        public string RootPath { get; }

        public string WeightsPath => JsonPaths.Property(RootPath, "weights");

        public List<MeasureWeight> Weights { get; } = new();

        public ProblemLocator Entries { get; } = new();
    }
}
