using System.Globalization;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class CatalogCommandTests
{
    private static readonly Catalog Catalog = RssCatalog.Default;

    [Fact]
    public void Catalog_Csv_HasExactHeaderAndOneRowPerMeasureAndOptionInCatalogOrder()
    {
        var run = Rss.Run("catalog");

        Assert.Equal(0, run.ExitCode);
        var rows = CsvText.Parse(run.Output);
        Assert.Equal(new[] { "measure", "dimension", "indicator", "option", "points" }, rows[0]);
        var expected = Catalog.Measures.SelectMany(m => m.Scale.Options
                .Select(o => new[] { m.Code, m.Dimension.ToCode(), m.Indicator.Code, o.Key, o.Points.ToString("R", CultureInfo.InvariantCulture) })
                .Concat(m.AllowsNotApplicable ? new[] { new[] { m.Code, m.Dimension.ToCode(), m.Indicator.Code, "not_applicable", string.Empty } } : []))
            .ToArray();
        Assert.Equal(expected, rows.Skip(1).ToArray());
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Catalog_Csv_DimensionsAreTheThreeCodes()
    {
        var rows = CsvText.Parse(Rss.Run("catalog", "--format", "csv").Output).Skip(1);

        Assert.Equal(new[] { "economic", "psychosocial", "social" }, rows.Select(r => r[1]).Distinct().OrderBy(d => d, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_MarkdownFrench_IsATableWithFrenchLabels()
    {
        var run = Rss.Run("catalog", "--format", "markdown", "--lang", "fr");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Contains("| Mesure | Dimension | Indicateur | Question | Options (points) |", lines);
        var satisfaction = Catalog.GetMeasure("ECO_SATISFACTION");
        var line = Assert.Single(lines, l => l.StartsWith("| `ECO_SATISFACTION`", System.StringComparison.Ordinal));
        Assert.Contains(satisfaction.Label.Get("fr"), line, System.StringComparison.Ordinal);
        Assert.Contains("`satisfied` " + satisfaction.Scale.Options[1].Label.Get("fr") + " (0.75)", line, System.StringComparison.Ordinal);
        Assert.Equal(Catalog.Measures.Count, lines.Count(l => l.StartsWith("| `", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Catalog_Json_ListsEveryMeasureWithItsOptions()
    {
        var run = Rss.Run("catalog", "--format", "json", "--lang", "en");

        var read = ReintegrationScoring.Json.InstrumentJson.Parse(run.Output);
        Assert.Equal(Catalog.Measures.Count, read.Measures.Count);
        var school = read.GetMeasure("SOC_SCHOOL_ATTENDANCE");
        Assert.True(school.AllowsNotApplicable);
        Assert.Equal(new[] { "all", "some", "none" }, school.Scale.Options.Select(o => o.Key));
        Assert.Equal(Catalog.GetMeasure("ECO_SATISFACTION").Label.Get("fr"), read.GetMeasure("ECO_SATISFACTION").Label.Get("fr"));
    }

    [Fact]
    public void Catalog_UnknownFormat_Exits2()
    {
        var run = Rss.Run("catalog", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("Run 'rss catalog --help' for usage.", run.ErrorLines[^1]);
    }
}
