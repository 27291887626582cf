using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Weight-set validation (reference section 6): valid sets accepted, every problem of an invalid one reported.</summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 300)]
public partial class WeightSetTests
{
    private static Catalog Rss => RssCatalog.Default;

    [Property]
    public void TryCreate_ValidEntriesInAnyOrder_AcceptedInCatalogOrderWithSumsOfOne(ValidWeightEntries valid)
    {
        var result = WeightSet.TryCreate(valid.Catalog, "w", "1", valid.Entries, null, WeightNormalization.None);
        var ok = result.TryGetValue(out var weightSet);
        var problems = result.Problems;

        Assert.True(ok, string.Join(Environment.NewLine, problems));
        Assert.Empty(problems);
        Assert.Equal(valid.Catalog.Measures.Select(m => m.Code), weightSet!.Weights.Select(w => w.MeasureCode));
        foreach (var entry in valid.Entries)
        {
            Assert.Equal(entry, weightSet.GetWeight(entry.MeasureCode));
        }

        AssertSumsAreOne(weightSet);
    }

    [Property]
    public void Weights_AnyValidWeightSet_HaveDimensionAndCompositeSumsOfOne(ScoringCase scoringCase) =>
        AssertSumsAreOne(scoringCase.Weights);

    [Property]
    public void TryCreate_InvalidEntries_ReportsExactlyTheProblemsOfSection6(InvalidWeightCase invalid)
    {
        var result = WeightSet.TryCreate(invalid.Catalog, "w", "1", invalid.Entries, null, WeightNormalization.None);
        var ok = result.TryGetValue(out var weightSet);
        var problems = result.Problems;

        Assert.False(ok);
        Assert.Null(weightSet);
        AssertSameProblems(invalid.Expected, problems);
        foreach (var problem in problems)
        {
            if (problem.MeasureCode is { } code)
            {
                Assert.Contains($"'{code}'", problem.Message, StringComparison.Ordinal);
            }

            if (problem.Dimension is { } dimension)
            {
                Assert.Contains($"'{dimension.ToCode()}'", problem.Message, StringComparison.Ordinal);
            }

            // Weights and sums are quoted as files write them: the round-trip text (issue 13, one number format).
            if (problem.Actual is { } actual)
            {
                var sum = problem.Kind is WeightSetProblemKind.DimensionSumNotOne or WeightSetProblemKind.CompositeSumNotOne;
                Assert.Contains(actual.ToString("R", CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
            }
        }

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(invalid.Catalog, "w", "1", invalid.Entries));
        Assert.Equal(problems, ex.Problems);
        Assert.All(problems, p => Assert.Contains(p.Message, ex.Message, StringComparison.Ordinal));
    }

    [Property]
    public void TryCreate_InvalidEntriesWithRescaling_ReportsEntryProblemsAndZeroSumsOnly(InvalidWeightCase invalid)
    {
        var result = WeightSet.TryCreate(invalid.Catalog, "w", "1", invalid.Entries, null, WeightNormalization.RescaleToOne);
        var ok = result.TryGetValue(out var weightSet);
        var problems = result.Problems;

        Assert.Equal(invalid.ExpectedWhenRescaled.Count == 0, ok);
        Assert.Equal(ok, weightSet is not null);
        AssertSameProblems(invalid.ExpectedWhenRescaled, problems);
        if (weightSet is not null)
        {
            AssertSumsAreOne(weightSet);
        }
    }

    [Property]
    public void Create_RescaleToOne_DividesEachDimensionAndTheCompositeByItsSum(ValidWeightEntries valid)
    {
        // Scale every dimension, and the composite, by its own factor: rescaling must undo exactly that.
        var factors = new[] { 3.0, 0.25, 40.0 };
        const double compositeFactor = 7.0;
        var scaled = valid.Entries.Select(e =>
        {
            var dimension = valid.Catalog.GetMeasure(e.MeasureCode).Dimension;
            return e with { Dimensional = e.Dimensional * factors[(int)dimension], Composite = e.Composite * compositeFactor };
        }).ToArray();

        Assert.False(WeightSet.TryCreate(valid.Catalog, "w", "1", scaled, null, WeightNormalization.None).IsValid);
        var weightSet = WeightSet.Create(valid.Catalog, "w", "1", scaled, normalization: WeightNormalization.RescaleToOne);

        foreach (var entry in valid.Entries)
        {
            var weight = weightSet.GetWeight(entry.MeasureCode);
            Assert.Equal(entry.Dimensional, weight.Dimensional, tolerance: 1e-12);
            Assert.Equal(entry.Composite, weight.Composite, tolerance: 1e-12);
        }

        AssertSumsAreOne(weightSet);
    }

    [Fact]
    public void Create_Percentages_AreRejectedUnlessRescalingIsAskedFor()
    {
        var percentages = Rss.Measures.Select(m => new MeasureWeight(m.Code, 10, 100.0 / 30)).ToArray();

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "pct", "1", percentages));
        Assert.Equal(4, ex.Problems.Count);
        Assert.Equal(new[] { 100.0, 100.0, 100.0 }, ex.Problems.Where(p => p.Kind == WeightSetProblemKind.DimensionSumNotOne).Select(p => Math.Round(p.Actual!.Value, 9)));
        Assert.Contains("Dimension 'economic': dimensional weights sum to 100;", ex.Message, StringComparison.Ordinal);

        var rescaled = WeightSet.Create(Rss, "pct", "1", percentages, normalization: WeightNormalization.RescaleToOne);
        Assert.All(rescaled.Weights, w => Assert.Equal(0.1, w.Dimensional, 15));
        Assert.All(rescaled.Weights, w => Assert.Equal(1.0 / 30, w.Composite, 15));
    }

    [Fact]
    public void Create_RescaleWithZeroSumDimension_IsRejectedNamingTheDimension()
    {
        var weights = Rss.Measures.Select(m => new MeasureWeight(m.Code, m.Dimension == Dimension.Social ? 0 : 1, 1)).ToArray();

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", weights, normalization: WeightNormalization.RescaleToOne));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(WeightSetProblemKind.ZeroSum, problem.Kind);
        Assert.Equal(Dimension.Social, problem.Dimension);
        Assert.Equal(0.0, problem.Actual);
        Assert.Contains("'social'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RescaleWithAllCompositeZero_IsRejected()
    {
        var weights = Rss.Measures.Select(m => new MeasureWeight(m.Code, 1, 0)).ToArray();

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", weights, normalization: WeightNormalization.RescaleToOne));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(WeightSetProblemKind.ZeroSum, problem.Kind);
        Assert.Null(problem.Dimension);
        Assert.Contains("Composite", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankIdAndVersionAndDefaultEntry_AreAllReported()
    {
        var weights = BuiltInWeightSets.EqualByIndicator.Weights.Append(default).ToArray();

        var result = WeightSet.TryCreate(Rss, " ", "", weights, null, WeightNormalization.None);
        var ok = result.TryGetValue(out _);
        var problems = result.Problems;

        Assert.False(ok);
        Assert.Equal(
            new[] { WeightSetProblemKind.BlankId, WeightSetProblemKind.BlankVersion, WeightSetProblemKind.UnknownMeasure },
            problems.Select(p => p.Kind));
        Assert.Null(problems[2].MeasureCode);
    }

    [Fact]
    public void Create_CodesInOtherCase_AreAcceptedAndDuplicatesIgnoringCaseAreNot()
    {
        var lower = BuiltInWeightSets.EqualByIndicator.Weights.Select(w => w with { MeasureCode = w.MeasureCode.ToLowerInvariant() }).ToArray();

        var weightSet = WeightSet.Create(Rss, "w", "1", lower);
        Assert.Equal("ECO_SATISFACTION", weightSet.Weights[8].MeasureCode);

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", lower.Append(new MeasureWeight("Eco_Satisfaction", 0, 0))));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(WeightSetProblemKind.DuplicateMeasure, problem.Kind);
        Assert.Equal("ECO_SATISFACTION", problem.MeasureCode);
    }

    [Fact]
    public void Create_IdentityAndDescription_AreKeptAndTrimmed()
    {
        var weightSet = WeightSet.Create(Rss, " official ", " 2019 ", BuiltInWeightSets.EqualByIndicator.Weights, "Loaded from a table");

        Assert.Equal("official", weightSet.Id);
        Assert.Equal("2019", weightSet.Version);
        Assert.Equal("Loaded from a table", weightSet.Description);
        Assert.Same(Rss, weightSet.Catalog);
        Assert.Equal("official 2019", weightSet.ToString());
        Assert.True(weightSet.HasSameIdentity(WeightSet.Create(Rss, "official", "2019", BuiltInWeightSets.EqualByIndicator.Weights)));
        Assert.False(weightSet.HasSameIdentity(BuiltInWeightSets.EqualByIndicator));
        Assert.False(weightSet.HasSameIdentity(null));
    }

    [Fact]
    public void GetWeight_UnknownMeasure_ThrowsNamingIt()
    {
        var ex = Assert.Throws<UnknownMeasureException>(() => BuiltInWeightSets.EqualByIndicator.GetWeight("NOPE"));

        Assert.Equal("NOPE", ex.MeasureCode);
        Assert.Equal(0.1, BuiltInWeightSets.EqualByIndicator.GetWeight("soc_water_access").Dimensional);
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => WeightSet.Create(null!, "w", "1", Array.Empty<MeasureWeight>()));
        Assert.Throws<ArgumentNullException>(() => WeightSet.Create(Rss, "w", "1", null!));
    }

    internal static void AssertSumsAreOne(WeightSet weightSet)
    {
        var measures = weightSet.Catalog.Measures;
        foreach (var dimension in Dimensions.All)
        {
            var sum = ExactRounding.Sum(weightSet.Weights.Where((_, i) => measures[i].Dimension == dimension).Select(w => w.Dimensional).ToArray());
            Assert.InRange(sum.ToNearestDouble(), 1 - WeightSet.SumTolerance, 1 + WeightSet.SumTolerance);
        }

        Assert.InRange(ExactRounding.Sum(weightSet.Weights.Select(w => w.Composite).ToArray()).ToNearestDouble(), 1 - WeightSet.SumTolerance, 1 + WeightSet.SumTolerance);
        Assert.All(weightSet.Weights, w => Assert.True(w.Dimensional >= 0 && w.Composite >= 0 && double.IsFinite(w.Dimensional) && double.IsFinite(w.Composite)));
    }

    private static void AssertSameProblems(IReadOnlyList<ExpectedWeightProblem> expected, IReadOnlyList<WeightSetProblem> actual)
    {
        static string Key(WeightSetProblemKind kind, string? code, Dimension? dimension) => $"{kind} {code} {dimension}";

        Assert.Equal(
            expected.Select(p => Key(p.Kind, p.MeasureCode, p.Dimension)).OrderBy(k => k, StringComparer.Ordinal),
            actual.Select(p => Key(p.Kind, p.MeasureCode, p.Dimension)).OrderBy(k => k, StringComparer.Ordinal));
        foreach (var problem in expected)
        {
            var reported = actual.First(p => Key(p.Kind, p.MeasureCode, p.Dimension) == Key(problem.Kind, problem.MeasureCode, problem.Dimension));
            switch (problem.Actual)
            {
                case null:
                    Assert.Null(reported.Actual);
                    break;
                case { } value when double.IsNaN(value):
                    Assert.True(double.IsNaN(reported.Actual!.Value));
                    break;
                case { } value when double.IsInfinity(value):
                    Assert.Equal(value, reported.Actual);
                    break;
                case { } value:
                    // The exact sum rounded once (these weights span far less than 2^49, so the engine's sum is exact).
                    Assert.Equal(value, reported.Actual);
                    break;
            }
        }
    }
}
