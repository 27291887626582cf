using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class InstrumentJsonTests
{
    private static readonly string BuiltInFile = RepositoryFiles.Example("instrument-rss-reconstructed.json");
    private static readonly string MinimalFile = RepositoryFiles.Example("instrument-minimal.json");

    [Fact]
    public void Serialize_BuiltInCatalog_IsExactlyTheExampleFile() =>
        Assert.Equal(RepositoryFiles.ReadText(BuiltInFile), InstrumentJson.Serialize(RssCatalog.Default));

    [Fact]
    public void Read_BuiltInExampleFile_GivesTheBuiltInCatalog()
    {
        using var stream = File.OpenRead(BuiltInFile);

        var catalog = InstrumentJson.Read(stream);

        CatalogAssert.Same(RssCatalog.Default, catalog);
        Assert.True(catalog.IsSameInstrument(RssCatalog.Default));
        Assert.Equal(MeasureProvenance.SourceTable, catalog.GetMeasure("ECO_SATISFACTION").Provenance);
        Assert.True(catalog.GetMeasure("SOC_SCHOOL_ATTENDANCE").AllowsNotApplicable);
    }

    [Fact]
    public void Serialize_MinimalExample_IsExactlyTheFile()
    {
        var text = RepositoryFiles.ReadText(MinimalFile);

        var catalog = InstrumentJson.Parse(text);

        Assert.Equal(text, InstrumentJson.Serialize(catalog));
        Assert.Equal(4, catalog.Measures.Count);
        Assert.Equal("Comment est votre logement ?", catalog.GetMeasure("SOC_HOUSING_QUALITY").Label.Get("fr"));
        Assert.Equal(0.5, catalog.GetMeasure("SOC_HOUSING_QUALITY").Scale.Options[1].Points);
    }

    [Fact]
    public void Parse_MinimalExample_ScoresWithTheDefaultMethod()
    {
        var catalog = InstrumentJson.Parse(RepositoryFiles.ReadText(MinimalFile));
        var engine = new ScoringEngine(WeightSet.EqualByIndicator(catalog));
        var response = SurveyResponse.Parse(catalog, new RespondentId("r"), MonitoringRound.Initial, new[]
        {
            Answer("ECO_HAS_INCOME", "yes"), Answer("SOC_HOUSING_QUALITY", "fair"), Answer("SOC_SCHOOL", "not_applicable"), Answer("PSY_CAN_GET_HELP", "no"),
        });

        var result = engine.Score(response);

        Assert.Equal(1.0, result.Economic.Value);
        Assert.Equal(0.5, result.Social.Value);
        Assert.Equal(0.0, result.Psychosocial.Value);
    }

    [Fact]
    public void Parse_OptionalPropertiesLeftOut_TakeTheirDefaults()
    {
        var node = Minimal();
        node.Remove("title");
        node.Remove("dimensions");
        foreach (var measure in node["measures"]!.AsArray())
        {
            measure!.AsObject().Remove("allows_not_applicable");
            measure.AsObject().Remove("provenance");
        }

        var catalog = InstrumentJson.Parse(node.ToJsonString());

        Assert.Equal("my-instrument", catalog.Title.English);
        Assert.Equal(DimensionDefinition.Default(Dimension.Economic), catalog.Dimensions[0]);
        Assert.All(catalog.Measures, m => Assert.False(m.AllowsNotApplicable));
        Assert.All(catalog.Measures, m => Assert.Equal(MeasureProvenance.Custom, m.Provenance));
    }

    public static TheoryData<string, string, string> InvalidShapes => new()
    {
        { "measures[0].indicator=\"NOPE\"", "$.measures[0].indicator", "no indicator with this code is defined in $.indicators" },
        { "measures[0].scale=\"nope\"", "$.measures[0].scale", "no scale with this code is defined in $.scales" },
        { "measures[0].code=\"1BAD\"", "$.measures[0].code", "a measure code is a letter, then letters, digits or '_'" },
        { "measures[0].provenance=\"iom\"", "$.measures[0].provenance", "expected one of: custom, source_table, reconstructed" },
        { "measures[0].allows_not_applicable=\"yes\"", "$.measures[0].allows_not_applicable", "expected true or false, found a string" },
        { "measures[0].hint=\"x\"", "$.measures[0].hint", "unknown property; expected one of: code, indicator, scale, allows_not_applicable, provenance, label" },
        { "indicators[0].dimension=\"economy\"", "$.indicators[0].dimension", "expected one of: economic, social, psychosocial" },
        { "indicators[0].code=\"has space\"", "$.indicators[0].code", "an indicator code is a letter" },
        { "dimensions[0].code=\"Economic\"", "$.dimensions[0].code", "expected one of: economic, social, psychosocial" },
        { "scales[0].code=\"bad-code\"", "$.scales[0].code", "a scale code is a letter" },
        { "scales[1].code=\"yes_no\"", "$.scales[1].code", "duplicate scale code" },
        { "scales[0].options[1].key=\"YES\"", "$.scales[0].options[1].key", "an option key is lower_snake_case" },
        { "scales[1].options[1].key=\"good\"", "$.scales[1].options[1].key", "duplicate option key" },
        { "scales[0].options[0].key=\"dont_know\"", "$.scales[0].options[0].key", "'dont_know' is a special answer valid for every measure" },
        { "scales[0].options[0].points=1.5", "$.scales[0].options[0].points", "expected a number in [0, 1]" },
        { "scales[0].options[0].points=-0.25", "$.scales[0].options[0].points", "expected a number in [0, 1]" },
        { "scales[0].options=[]", "$.scales[0].options", "a scale has between 1 and 252 options" },
        { "scales[0].options[0].label={\"fr\":\"Oui\"}", "$.scales[0].options[0].label", "an English ('en') text is required" },
        { "title={\"en\":\"  \"}", "$.title.en", "must not be empty or white space" },
        { "title={\"en\":\"A\",\"EN\":\"B\"}", "$.title", "language 'EN' appears more than once" },
        { "title=\"A title\"", "$.title", "expected an object, found a string" },
        { "scales[2]={\"code\":\"unused\",\"options\":[{\"key\":\"a\",\"points\":1,\"label\":{\"en\":\"A\"}}]}", "$.scales[2]", "the scale is not used by any measure" },
        { "owner=\"x\"", "$.owner", "unknown property; expected one of: id, version, title, dimensions, indicators, scales, measures" },
    };

    [Theory]
    [MemberData(nameof(InvalidShapes))]
    public void Parse_InvalidShape_NamesPathAndReason(string change, string path, string reason) =>
        Assertions.Problem(() => InstrumentJson.Parse(Mutate(change)), path, reason);

    [Fact]
    public void Parse_InvalidDefinition_Issue13_ThrowsRssJsonExceptionLocatingEveryCoreProblem()
    {
        var node = Minimal();
        node["measures"]![3]!["code"] = "ECO_HAS_INCOME";
        node["id"] = " ";

        var json = Assert.Throws<RssJsonException>(() => InstrumentJson.Parse(node.ToJsonString()));
        var exception = Assert.IsType<InvalidCatalogException>(json.InnerException);

        Assert.Equal(exception.Problems.Count, json.Problems.Count);
        Assert.Contains(json.Problems, p => p.Path == "$.id");
        Assert.Contains(json.Problems, p => p.Path == "$.measures[3]");

        Assert.Contains(exception.Problems, p => p.Kind == CatalogProblemKind.BlankId);
        Assert.Contains(exception.Problems, p => p.Kind == CatalogProblemKind.DuplicateMeasure && p.Code == "ECO_HAS_INCOME");
        Assert.Contains(exception.Problems, p => p.Kind == CatalogProblemKind.IndicatorWithoutMeasures && p.Code == "PSY_SUPPORT");
    }

    [Fact]
    public void Parse_TopLevelSchemaProperty_Issue14_IsAcceptedAndIgnored()
    {
        var node = Minimal();
        node["$schema"] = "https://example.org/instrument.schema.json";

        Assert.Equal(InstrumentJson.Parse(Minimal().ToJsonString()).Measures.Count, InstrumentJson.Parse(node.ToJsonString()).Measures.Count);
        node["$schema"] = 3;
        Assert.Equal("$['$schema']", Assert.Throws<RssJsonException>(() => InstrumentJson.Parse(node.ToJsonString())).Path);
    }

    [Fact]
    public void Parse_CodeWithALineBreak_Issue14_MessageStaysOnItsLines()
    {
        var node = Minimal();
        node["measures"]![0]!["code"] = "BAD\ninjected line";

        var exception = Assert.Throws<RssJsonException>(() => InstrumentJson.Parse(node.ToJsonString()));

        Assert.DoesNotContain(exception.Message.Split('\n'), line => line.StartsWith("injected", StringComparison.Ordinal));
        Assert.All(exception.Problems, p => Assert.DoesNotContain('\n', p.Reason));
    }

    [Fact]
    public void Converter_InvalidDefinition_LocatesEveryProblem()
    {
        var node = Minimal();
        node["measures"]![3]!["code"] = "ECO_HAS_INCOME";
        node["indicators"]![1]!["code"] = "ECO_INCOME";
        node["measures"]![1]!["indicator"] = "ECO_INCOME";
        node["measures"]![2]!["indicator"] = "ECO_INCOME";
        var typeInfo = (JsonTypeInfo<Catalog>)RssJsonOptions.Create(RssCatalog.Default).GetTypeInfo(typeof(Catalog));

        var exception = Assert.Throws<RssJsonException>(() => JsonSerializer.Deserialize(node.ToJsonString(), typeInfo));

        Assert.IsType<InvalidCatalogException>(exception.InnerException);
        Assert.Contains(exception.Problems, p => p.Path == "$.indicators[1]" && p.Reason.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Path == "$.measures[3]" && p.Reason.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Path == "$.indicators[2]" && p.Reason.Contains("has no measure", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Path == "$.indicators" && p.Reason.Contains("'social' has no indicator", StringComparison.Ordinal));
    }

    [Fact]
    public void Methods_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("json", () => InstrumentJson.Parse(null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => InstrumentJson.Read(null!));
        Assert.Throws<ArgumentNullException>("catalog", () => InstrumentJson.Serialize(null!));
    }

    private static JsonObject Minimal() => JsonNode.Parse(RepositoryFiles.ReadText(MinimalFile))!.AsObject();

    private static string Mutate(string change) => JsonEdit.Apply(RepositoryFiles.ReadText(MinimalFile), change);

    private static System.Collections.Generic.KeyValuePair<string, string> Answer(string code, string text) => new(code, text);
}
