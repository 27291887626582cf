using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The built-in catalog against reference sections 3–5.</summary>
public class RssCatalogTests
{
    private const MeasureProvenance T = MeasureProvenance.SourceTable;
    private const MeasureProvenance I = MeasureProvenance.Reconstructed;

    /// <summary>Reference section 4, row by row: code, dimension, indicator code, scale, provenance.</summary>
    public static readonly (string Code, Dimension Dimension, string Indicator, string Scale, MeasureProvenance Provenance)[] Section4 =
    {
        ("ECO_INCOME_ACTIVITY", Dimension.Economic, "ECO_INCOME_SOURCES", "yes_no", I),
        ("ECO_PRODUCTIVE_ASSETS", Dimension.Economic, "ECO_INCOME_SOURCES", "yes_no", I),
        ("ECO_EMPLOYMENT_ACCESS", Dimension.Economic, "ECO_EMPLOYMENT", "quality5", I),
        ("ECO_WORK_SECURITY", Dimension.Economic, "ECO_EMPLOYMENT", "security5", I),
        ("ECO_BORROW_ABILITY", Dimension.Economic, "ECO_DEBT", "yes_no", T),
        ("ECO_DEBT_RATIO", Dimension.Economic, "ECO_DEBT", "debt_ratio", I),
        ("ECO_FOOD_REDUCTION", Dimension.Economic, "ECO_FOOD_SECURITY", "freq_bad5", I),
        ("ECO_MEALS_SKIPPED", Dimension.Economic, "ECO_FOOD_SECURITY", "freq_bad5", I),
        ("ECO_SATISFACTION", Dimension.Economic, "ECO_SATISFACTION_SELF_ASSESSMENT", "satisfaction5", T),
        ("ECO_NEEDS_COVERED", Dimension.Economic, "ECO_SATISFACTION_SELF_ASSESSMENT", "freq_good5", I),
        ("SOC_HOUSING_ACCESS", Dimension.Social, "SOC_HOUSING", "quality5", T),
        ("SOC_HOUSING_STANDARD", Dimension.Social, "SOC_HOUSING", "quality5", I),
        ("SOC_EDUCATION_ACCESS", Dimension.Social, "SOC_EDUCATION", "quality5", T),
        ("SOC_SCHOOL_ATTENDANCE", Dimension.Social, "SOC_EDUCATION", "school_attendance", I),
        ("SOC_JUSTICE_ACCESS", Dimension.Social, "SOC_JUSTICE", "quality5", I),
        ("SOC_IDENTITY_DOCUMENT", Dimension.Social, "SOC_JUSTICE", "yes_no", I),
        ("SOC_HEALTH_ACCESS", Dimension.Social, "SOC_HEALTH", "quality5", I),
        ("SOC_HEALTH_QUALITY", Dimension.Social, "SOC_HEALTH", "quality5", I),
        ("SOC_WATER_ACCESS", Dimension.Social, "SOC_PUBLIC_SERVICES", "quality5", I),
        ("SOC_PUBLIC_SERVICES", Dimension.Social, "SOC_PUBLIC_SERVICES", "quality5", I),
        ("PSY_BELONGING", Dimension.Psychosocial, "PSY_BELONGING", "agreement5", I),
        ("PSY_ABLE_TO_STAY", Dimension.Psychosocial, "PSY_BELONGING", "agreement5", I),
        ("PSY_SOCIAL_ACTIVITIES", Dimension.Psychosocial, "PSY_SOCIAL_PARTICIPATION", "freq_good5", T),
        ("PSY_COMMUNITY_GROUPS", Dimension.Psychosocial, "PSY_SOCIAL_PARTICIPATION", "freq_good5", I),
        ("PSY_SUPPORT_NETWORK", Dimension.Psychosocial, "PSY_SUPPORT_NETWORK", "network5", T),
        ("PSY_HELP_AVAILABLE", Dimension.Psychosocial, "PSY_SUPPORT_NETWORK", "yes_no", I),
        ("PSY_FAMILY_TENSIONS", Dimension.Psychosocial, "PSY_TENSIONS_CONFLICTS", "freq_bad5", I),
        ("PSY_DISCRIMINATION", Dimension.Psychosocial, "PSY_TENSIONS_CONFLICTS", "freq_bad5", I),
        ("PSY_DISTRESS", Dimension.Psychosocial, "PSY_DISTRESS", "freq_bad5", I),
        ("PSY_PHYSICAL_SAFETY", Dimension.Psychosocial, "PSY_DISTRESS", "safety5", I),
    };

    /// <summary>Reference section 5: each scale's option keys, best first, with their points.</summary>
    public static readonly Dictionary<string, (string Key, double Points)[]> Section5 = new()
    {
        ["satisfaction5"] = new[] { ("very_satisfied", 1.0), ("satisfied", 0.75), ("neutral", 0.5), ("dissatisfied", 0.25), ("very_dissatisfied", 0.0) },
        ["quality5"] = new[] { ("very_good", 1.0), ("good", 0.75), ("fair", 0.5), ("bad", 0.25), ("very_bad", 0.0) },
        ["freq_good5"] = new[] { ("very_often", 1.0), ("often", 0.75), ("sometimes", 0.5), ("rarely", 0.25), ("never", 0.0) },
        ["freq_bad5"] = new[] { ("never", 1.0), ("rarely", 0.75), ("sometimes", 0.5), ("often", 0.25), ("very_often", 0.0) },
        ["agreement5"] = new[] { ("strongly_agree", 1.0), ("agree", 0.75), ("neutral", 0.5), ("disagree", 0.25), ("strongly_disagree", 0.0) },
        ["network5"] = new[] { ("very_strong", 1.0), ("strong", 0.75), ("moderate", 0.5), ("weak", 0.25), ("none", 0.0) },
        ["security5"] = new[] { ("very_secure", 1.0), ("secure", 0.75), ("neutral", 0.5), ("insecure", 0.25), ("very_insecure", 0.0) },
        ["safety5"] = new[] { ("very_safe", 1.0), ("safe", 0.75), ("neutral", 0.5), ("unsafe", 0.25), ("very_unsafe", 0.0) },
        ["yes_no"] = new[] { ("yes", 1.0), ("no", 0.0) },
        ["debt_ratio"] = new[] { ("no_debt", 1.0), ("debt_below_spending", 1.0), ("debt_above_spending", 0.0) },
        ["school_attendance"] = new[] { ("all", 1.0), ("some", 0.5), ("none", 0.0) },
    };

    private static Catalog Rss => RssCatalog.Default;

    [Fact]
    public void Default_Counts_Are30Measures15Indicators3Dimensions()
    {
        Assert.Equal(30, Rss.Measures.Count);
        Assert.Equal(15, Rss.Indicators.Count);
        Assert.Equal(Dimensions.All, Rss.Dimensions.Select(d => d.Dimension));
    }

    [Fact]
    public void Default_EachDimension_Has10MeasuresAnd5IndicatorsOf2Measures()
    {
        foreach (var dimension in Dimensions.All)
        {
            Assert.Equal(10, Rss.MeasuresOf(dimension).Count);
            Assert.Equal(5, Rss.IndicatorsOf(dimension).Count);
            Assert.All(Rss.IndicatorsOf(dimension), i => Assert.Equal(2, Rss.Measures.Count(m => m.Indicator.Equals(i))));
        }
    }

    [Fact]
    public void Default_Codes_AreUniqueIgnoringCase()
    {
        Assert.Equal(30, Rss.Measures.Select(m => m.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(15, Rss.Indicators.Select(i => i.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Default_IdAndVersion_AreTheDocumentedOnes()
    {
        Assert.Equal("rss-reconstructed", Rss.Id);
        Assert.Equal("1.0", Rss.Version);
        Assert.Equal(RssCatalog.Id, Rss.Id);
        Assert.Equal(RssCatalog.Version, Rss.Version);
    }

    [Fact]
    public void Default_Measures_MatchReferenceSection4RowByRow()
    {
        Assert.Equal(Section4.Length, Rss.Measures.Count);
        for (var i = 0; i < Section4.Length; i++)
        {
            var expected = Section4[i];
            var measure = Rss.Measures[i];
            Assert.Equal(expected.Code, measure.Code);
            Assert.Equal(expected.Dimension, measure.Dimension);
            Assert.Equal(expected.Indicator, measure.Indicator.Code);
            Assert.Equal(expected.Scale, measure.Scale.Code);
            Assert.Equal(expected.Provenance, measure.Provenance);
        }
    }

    [Fact]
    public void Default_Indicators_AreThe15OfReferenceSection3InOrder()
    {
        var expected = new[]
        {
            "ECO_INCOME_SOURCES", "ECO_EMPLOYMENT", "ECO_DEBT", "ECO_FOOD_SECURITY", "ECO_SATISFACTION_SELF_ASSESSMENT",
            "SOC_HOUSING", "SOC_EDUCATION", "SOC_JUSTICE", "SOC_HEALTH", "SOC_PUBLIC_SERVICES",
            "PSY_BELONGING", "PSY_SOCIAL_PARTICIPATION", "PSY_SUPPORT_NETWORK", "PSY_TENSIONS_CONFLICTS", "PSY_DISTRESS",
        };
        Assert.Equal(expected, Rss.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Default_Scales_MatchReferenceSection5()
    {
        var scales = Rss.Measures.Select(m => m.Scale).GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(Section5.Keys.OrderBy(k => k, StringComparer.Ordinal), scales.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (code, options) in Section5)
        {
            Assert.Equal(options, scales[code].Options.Select(o => (o.Key, o.Points)));
        }
    }

    [Fact]
    public void Default_Scales_HavePointsInUnitIntervalBestFirstAtOne()
    {
        foreach (var scale in Rss.Measures.Select(m => m.Scale).Distinct())
        {
            Assert.All(scale.Options, o => Assert.InRange(o.Points, 0.0, 1.0));
            Assert.Equal(1.0, scale.Options[0].Points);
            Assert.Equal(1.0, scale.Options.Max(o => o.Points));
            for (var i = 1; i < scale.Options.Count; i++)
            {
                Assert.True(scale.Options[i].Points <= scale.Options[i - 1].Points, $"{scale.Code} is not listed best to worst.");
            }
        }
    }

    [Fact]
    public void Default_NotApplicable_IsAllowedOnlyForSchoolAttendance()
    {
        Assert.Equal(new[] { "SOC_SCHOOL_ATTENDANCE" }, Rss.Measures.Where(m => m.AllowsNotApplicable).Select(m => m.Code));
    }

    [Fact]
    public void Default_SourceTableMeasures_AreExactlyThoseWithPublishedWeights()
    {
        var sourceTable = Rss.Measures.Where(m => m.Provenance == MeasureProvenance.SourceTable).Select(m => m.Code);
        Assert.Equal(IomPublishedWeights.Pairs.Select(p => p.MeasureCode).OrderBy(c => c, StringComparer.Ordinal), sourceTable.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(24, Rss.Measures.Count(m => m.Provenance == MeasureProvenance.Reconstructed));
        Assert.DoesNotContain(Rss.Measures, m => m.Provenance == MeasureProvenance.Custom);
    }

    [Fact]
    public void Default_Labels_AreInEnglishAndFrench()
    {
        var labels = Rss.Dimensions.Select(d => d.Label)
            .Concat(Rss.Indicators.Select(i => i.Label))
            .Concat(Rss.Measures.Select(m => m.Label))
            .Concat(Rss.Measures.SelectMany(m => m.Scale.Options).Select(o => o.Label))
            .Append(Rss.Title);
        Assert.All(labels, label =>
        {
            Assert.True(label.Has(LocalizedText.EnglishTag));
            Assert.True(label.Has(LocalizedText.FrenchTag), $"'{label.English}' has no French text.");
            Assert.False(string.IsNullOrWhiteSpace(label.Get(LocalizedText.FrenchTag)));
        });
    }

    [Fact]
    public void Default_MeasuresOf_KeepsCatalogOrder()
    {
        foreach (var dimension in Dimensions.All)
        {
            Assert.Equal(Rss.Measures.Where(m => m.Dimension == dimension), Rss.MeasuresOf(dimension));
        }
    }

    [Fact]
    public void Default_IsTheSameInstanceEveryTime()
    {
        Assert.Same(RssCatalog.Default, RssCatalog.Default);
        Assert.True(RssCatalog.Default.IsSameInstrument(RssCatalog.Default));
    }
}
