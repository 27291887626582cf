using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class WeightsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Show_Default_IsEqualByIndicatorCsvWithExactHeader()
    {
        var run = Rss.Run("weights", "show");

        Assert.Equal(0, run.ExitCode);
        var rows = CsvText.Parse(run.Output);
        Assert.Equal(new[] { "measure", "dimension", "dimensional", "composite" }, rows[0]);
        var weights = BuiltInWeightSets.EqualByIndicator;
        Assert.Equal(
            weights.Weights.Select(w => new[]
            {
                w.MeasureCode,
                weights.Catalog.GetMeasure(w.MeasureCode).Dimension.ToCode(),
                w.Dimensional.ToString("R", CultureInfo.InvariantCulture),
                w.Composite.ToString("R", CultureInfo.InvariantCulture),
            }),
            rows.Skip(1));
    }

    [Fact]
    public void Show_Json_RoundTripsThroughValidateAndShow()
    {
        var json = Rss.Run("weights", "show", "--format", "json");
        var path = _folder.Write("w.json", json.Output);

        var validate = Rss.Run("weights", "validate", path);
        var shown = Rss.Run("weights", "show", "--set", path);

        Assert.Equal(0, validate.ExitCode);
        Assert.Equal($"{path}: valid weight set equal-by-indicator, version 1\n", validate.Output);
        Assert.Equal(Rss.Run("weights", "show").Output, shown.Output);
    }

    [Fact]
    public void Validate_RuleViolations_Exits1WithOneLinePerProblemNamingMeasureOrDimensionAndSum()
    {
        var text = Rss.Run("weights", "show", "--format", "json").Output
            .Replace("\"dimensional\": 0.1,\n      \"composite\": 0.03333333333333333\n    },\n    {\n      \"measure\": \"ECO_PRODUCTIVE_ASSETS\"", "\"dimensional\": 0.3,\n      \"composite\": 0.03333333333333333\n    },\n    {\n      \"measure\": \"ECO_PRODUCTIVE_ASSETS\"", StringComparison.Ordinal);
        var path = _folder.Write("w.json", text);

        var run = Rss.Run("weights", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(path + ": ", line, StringComparison.Ordinal);
        Assert.Contains("economic", line, StringComparison.Ordinal);
        Assert.Contains("1.2", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingMeasures_ListsEveryOne()
    {
        var path = _folder.Write("w.json", "{ \"id\": \"x\", \"version\": \"1\", \"weights\": [] }");

        var run = Rss.Run("weights", "validate", path);

        Assert.Equal(1, run.ExitCode);
        foreach (var measure in RssCatalog.Default.Measures)
        {
            Assert.Contains(run.ErrorLines, l => l.Contains(measure.Code, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Validate_NotJson_Exits1WithLineAndPath()
    {
        var path = _folder.Write("w.json", "{\n  \"id\": \"x\",\n  oops\n}");

        var run = Rss.Run("weights", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}: line 3, byte \\d+: \\$: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Validate_ShapeError_NamesTheJsonPath()
    {
        var path = _folder.Write("w.json", "{ \"id\": \"x\", \"version\": \"1\", \"weights\": [ { \"measure\": \"ECO_SATISFACTION\", \"dimensional\": 0.1 } ] }");

        var run = Rss.Run("weights", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: $.weights[0].composite: required property is missing", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Validate_MissingFile_Exits2()
    {
        var run = Rss.Run("weights", "validate", _folder.File("absent.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rss: error: {_folder.File("absent.json")}: weight-set file not found", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Show_InvalidFile_Exits2()
    {
        var path = _folder.Write("w.json", "[]");

        var run = Rss.Run("weights", "show", "--set", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rss: error: {path}: $", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
