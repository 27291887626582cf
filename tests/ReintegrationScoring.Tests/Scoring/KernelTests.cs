using System;
using System.Linq;
using System.Runtime.Intrinsics.X86;
using FsCheck.Xunit;
using ReintegrationScoring.Scoring.Engine;
using ReintegrationScoring.Tests.Support;
using Xunit;
using static ReintegrationScoring.Tests.BatchScoringPropertyTests;

namespace ReintegrationScoring.Tests.Scoring;

/// <summary>
/// Every kernel, forced through the documented setting, gives the reference kernel's bits on generated cohorts: one
/// response at a time, as a flat batch, as a response list and in parallel. Doubles are compared with ==. The setting
/// is process-wide, so these tests run alone (<see cref="KernelSetting"/>).
/// </summary>
[Collection(KernelSetting.Name)]
public class KernelTests
{
    public static TheoryData<string> Accelerators() => new(KernelFactory.Names.Where(n => n != "reference"));

    [Property(Arbitrary = new[] { typeof(CohortArbitraries) }, MaxTest = 200)]
    public void Accelerators_GeneratedCohorts_EqualTheReferenceKernel(Cohort cohort)
    {
        var reference = ForcedEngine("reference", cohort)!;
        Assert.Equal("reference", reference.KernelName);
        var expected = new ScoreSet[cohort.Count];
        for (var i = 0; i < cohort.Count; i++)
        {
            expected[i] = reference.ComputeScores(cohort.Answers, i * cohort.MeasureCount);
        }

        foreach (var name in KernelFactory.InThisBuild.Where(n => n != "reference"))
        {
            if (ForcedEngine(name, cohort) is not { } engine)
            {
                continue;
            }

            var batch = new ScoreSet[cohort.Count];
            engine.ComputeScoresInto(cohort.Answers, 0, batch, 0, cohort.Count);
            var list = new ScoreSet[cohort.Count];
            engine.ComputeScoresInto(cohort.Responses(), list, 0);
            for (var i = 0; i < cohort.Count; i++)
            {
                Assert.True(expected[i] == engine.ComputeScores(cohort.Answers, i * cohort.MeasureCount), $"{name}, response {i} alone");
                Assert.True(expected[i] == batch[i], $"{name}, response {i} in a batch");
                Assert.True(expected[i] == list[i], $"{name}, response {i} in a list");
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(CohortArbitraries) }, MaxTest = 20)]
    public void Accelerators_ParallelBatch_EqualsTheReferenceKernel(Cohort cohort)
    {
        var count = Math.Max(cohort.Count, 1) * ((3 * Partitions.MinimumSize / Math.Max(cohort.Count, 1)) + 1);
        var answers = new Answer[count * cohort.MeasureCount];
        for (var i = 0; i < count && cohort.Count > 0; i++)
        {
            Array.Copy(cohort.Answers, (i % cohort.Count) * cohort.MeasureCount, answers, i * cohort.MeasureCount, cohort.MeasureCount);
        }

        var expected = new ScoreSet[count];
        ForcedEngine("reference", cohort)!.ComputeScoresInto(answers, 0, expected, 0, count);
        foreach (var name in KernelFactory.InThisBuild)
        {
            if (ForcedEngine(name, cohort) is { } engine)
            {
                var parallel = new ScoreSet[count];
                engine.ComputeScoresInto(answers, 0, parallel, 0, count, new BatchOptions { MaxDegreeOfParallelism = 3 });
                Assert.True(expected.SequenceEqual(parallel), name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Accelerators))]
    public void Setting_NamesAnAccelerator_TheEngineRunsIt(string name)
    {
        if (!KernelFactory.InThisBuild.Contains(name))
        {
            // The netstandard2.0 build has the reference kernel only: forcing an accelerator is refused, not ignored.
            AppContext.SetData(KernelFactory.SettingName, name);
            try
            {
                Assert.Throws<NotSupportedException>(() => new ScoringEngine(BuiltInWeightSets.EqualByIndicator));
            }
            finally
            {
                AppContext.SetData(KernelFactory.SettingName, null);
            }

            return;
        }

        var engine = WithSetting(name, () => new ScoringEngine(BuiltInWeightSets.EqualByIndicator), out var unsupported);
        Assert.True(engine is not null || (name == "lanes" && unsupported && !Avx512Vbmi.IsSupported), $"{name} could not be forced");
        if (engine is not null)
        {
            Assert.Equal(name, engine.KernelName);
        }
    }

    [Fact]
    public void EnvironmentVariable_NamesTheReferenceKernel_TheEngineRunsIt()
    {
        var before = Environment.GetEnvironmentVariable(KernelFactory.EnvironmentVariable);
        Environment.SetEnvironmentVariable(KernelFactory.EnvironmentVariable, "Reference");
        try
        {
            Assert.Equal("reference", new ScoringEngine(BuiltInWeightSets.EqualByIndicator).KernelName);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KernelFactory.EnvironmentVariable, before);
        }
    }

    [Fact]
    public void Setting_UnknownKernel_ThrowsNotSupportedNamingTheSetting()
    {
        var error = Assert.Throws<NotSupportedException>(() => WithSetting("turbo", () => new ScoringEngine(BuiltInWeightSets.EqualByIndicator), out _));
        Assert.Contains("ReintegrationScoring.ScoringKernel", error.Message, StringComparison.Ordinal);
        Assert.Contains("reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSetting_TheFastestKernelOfTheBuildRuns()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KernelFactory.EnvironmentVariable)))
        {
            // The run forces a kernel for every engine (CI's accelerators-off pass); the other tests here check that.
            return;
        }

        var name = new ScoringEngine(BuiltInWeightSets.EqualByIndicator).KernelName;
        var fastest = KernelFactory.InThisBuild.Last();
        Assert.Equal(fastest == "lanes" && !Avx512Vbmi.IsSupported ? "fully-answered" : fastest, name);
    }

    /// <summary>The engine for the cohort with kernel <paramref name="name"/> forced; null where it cannot run.</summary>
    private static ScoringEngine? ForcedEngine(string name, Cohort cohort) =>
        WithSetting(name, () => new ScoringEngine(cohort.WeightSet, cohort.Options), out _);

    private static ScoringEngine? WithSetting(string name, Func<ScoringEngine> create, out bool unsupported)
    {
        AppContext.SetData(KernelFactory.SettingName, name);
        try
        {
            unsupported = false;
            return create();
        }
        catch (NotSupportedException) when (name == "lanes")
        {
            // The lanes need AVX-512 VBMI, at most 32 measures and at most 12 options per scale.
            unsupported = true;
            return null;
        }
        finally
        {
            AppContext.SetData(KernelFactory.SettingName, null);
        }
    }
}
