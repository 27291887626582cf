using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Analysis.Sensitivity;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

public class WeightDrawsTests
{
    private static readonly WeightSet Nominal = BuiltInWeightSets.EqualByIndicator;

    [Fact]
    public void Generator_SeedOne_GivesTheReferenceStream()
    {
        // xoshiro256** seeded by SplitMix64(1), computed by an independent Python transcription of the authors' C code.
        var random = new Xoshiro256StarStar(1);
        Assert.Equal(0xB3F2AF6D0FC710C5UL, random.Next());
        Assert.Equal(0x853B559647364CEAUL, random.Next());
        Assert.Equal(0x92F89756082A4514UL, random.Next());
        Assert.Equal(0x642E1C7BC266A3A7UL, random.Next());
    }

    [Fact]
    public void NextSigned_SeedOne_GivesTheReferenceUniforms()
    {
        var random = new Xoshiro256StarStar(1);
        Assert.Equal(0.40584366631770097, random.NextSigned());
        Assert.Equal(0.04087323987771385, random.NextSigned());
        Assert.Equal(0.148211400039445, random.NextSigned());
        Assert.Equal(-0.2173427959161911, random.NextSigned());
    }

    [Fact]
    public void Create_DefaultSettings_FirstDrawsMatchTheGoldenValues()
    {
        // The reference values assume the built-in catalog's order (economic, social, psychosocial, 10 each) and
        // equal-by-indicator weights of 0.1 and 0.1 / 3; both are checked first.
        Assert.All(Nominal.Weights, w => Assert.Equal(0.1, w.Dimensional));
        Assert.All(Nominal.Weights, w => Assert.Equal(0.1 / 3, w.Composite));
        Assert.Equal(Dimension.Economic, RssCatalog.Default.Measures[9].Dimension);
        Assert.Equal(Dimension.Social, RssCatalog.Default.Measures[10].Dimension);
        Assert.Equal(Dimension.Psychosocial, RssCatalog.Default.Measures[20].Dimension);

        var draws = WeightDraws.Create(Nominal, new SensitivitySettings(draws: 2));

        Assert.Equal(0.10743885639073358, draws[0].Weights[0].Dimensional);
        Assert.Equal(0.033320865125574216, draws[0].Weights[0].Composite);
        Assert.Equal(0.09854763478300775, draws[0].Weights[29].Dimensional);
        Assert.Equal(0.03791725349020342, draws[0].Weights[29].Composite);
        Assert.Equal(0.1081084673046436, draws[1].Weights[0].Dimensional);
        Assert.Equal(0.03436087621259219, draws[1].Weights[0].Composite);
        Assert.Equal(0.10178554468188836, draws[1].Weights[29].Dimensional);
        Assert.Equal(0.026959448657007168, draws[1].Weights[29].Composite);
        Assert.Equal("equal-by-indicator~draw2", draws[1].Id);
        Assert.Equal(Nominal.Version, draws[1].Version);
    }

    [Property(MaxTest = 30)]
    public Property Create_SameSeed_SameDraws(ulong seed) =>
        (Weights(seed, 5).SequenceEqual(Weights(seed, 5)) && !Weights(seed, 5).SequenceEqual(Weights(unchecked(seed + 1), 5))).ToProperty();

    [Property(MaxTest = 30)]
    public Property Create_AnyNoise_EachDimensionAndTheCompositeSumToOne(ulong seed, byte noiseStep)
    {
        var noise = (noiseStep % 100) / 100.0;
        var draws = WeightDraws.Create(Nominal, new SensitivitySettings(draws: 5, noise: noise, seed: seed));
        return draws.All(draw =>
            Dimensions.All.All(d => Math.Abs(draw.Weights.Where((_, i) => RssCatalog.Default.Measures[i].Dimension == d).Sum(w => w.Dimensional) - 1) < 1e-12)
            && Math.Abs(draw.Weights.Sum(w => w.Composite) - 1) < 1e-12).ToProperty();
    }

    [Property(MaxTest = 30)]
    public Property Create_AnyNoise_EachWeightStaysWithinItsBandBeforeRescaling(ulong seed, byte noiseStep)
    {
        // Before rescaling a weight is w(1 + F·u), u in [−1, 1); its share of its dimension therefore lies within
        // w(1 − F) / (1 + F) and w(1 + F) / (1 − F) when the nominal weights sum to 1.
        var noise = (noiseStep % 90) / 100.0;
        var draws = WeightDraws.Create(Nominal, new SensitivitySettings(draws: 5, noise: noise, seed: seed));
        var low = (1 - noise) / (1 + noise) * (1 - 1e-12);
        var high = (1 + noise) / (1 - noise) * (1 + 1e-12);
        return draws.All(draw => draw.Weights.Select((w, i) => (w, n: Nominal.Weights[i])).All(p =>
            p.w.Dimensional >= p.n.Dimensional * low && p.w.Dimensional <= p.n.Dimensional * high
            && p.w.Composite >= p.n.Composite * low && p.w.Composite <= p.n.Composite * high)).ToProperty();
    }

    [Fact]
    public void Create_NoiseZero_EveryDrawIsTheNominalWeights()
    {
        var draws = WeightDraws.Create(Nominal, new SensitivitySettings(draws: 3, noise: 0));
        Assert.All(draws, d => Assert.True(d.HasSameWeights(Nominal)));
    }

    [Fact]
    public void Create_ZeroWeight_StaysZero()
    {
        var weights = Nominal.Weights.ToArray();
        weights[0] = weights[0] with { Dimensional = 0, Composite = 0 };
        weights[1] = weights[1] with { Dimensional = 0.2, Composite = (0.1 / 3) * 2 };
        var nominal = WeightSet.Create(RssCatalog.Default, "with-zero", "1", weights);

        var draws = WeightDraws.Create(nominal, new SensitivitySettings(draws: 20, noise: 0.5));

        Assert.All(draws, d => Assert.Equal(0, d.Weights[0].Dimensional));
        Assert.All(draws, d => Assert.Equal(0, d.Weights[0].Composite));
    }

    [Theory]
    [InlineData(0, 0.25)]
    [InlineData(1, 1.0)]
    [InlineData(1, -0.1)]
    [InlineData(1, double.NaN)]
    public void Settings_OutOfRange_Throws(int draws, double noise) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SensitivitySettings(draws, noise));

    private static double[] Weights(ulong seed, int count) =>
        WeightDraws.Create(Nominal, new SensitivitySettings(draws: count, seed: seed))
            .SelectMany(d => d.Weights.SelectMany(w => new[] { w.Dimensional, w.Composite })).ToArray();
}
