using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ReintegrationScoring.Report.Text;
using Xunit;
using Xunit.Abstractions;

namespace ReintegrationScoring.Report.Tests;

public sealed class HtmlReportWriterTests
{
    private readonly ITestOutputHelper _output;

    public HtmlReportWriterTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void ToHtml_Anything_ReferencesNothingOutsideThePage(ReportLanguage language)
    {
        var html = HtmlReportWriter.ToHtml(ReportSamples.Cohort(), language);

        // No URL scheme, protocol-relative URL, script, stylesheet link, image, import or url() other than a fragment.
        var outside = new Regex(@"(?i)(https?:|ftp:|file:|data:|=""//|<script|<link|<img|<iframe|<object|@import|url\((?!#))");
        Assert.DoesNotMatch(outside, html);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"" + (language == ReportLanguage.French ? "fr" : "en") + "\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void ToHtml_TwentyGroupsAndAMillionRows_StaysUnderTwoMegabytesWhateverTheRows(ReportLanguage language)
    {
        var million = Encoding.UTF8.GetByteCount(HtmlReportWriter.ToHtml(ReportSamples.Large(20, rows: 1_000_000), language));
        var thousand = Encoding.UTF8.GetByteCount(HtmlReportWriter.ToHtml(ReportSamples.Large(20, rows: 1_000), language));

        _output.WriteLine($"{language}: {million} bytes with 20 groups (1,000,000 rows), {thousand} bytes (1,000 rows), sample page {Encoding.UTF8.GetByteCount(HtmlReportWriter.ToHtml(ReportSamples.Cohort(), language))} bytes");
        Assert.True(million < 2 * 1024 * 1024, $"{million} bytes");

        // The page grows with the groups, not the rows: only the digits of the counts differ.
        Assert.True(Math.Abs(million - thousand) < million / 50, $"{million} vs {thousand} bytes");
    }

    [Fact]
    public void ToHtml_French_UsesTheCatalogsFrenchLabels()
    {
        var model = ReportSamples.Cohort();
        var html = HtmlReportWriter.ToHtml(model, ReportLanguage.French);

        Assert.All(model.DataQuality.Measures, m => Assert.Contains(WebUtility.HtmlEncode(m.Label.Get("fr")), html, StringComparison.Ordinal));
        Assert.Contains(WebUtility.HtmlEncode(RssCatalog.Default.Dimensions[0].Label.Get("fr")), html, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(model.DataQuality.Measures[0].Label.English), html, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportTexts_Every_HasAFrenchText()
    {
        var texts = typeof(ReportTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(LocalizedText)).ToList();

        Assert.True(texts.Count > 50);
        Assert.All(texts, f => Assert.True(((LocalizedText)f.GetValue(null)!).Has(LocalizedText.FrenchTag), f.Name));
    }

    [Fact]
    public void ToHtml_GroupValuesAndTitle_AreEscaped()
    {
        var model = ReportSamples.Cohort();
        var hostile = "<b onmouseover=x>&";
        model = model with
        {
            Provenance = model.Provenance with { Title = hostile, InputFileName = hostile },
            Groups = model.Groups.Select(g => g with { Attribute = hostile, Means = g.Means.Select(m => m with { Group = hostile }).ToList() }).ToList(),
        };

        var html = HtmlReportWriter.ToHtml(model, ReportLanguage.English);

        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=x&gt;&amp;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ProvisionalWeights_SayItInANote()
    {
        var model = ReportSamples.Cohort();

        var provisional = HtmlReportWriter.ToHtml(model, ReportLanguage.English);
        var own = HtmlReportWriter.ToHtml(model with { Provenance = model.Provenance with { WeightsAreProvisionalDefault = false } }, ReportLanguage.English);

        Assert.Contains("class=\"note\"", provisional, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"note\"", own, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_MinimalModel_SaysWhatIsMissingInsteadOfDrawingEmptyCharts()
    {
        var html = HtmlReportWriter.ToHtml(ReportSamples.Minimal(), ReportLanguage.French);

        Assert.Contains(WebUtility.HtmlEncode(ReportTexts.NoGroups.Get("fr")), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(ReportTexts.NoRobustness.Get("fr")), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(ReportTexts.NoThresholdNote.Get("fr")), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Stream_IsTheStringInUtf8WithoutBom()
    {
        var model = ReportSamples.Cohort();
        using var stream = new MemoryStream();

        HtmlReportWriter.Write(model, ReportLanguage.French, stream);

        Assert.Equal(Encoding.UTF8.GetBytes(HtmlReportWriter.ToHtml(model, ReportLanguage.French)), stream.ToArray());
    }

    [Fact]
    public void ToHtml_FigureCount_MatchesTheModel()
    {
        var model = ReportSamples.Cohort();
        var html = HtmlReportWriter.ToHtml(model, ReportLanguage.English);

        Assert.Equal(Browser.ReportBrowserTests.ExpectedFigures(model), Regex.Count(html, "<figure "));
        Assert.Equal(Regex.Count(html, "<figure "), Regex.Count(html, "<svg class=\"chart\""));
    }
}
