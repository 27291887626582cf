using System;
using System.Threading;
using ReintegrationScoring.Analysis.Sensitivity;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

/// <summary>The C# block of docs/sensitivity.md, verbatim, run.</summary>
public class SensitivityDocsExampleTests
{
    [Fact]
    public void DocsExample_Runs()
    {
        var weightSet = BuiltInWeightSets.EqualByIndicator;
        var options = new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize };
        var cohortSurveys = SyntheticCohort.Surveys(new ScoringEngine(weightSet, options), SyntheticCohort.Rows(100, seed: 2, missingRate: 0.05));
        var progress = new Progress<SensitivityProgress>();
        var cancellationToken = CancellationToken.None;

        var request = new SensitivityRequest(weightSet, options, groupBy: new[] { "country" }, settings: new SensitivitySettings(draws: 1000, noise: 0.25, seed: 1));
        SensitivityResult result = WeightSensitivity.Analyze(cohortSurveys, request, progress, cancellationToken);

        Assert.Equal(1000, result.Draws.Count);
        Assert.Contains(result.Rows, r => r.Group.Values[0] == "AFG" && r.Mean is not null);
    }
}
