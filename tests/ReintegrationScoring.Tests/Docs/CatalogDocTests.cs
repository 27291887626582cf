using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>docs/catalog.md against <see cref="RssCatalog.Default"/>, so that the page cannot drift from the code.</summary>
public class CatalogDocTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "catalog.md"));

    [Fact]
    public void MeasureTable_MatchesDefaultCatalogRowByRow()
    {
        var rows = Rows(@"^\| (\d+) \| `(\w+)` \|").ToArray();

        Assert.Equal(RssCatalog.Default.Measures.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = rows[i];
            var measure = RssCatalog.Default.Measures[i];
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), cells[0]);
            Assert.Equal($"`{measure.Code}`", cells[1]);
            Assert.Equal(measure.Dimension.ToCode(), cells[2]);
            Assert.Equal($"`{measure.Indicator.Code}`", cells[3]);
            Assert.Equal(measure.Label.English, cells[4]);
            Assert.Equal($"`{measure.Scale.Code}`", cells[5]);
            Assert.Equal(measure.AllowsNotApplicable ? "yes" : "no", cells[6]);
            Assert.Equal(measure.Provenance == MeasureProvenance.SourceTable ? "T" : "I", cells[7]);
        }
    }

    [Fact]
    public void IndicatorTable_MatchesDefaultCatalog()
    {
        var rows = Rows(@"^\| (economic|social|psychosocial) \| `").ToArray();

        Assert.Equal(RssCatalog.Default.Indicators.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var indicator = RssCatalog.Default.Indicators[i];
            Assert.Equal(new[] { indicator.Dimension.ToCode(), $"`{indicator.Code}`", indicator.Label.English, indicator.Label.Get(LocalizedText.FrenchTag) }, rows[i]);
        }
    }

    [Fact]
    public void ScaleTable_MatchesDefaultCatalogScales()
    {
        var rows = Rows(@"^\| `\w+`( \([^)]*\))? \| `\w+` [01]").ToArray();
        var scales = RssCatalog.Default.Measures.Select(m => m.Scale).Distinct().ToArray();

        Assert.Equal(scales.Length, rows.Length);
        foreach (var cells in rows)
        {
            var code = Regex.Match(cells[0], "`(\\w+)`").Groups[1].Value;
            var scale = Assert.Single(scales, s => s.Code == code);
            var options = Regex.Matches(cells[1], @"`(\w+)` ([0-9.]+)")
                .Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
            Assert.Equal(scale.Options.Select(o => (o.Key, o.Points)), options);
        }
    }

    private static System.Collections.Generic.IEnumerable<string[]> Rows(string pattern) =>
        Lines.Where(l => Regex.IsMatch(l, pattern))
            .Select(l => l.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray());
}
