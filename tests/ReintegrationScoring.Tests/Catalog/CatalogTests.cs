using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Custom instruments: definition, validation, lookups, and scoring with the same engine.</summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 300)]
public class CatalogTests
{
    private static readonly Indicator Income = new("INCOME", Dimension.Economic, LocalizedText.OfEnglish("Income"));
    private static readonly Indicator Ties = new("TIES", Dimension.Social, LocalizedText.OfEnglish("Community ties"));
    private static readonly Indicator WellBeing = new("WELL_BEING", Dimension.Psychosocial, LocalizedText.OfEnglish("Well-being"));

    /// <summary>The example of docs/catalog.md, verbatim.</summary>
    private static Catalog DocExample()
    {
        var frequency = new AnswerScale("frequency4", new[]
        {
            new AnswerOption("always", 1.0, LocalizedText.Of("Always", "Toujours")),
            new AnswerOption("often", 2.0 / 3, LocalizedText.Of("Often", "Souvent")),
            new AnswerOption("seldom", 1.0 / 3, LocalizedText.Of("Seldom", "Rarement")),
            new AnswerOption("never", 0.0, LocalizedText.Of("Never", "Jamais")),
        });

        var income = new Indicator("INCOME", Dimension.Economic, LocalizedText.OfEnglish("Income"));
        var ties = new Indicator("TIES", Dimension.Social, LocalizedText.OfEnglish("Community ties"));
        var wellBeing = new Indicator("WELL_BEING", Dimension.Psychosocial, LocalizedText.OfEnglish("Well-being"));

        var catalog = Catalog.Create(
            id: "programme-survey",
            version: "2025.1",
            indicators: new[] { income, ties, wellBeing },
            measures: new[]
            {
                new Measure("HAS_INCOME", income, RssScales.YesNo, LocalizedText.OfEnglish("Do you have an income?")),
                new Measure("INCOME_REGULAR", income, frequency, LocalizedText.OfEnglish("How often is your income regular?")),
                new Measure("MEETS_NEIGHBOURS", ties, frequency, LocalizedText.OfEnglish("How often do you meet your neighbours?")),
                new Measure("FEELS_AT_HOME", wellBeing, RssScales.YesNo, LocalizedText.OfEnglish("Do you feel at home here?")),
            });
        return catalog;
    }

    [Fact]
    public void Create_DocExample_IsScoredByTheSameEngine()
    {
        var catalog = DocExample();
        var engine = new ScoringEngine(WeightSet.EqualByIndicator(catalog));
        var response = SurveyResponse.Parse(catalog, new RespondentId("p-1"), MonitoringRound.Initial, new Dictionary<string, string>
        {
            ["HAS_INCOME"] = "yes",
            ["INCOME_REGULAR"] = "seldom",
            ["MEETS_NEIGHBOURS"] = "often",
            ["FEELS_AT_HOME"] = "no",
        });

        var result = engine.Score(response);

        Assert.Equal(0.5, engine.WeightSet.GetWeight("HAS_INCOME").Dimensional);
        Assert.Equal(0.5, engine.WeightSet.GetWeight("INCOME_REGULAR").Dimensional);
        Assert.Equal(1.0, engine.WeightSet.GetWeight("MEETS_NEIGHBOURS").Dimensional);
        Assert.Equal((1.0 + (1.0 / 3)) / 2, result.Economic.Value, 12);
        Assert.Equal(2.0 / 3, result.Social.Value, 12);
        Assert.Equal(0.0, result.Psychosocial.Value);
        Assert.Equal(((1.0 + (1.0 / 3)) / 6) + (2.0 / 9), result.Composite.Value, 12);
        Assert.Equal("programme-survey", result.CatalogId);
        Assert.Equal("2025.1", result.CatalogVersion);
    }

    [Fact]
    public void TryCreate_ManyProblems_ReportsEveryOneAtOnce()
    {
        var orphan = new Indicator("ORPHAN", Dimension.Social, LocalizedText.OfEnglish("Orphan"));
        var stranger = new Indicator("STRANGER", Dimension.Economic, LocalizedText.OfEnglish("Not listed"));
        var measures = new[]
        {
            Measure("A", Income),
            Measure("a", Income),
            Measure("B", stranger),
            Measure("C", WellBeing),
        };

        var result = Catalog.TryCreate(" ", "", new[] { Income, orphan, WellBeing, Income }, measures, null, null);
        var ok = result.TryGetValue(out var catalog);
        var problems = result.Problems;

        Assert.False(ok);
        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Kind == CatalogProblemKind.BlankId);
        Assert.Contains(problems, p => p.Kind == CatalogProblemKind.BlankVersion);
        Assert.Contains(problems, p => p.Kind == CatalogProblemKind.DuplicateIndicator && p.Code == "INCOME");
        Assert.Contains(problems, p => p.Kind == CatalogProblemKind.DuplicateMeasure && p.Code == "a");
        Assert.Contains(problems, p => p.Kind == CatalogProblemKind.UnknownIndicator && p.Code == "B" && p.Message.Contains("STRANGER", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Kind == CatalogProblemKind.IndicatorWithoutMeasures && p.Code == "ORPHAN");
        Assert.All(problems.Where(p => p.Code is not null), p => Assert.Contains(p.Code!, p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_DimensionWithoutIndicator_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidCatalogException>(() =>
            Catalog.Create("c", "1", new[] { Income, Ties }, new[] { Measure("A", Income), Measure("B", Ties) }));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(CatalogProblemKind.DimensionWithoutIndicators, problem.Kind);
        Assert.Equal("psychosocial", problem.Code);
        Assert.Contains("psychosocial", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TwoDifferentScalesWithOneCode_IsRefusedNamingTheMeasure()
    {
        var indicator = new Indicator("ECO", Dimension.Economic, LocalizedText.OfEnglish("e"));
        var social = new Indicator("SOC", Dimension.Social, LocalizedText.OfEnglish("s"));
        var psychosocial = new Indicator("PSY", Dimension.Psychosocial, LocalizedText.OfEnglish("p"));
        var a = new AnswerScale("s", new[] { new AnswerOption("a", 1, LocalizedText.OfEnglish("A")) });
        var b = new AnswerScale("s", new[] { new AnswerOption("b", 0, LocalizedText.OfEnglish("B")) });
        var measures = new[]
        {
            new Measure("M1", indicator, a, LocalizedText.OfEnglish("1")),
            new Measure("M2", social, b, LocalizedText.OfEnglish("2")),
            new Measure("M3", psychosocial, a, LocalizedText.OfEnglish("3")),
        };

        var exception = Assert.Throws<InvalidCatalogException>(() => Catalog.Create("c", "1", new[] { indicator, social, psychosocial }, measures));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(CatalogProblemKind.ConflictingScale, problem.Kind);
        Assert.Equal("M2", problem.Code);
    }

    [Fact]
    public void Create_IdAndVersion_AreTrimmed()
    {
        var catalog = Catalog.Create(" c ", " 1 ", new[] { Income, Ties, WellBeing }, new[] { Measure("A", Income), Measure("B", Ties), Measure("C", WellBeing) });

        Assert.Equal("c", catalog.Id);
        Assert.Equal("1", catalog.Version);
        Assert.Equal("c 1", catalog.ToString());
    }

    [Fact]
    public void GetMeasure_UnknownCode_ThrowsNamingCodeAndCatalog()
    {
        var ex = Assert.Throws<UnknownMeasureException>(() => RssCatalog.Default.GetMeasure("ECO_NOPE"));

        Assert.Equal("ECO_NOPE", ex.MeasureCode);
        Assert.Equal(RssCatalog.Id, ex.CatalogId);
        Assert.Contains("ECO_NOPE", ex.Message, StringComparison.Ordinal);
        Assert.Contains(RssCatalog.Id, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_IgnoreCase()
    {
        var catalog = RssCatalog.Default;

        Assert.Same(catalog.GetMeasure("ECO_SATISFACTION"), catalog.GetMeasure("eco_satisfaction"));
        Assert.Equal(8, catalog.IndexOf("Eco_Satisfaction"));
        Assert.True(catalog.TryGetIndicator("soc_health", out var indicator));
        Assert.Equal("SOC_HEALTH", indicator!.Code);
        Assert.False(catalog.TryGetMeasure("nope", out _));
        Assert.Equal(-1, catalog.IndexOf("nope"));
    }

    [Fact]
    public void IsSameInstrument_RebuiltWithSameMeasures_IsTrue_OtherwiseFalse()
    {
        var a = Catalog.Create("c", "1", new[] { Income, Ties, WellBeing }, new[] { Measure("A", Income), Measure("B", Ties), Measure("C", WellBeing) });
        var same = Catalog.Create("c", "1", new[] { Income, Ties, WellBeing }, new[] { Measure("A", Income), Measure("B", Ties), Measure("C", WellBeing) });
        var otherVersion = Catalog.Create("c", "2", new[] { Income, Ties, WellBeing }, new[] { Measure("A", Income), Measure("B", Ties), Measure("C", WellBeing) });

        Assert.True(a.IsSameInstrument(same));
        Assert.False(a.IsSameInstrument(otherVersion));
        Assert.False(a.IsSameInstrument(RssCatalog.Default));
        Assert.False(a.IsSameInstrument(null));
    }

    [Property]
    public void MeasuresOf_AnyCatalog_PartitionsMeasuresInCatalogOrder(Catalog catalog)
    {
        Assert.Equal(catalog.Measures.Count, Dimensions.All.Sum(d => catalog.MeasuresOf(d).Count));
        foreach (var dimension in Dimensions.All)
        {
            Assert.Equal(catalog.Measures.Where(m => m.Dimension == dimension), catalog.MeasuresOf(dimension));
            Assert.NotEmpty(catalog.IndicatorsOf(dimension));
        }

        for (var i = 0; i < catalog.Measures.Count; i++)
        {
            Assert.Equal(i, catalog.IndexOf(catalog.Measures[i].Code));
            Assert.Equal(i, catalog.IndexOf(catalog.Measures[i].Code.ToLowerInvariant()));
        }
    }

    private static Measure Measure(string code, Indicator indicator) =>
        new(code, indicator, RssScales.YesNo, LocalizedText.OfEnglish("Question " + code));
}
