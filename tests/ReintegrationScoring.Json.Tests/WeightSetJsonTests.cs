using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class WeightSetJsonTests
{
    [Fact]
    public void Serialize_ExampleFile_IsExactlyTheFile()
    {
        var text = RepositoryFiles.ReadText(RepositoryFiles.Example("weight-set.json"));

        var weightSet = WeightSetJson.Parse(text, Samples.Catalog);

        Assert.Equal(text, WeightSetJson.Serialize(weightSet));
        Assert.Equal("my-programme-2026", weightSet.Id);
        Assert.Equal(0.15, weightSet.GetWeight("ECO_SATISFACTION").Dimensional);
        Assert.Equal(0.05, weightSet.GetWeight("ECO_SATISFACTION").Composite);
    }

    [Fact]
    public void Serialize_ExampleForTheMinimalInstrument_IsExactlyTheFile()
    {
        var catalog = InstrumentJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("instrument-minimal.json")));
        var text = RepositoryFiles.ReadText(RepositoryFiles.Example("weight-set-minimal.json"));

        var weightSet = WeightSetJson.Parse(text, catalog);

        Assert.Equal(text, WeightSetJson.Serialize(weightSet));
        Assert.Equal(0.6, weightSet.GetWeight("SOC_HOUSING_QUALITY").Dimensional);
    }

    [Fact]
    public void Serialize_BuiltInWeights_UsesLineFeedsAndEndsWithOne()
    {
        var text = WeightSetJson.Serialize(BuiltInWeightSets.EqualByIndicator);

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"id\": \"equal-by-indicator\",\n  \"version\": \"1\",\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameWeights()
    {
        using var stream = new MemoryStream();
        WeightSetJson.Write(stream, BuiltInWeightSets.EqualByIndicator);
        stream.Position = 0;

        var read = WeightSetJson.Read(stream, Samples.Catalog);

        Assert.Equal(BuiltInWeightSets.EqualByIndicator.Weights, read.Weights);
        Assert.Equal(BuiltInWeightSets.EqualByIndicator.Description, read.Description);
    }

    [Fact]
    public async Task ReadAsync_ExampleFile_GivesTheSameAsRead()
    {
        await using var stream = File.OpenRead(RepositoryFiles.Example("weight-set.json"));

        var read = await WeightSetJson.ReadAsync(stream, Samples.Catalog);

        Assert.Equal(WeightSetJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("weight-set.json")), Samples.Catalog).Weights, read.Weights);
    }

    [Fact]
    public void Parse_InvalidWeights_Issue13_ThrowsRssJsonExceptionLocatingEveryCoreProblem()
    {
        var weights = BuiltInWeightSets.EqualByIndicator.Weights.ToList();
        weights[0] = weights[0] with { Dimensional = 0.5 };
        weights[29] = weights[29] with { Composite = -1 };
        weights.Add(new MeasureWeight("NOT_A_MEASURE", 0, 0));

        var json = Assert.Throws<RssJsonException>(() => WeightSetJson.Parse(Samples.WeightSetJson(weights), Samples.Catalog));
        var exception = Assert.IsType<InvalidWeightSetException>(json.InnerException);

        Assert.Contains(json.Problems, p => p.Path == "$.weights[29].composite");
        Assert.Contains(json.Problems, p => p.Path == "$.weights[30].measure");
        Assert.Contains(exception.Problems, p => p.Kind == WeightSetProblemKind.UnknownMeasure);
        Assert.Contains(exception.Problems, p => p.Kind == WeightSetProblemKind.InvalidCompositeWeight && p.MeasureCode == "PSY_PHYSICAL_SAFETY");
        Assert.Contains(exception.Problems, p => p.Kind == WeightSetProblemKind.DimensionSumNotOne && p.Dimension == Dimension.Economic);
    }

    [Fact]
    public void Parse_DuplicateMeasure_IsACoreProblem()
    {
        var weights = BuiltInWeightSets.EqualByIndicator.Weights.Append(BuiltInWeightSets.EqualByIndicator.Weights[3]);

        var json = Assert.Throws<RssJsonException>(() => WeightSetJson.Parse(Samples.WeightSetJson(weights), Samples.Catalog));
        var exception = Assert.IsType<InvalidWeightSetException>(json.InnerException);

        Assert.Equal("$.weights[30].measure", json.Path);
        Assert.Contains(exception.Problems, p => p.Kind == WeightSetProblemKind.DuplicateMeasure && p.MeasureCode == "ECO_WORK_SECURITY");
    }

    [Fact]
    public void Serialize_NegativeZeroWeight_Issue14_WritesZero()
    {
        var given = BuiltInWeightSets.EqualByIndicator.Weights;
        var weightSet = WeightSet.Create(Samples.Catalog, "zero", "1", given.Select((w, i) => i switch
        {
            0 => w with { Composite = -0.0 },
            1 => w with { Composite = w.Composite + given[0].Composite },
            _ => w,
        }));

        var json = WeightSetJson.Serialize(weightSet);

        Assert.True(double.IsNegative(weightSet.Weights[0].Composite));
        Assert.DoesNotContain("-0", json, StringComparison.Ordinal);
        Assert.Contains("\"composite\": 0\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Converter_InvalidWeights_LocatesEveryProblemByPath()
    {
        var weights = BuiltInWeightSets.EqualByIndicator.Weights.ToList();
        weights[2] = weights[2] with { Dimensional = -0.1 };
        weights.Add(weights[5]);
        var options = RssJsonOptions.Create(Samples.Catalog);

        var exception = Assert.Throws<RssJsonException>(() => JsonSerializer.Deserialize(Samples.WeightSetJson(weights), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<WeightSet>)options.GetTypeInfo(typeof(WeightSet))));

        Assert.IsType<InvalidWeightSetException>(exception.InnerException);
        Assert.Contains(new JsonProblem("$.weights[2].dimensional", "Measure 'ECO_EMPLOYMENT_ACCESS': dimensional weight -0.1 is negative; weights are finite and at least 0."), exception.Problems);
        Assert.Contains(exception.Problems, p => p.Path == "$.weights[30].measure" && p.Reason.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Path == "$.weights" && p.Reason.Contains("economic", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"id\":\"w\",\"version\":\"1\",\"weights\":[],\"owner\":\"x\"}", "$.owner", "unknown property; expected one of: id, version, description, weights")]
    [InlineData("{\"id\":\"w\",\"id\":\"v\",\"version\":\"1\",\"weights\":[]}", "$.id", "duplicate property")]
    [InlineData("{\"version\":\"1\",\"weights\":[]}", "$.id", "required property is missing")]
    [InlineData("{\"id\":null,\"version\":\"1\",\"weights\":[]}", "$.id", "must not be null")]
    [InlineData("{\"id\":7,\"version\":\"1\",\"weights\":[]}", "$.id", "expected a string, found a number")]
    [InlineData("{\"id\":\"w\",\"version\":\"1\",\"weights\":{}}", "$.weights", "expected an array, found an object")]
    [InlineData("{\"id\":\"w\",\"version\":\"1\",\"weights\":[{\"measure\":\"ECO_SATISFACTION\",\"dimensional\":\"0.1\",\"composite\":0}]}", "$.weights[0].dimensional", "expected a number, found a string")]
    [InlineData("{\"id\":\"w\",\"version\":\"1\",\"weights\":[{\"measure\":\"ECO_SATISFACTION\",\"dimensional\":1e400,\"composite\":0}]}", "$.weights[0].dimensional", "the number is outside the range of a finite double")]
    [InlineData("{\"id\":\"w\",\"version\":\"1\",\"weights\":[{\"measure\":\"ECO_SATISFACTION\",\"dimensional\":0.1,\"composite\":0,\"note\":1}]}", "$.weights[0].note", "unknown property")]
    [InlineData("[]", "$", "expected an object, found an array")]
    [InlineData("", "$", "the document is empty")]
    [InlineData("{\"id\":\"w\",", "$", "the document is not valid JSON")]
    [InlineData("{\"id\":\"w\"} {}", "$", "the document is not valid JSON")]
    [InlineData("{\"id\":\"w\", // comment\n\"version\":\"1\",\"weights\":[]}", "$", "the document is not valid JSON")]
    [InlineData("{\"id\":\"w\",\"version\":\"1\",\"weights\":[],}", "$", "the document is not valid JSON")]
    [InlineData("{\"id\":\"\\ud800\",\"version\":\"1\",\"weights\":[]}", "$.id", "the string is not valid Unicode")]
    public void Parse_InvalidShape_NamesPathAndReason(string json, string path, string reason) =>
        Assertions.Problem(() => WeightSetJson.Parse(json, Samples.Catalog), path, reason);

    [Fact]
    public void Parse_NaNToken_IsNotJson()
    {
        var exception = Assertions.Problem(() => WeightSetJson.Parse("{\"id\":\"w\",\"version\":\"1\",\"weights\":[{\"measure\":\"ECO_SATISFACTION\",\"dimensional\":NaN,\"composite\":0}]}", Samples.Catalog), "$", "not valid JSON");

        Assert.Equal(0, exception.LineNumber);
        Assert.NotNull(exception.BytePositionInLine);
    }

    [Fact]
    public void Parse_SyntaxError_GivesPositionButNotTheText()
    {
        var exception = Assertions.Problem(() => WeightSetJson.Parse("{\n  \"id\": SECRETVALUE\n}", Samples.Catalog), "$", "not valid JSON", "SECRETVALUE", "SECRET");

        Assert.Equal(1, exception.LineNumber);
    }

    [Fact]
    public void Parse_DeeperThanTheLimit_IsRefusedAsTooDeep()
    {
        var json = "{\"id\":" + new string('[', JsonLimits.MaxDepth) + new string(']', JsonLimits.MaxDepth) + "}";

        var exception = Assertions.Problem(() => WeightSetJson.Parse(json, Samples.Catalog), "$", "nested deeper than the limit of 16 levels");

        Assert.Equal(0, exception.LineNumber);
        Assert.Equal(6 + JsonLimits.MaxDepth - 1, exception.BytePositionInLine);
    }

    [Fact]
    public void Parse_AtTheDepthLimit_IsReadAsAShapeError()
    {
        var json = "{\"id\":" + new string('[', JsonLimits.MaxDepth - 1) + new string(']', JsonLimits.MaxDepth - 1) + "}";

        Assertions.Problem(() => WeightSetJson.Parse(json, Samples.Catalog), "$.id", "expected a string, found an array");
    }

    [Fact]
    public void Read_LargerThanTheLimit_IsRefusedWithoutReadingItAll()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Samples.EqualWeightsJson(",\"description\":\"" + new string('x', 2 * JsonLimits.MaxDocumentBytes) + "\"")));

        Assertions.Problem(() => WeightSetJson.Read(stream, Samples.Catalog), "$", "larger than the limit of 4194304 bytes");
        Assert.True(stream.Position < stream.Length);
    }

    [Fact]
    public void Parse_LargerThanTheLimit_IsRefused() =>
        Assertions.Problem(() => WeightSetJson.Parse(Samples.EqualWeightsJson(",\"description\":\"" + new string('x', JsonLimits.MaxDocumentBytes) + "\""), Samples.Catalog), "$", "larger than the limit");

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Samples.EqualWeightsJson())).ToArray());

        Assert.Equal("w", WeightSetJson.Read(stream, Samples.Catalog).Id);
    }

    [Fact]
    public void Parse_NullDescription_IsAbsent() =>
        Assert.Null(WeightSetJson.Parse(Samples.EqualWeightsJson(",\"description\":null"), Samples.Catalog).Description);

    [Fact]
    public void Methods_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("json", () => WeightSetJson.Parse(null!, Samples.Catalog));
        Assert.Throws<ArgumentNullException>("catalog", () => WeightSetJson.Parse("{}", null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => WeightSetJson.Read(null!, Samples.Catalog));
        Assert.Throws<ArgumentNullException>("weightSet", () => WeightSetJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => WeightSetJson.Write(null!, BuiltInWeightSets.EqualByIndicator));
    }
}
