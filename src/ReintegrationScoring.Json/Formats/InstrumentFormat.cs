using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// The instrument format: a full catalog with its dimensions' labels, indicators, answer scales (defined once, referred
/// to by code) and measures. See <c>docs/json-formats.md</c>.
/// </summary>
internal static class InstrumentFormat
{
    /// <summary>Reads a catalog; a definition the core refuses throws <see cref="RssJsonException"/> locating every problem.</summary>
    public static Catalog Read(JsonCursor root)
    {
        var document = Parse(root);
        var created = Catalog.TryCreate(document.Id, document.Version, document.Indicators, document.Measures, document.Dimensions, document.Title);
        if (!created.TryGetValue(out var catalog))
        {
            var problems = created.Problems;
            throw new RssJsonException(problems.Select(p => new JsonProblem(Locate(p, document), p.Message)).ToList(), new InvalidCatalogException(problems));
        }

        return catalog;
    }

    public static void Write(Utf8JsonWriter writer, Catalog catalog)
    {
        var scales = ScalesOf(catalog);
        writer.WriteStartObject();
        writer.WriteString("id", catalog.Id);
        writer.WriteString("version", catalog.Version);
        LabelFormat.Write(writer, "title", catalog.Title);
        writer.WriteStartArray("dimensions");
        foreach (var dimension in catalog.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("code", dimension.Code);
            LabelFormat.Write(writer, "label", dimension.Label);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("indicators");
        foreach (var indicator in catalog.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("code", indicator.Code);
            writer.WriteString("dimension", indicator.Dimension.ToCode());
            LabelFormat.Write(writer, "label", indicator.Label);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("scales");
        foreach (var scale in scales)
        {
            writer.WriteStartObject();
            writer.WriteString("code", scale.Code);
            writer.WriteStartArray("options");
            foreach (var option in scale.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("key", option.Key);
                writer.WriteDouble("points", option.Points);
                LabelFormat.Write(writer, "label", option.Label);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("measures");
        foreach (var measure in catalog.Measures)
        {
            writer.WriteStartObject();
            writer.WriteString("code", measure.Code);
            writer.WriteString("indicator", measure.Indicator.Code);
            writer.WriteString("scale", measure.Scale.Code);
            writer.WriteBoolean("allows_not_applicable", measure.AllowsNotApplicable);
            writer.WriteString("provenance", measure.Provenance.ToCode());
            LabelFormat.Write(writer, "label", measure.Label);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<AnswerScale> ScalesOf(Catalog catalog)
    {
        var scales = new List<AnswerScale>();
        foreach (var measure in catalog.Measures)
        {
            // The catalog guarantees that scales sharing a code are equal, so the code identifies the scale.
            if (!scales.Exists(s => string.Equals(s.Code, measure.Scale.Code, StringComparison.OrdinalIgnoreCase)))
            {
                scales.Add(measure.Scale);
            }
        }

        return scales;
    }

    private static Document Parse(JsonCursor root)
    {
        var fields = root.Object("id", "version", "title", "dimensions", "indicators", "scales", "measures");
        var title = fields.Optional("title") is { } titleCursor ? LabelFormat.Read(titleCursor) : null;
        var document = new Document(fields.Required("id").String(), fields.Required("version").String(), title, root.Path);

        if (fields.Optional("dimensions") is { } dimensions)
        {
            foreach (var item in dimensions.Items())
            {
                var dimension = item.Object("code", "label");
                var code = dimension.Required("code").Code(Dimensions.All, Dimensions.ToCode);
                document.Dimensions.Add(new DimensionDefinition(code, LabelFormat.Read(dimension.Required("label"))));
                document.DimensionPaths.Add(code.ToCode(), item.Path);
            }
        }

        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var item in fields.Required("indicators").Items())
        {
            var indicator = ReadIndicator(item);
            document.Indicators.Add(indicator);
            document.IndicatorPaths.Add(indicator.Code, item.Path);
            // Duplicates are the core's to report; references resolve to the first definition.
            if (!indicators.ContainsKey(indicator.Code))
            {
                indicators[indicator.Code] = indicator;
            }
        }

        var scales = new Dictionary<string, (AnswerScale Scale, string Path)>(StringComparer.Ordinal);
        foreach (var item in fields.Required("scales").Items())
        {
            var scale = ReadScale(item);
            if (scales.ContainsKey(scale.Code))
            {
                throw new RssJsonException(JsonPaths.Property(item.Path, "code"), "duplicate scale code; each scale is defined once");
            }

            scales.Add(scale.Code, (scale, item.Path));
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in fields.Required("measures").Items())
        {
            var measure = ReadMeasure(item, indicators, scales, used);
            document.Measures.Add(measure);
            document.MeasurePaths.Add(measure.Code, item.Path);
        }

        foreach (var scale in scales.Values.Where(s => !used.Contains(s.Scale.Code)))
        {
            throw new RssJsonException(scale.Path, "the scale is not used by any measure");
        }

        return document;
    }

    private static Indicator ReadIndicator(JsonCursor item)
    {
        var fields = item.Object("code", "dimension", "label");
        var code = fields.Required("code");
        var dimension = fields.Required("dimension").Code(Dimensions.All, Dimensions.ToCode);
        var label = LabelFormat.Read(fields.Required("label"));
        try
        {
            return new Indicator(code.String(), dimension, label);
        }
        catch (ArgumentException e)
        {
            throw code.Fail(CoreErrors.Reason(e));
        }
    }

    private static AnswerScale ReadScale(JsonCursor item)
    {
        var fields = item.Object("code", "options");
        var code = fields.Required("code");
        var optionsCursor = fields.Required("options");
        var options = new List<AnswerOption>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in optionsCursor.Items())
        {
            var option = entry.Object("key", "points", "label");
            var key = option.Required("key");
            var points = option.Required("points").UnitInterval();
            var label = LabelFormat.Read(option.Required("label"));
            try
            {
                options.Add(new AnswerOption(key.String(), points, label));
            }
            catch (ArgumentException e)
            {
                throw key.Fail(CoreErrors.Reason(e));
            }

            if (!keys.Add(key.String()))
            {
                throw key.Fail("duplicate option key in this scale (keys are compared ignoring case)");
            }
        }

        if (options.Count == 0 || options.Count > Answer.MaxOptionCount)
        {
            throw optionsCursor.Fail($"a scale has between 1 and {Answer.MaxOptionCount} options");
        }

        try
        {
            return new AnswerScale(code.String(), options);
        }
        catch (ArgumentException e)
        {
            // Options were checked above, so what remains is the code.
            throw code.Fail(CoreErrors.Reason(e));
        }
    }

    private static Measure ReadMeasure(JsonCursor item, Dictionary<string, Indicator> indicators, Dictionary<string, (AnswerScale Scale, string Path)> scales, HashSet<string> used)
    {
        var fields = item.Object("code", "indicator", "scale", "allows_not_applicable", "provenance", "label");
        var code = fields.Required("code");
        var indicatorCursor = fields.Required("indicator");
        if (!indicators.TryGetValue(indicatorCursor.String(), out var indicator))
        {
            throw indicatorCursor.Fail("no indicator with this code is defined in $.indicators");
        }

        var scaleCursor = fields.Required("scale");
        if (!scales.TryGetValue(scaleCursor.String(), out var scale))
        {
            throw scaleCursor.Fail("no scale with this code is defined in $.scales");
        }

        used.Add(scale.Scale.Code);
        var allowsNotApplicable = fields.Optional("allows_not_applicable")?.Boolean() ?? false;
        var provenance = fields.Optional("provenance")?.Code(MeasureProvenances.All, MeasureProvenances.ToCode) ?? MeasureProvenance.Custom;
        var label = LabelFormat.Read(fields.Required("label"));
        try
        {
            return new Measure(code.String(), indicator, scale.Scale, label, allowsNotApplicable, provenance);
        }
        catch (ArgumentException e)
        {
            throw code.Fail(CoreErrors.Reason(e));
        }
    }

    private static string Locate(CatalogProblem problem, Document document) => problem.Kind switch
    {
        CatalogProblemKind.BlankId => JsonPaths.Property(document.RootPath, "id"),
        CatalogProblemKind.BlankVersion => JsonPaths.Property(document.RootPath, "version"),
        CatalogProblemKind.DuplicateDimension => document.DimensionPaths.NextDuplicate(problem.Code) ?? JsonPaths.Property(document.RootPath, "dimensions"),
        CatalogProblemKind.DuplicateIndicator => document.IndicatorPaths.NextDuplicate(problem.Code) ?? IndicatorsPath(document),
        CatalogProblemKind.IndicatorWithoutMeasures => document.IndicatorPaths.First(problem.Code) ?? IndicatorsPath(document),
        CatalogProblemKind.DimensionWithoutIndicators => IndicatorsPath(document),
        CatalogProblemKind.DuplicateMeasure => document.MeasurePaths.NextDuplicate(problem.Code) ?? MeasuresPath(document),
        CatalogProblemKind.UnknownIndicator => document.MeasurePaths.First(problem.Code) is { } path ? JsonPaths.Property(path, "indicator") : MeasuresPath(document),
        _ => document.RootPath,
    };

    private static string IndicatorsPath(Document document) => JsonPaths.Property(document.RootPath, "indicators");

    private static string MeasuresPath(Document document) => JsonPaths.Property(document.RootPath, "measures");

    private sealed class Document
    {
        public Document(string id, string version, LocalizedText? title, string rootPath)
        {
            Id = id;
            Version = version;
            Title = title;
            RootPath = rootPath;
        }

        public string Id { get; }

        public string Version { get; }

        public string RootPath { get; }

        public LocalizedText? Title { get; }

        public List<DimensionDefinition> Dimensions { get; } = new();

        public List<Indicator> Indicators { get; } = new();

        public List<Measure> Measures { get; } = new();

        public ProblemLocator DimensionPaths { get; } = new();

        public ProblemLocator IndicatorPaths { get; } = new();

        public ProblemLocator MeasurePaths { get; } = new();
    }
}
