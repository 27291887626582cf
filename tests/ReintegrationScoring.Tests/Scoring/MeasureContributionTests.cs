using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The one-line account of a measure's contribution.</summary>
public class MeasureContributionTests
{
    [Fact]
    public void ToString_SourceWorkedExample_ReadsAsTheSourceWritesIt()
    {
        // 0.75 × 0.15 is 0.11249999999999999 in binary floating point, exactly: the account writes what the files write.
        var line = new ScoringEngine(PublishedPairsWeights.Create()).Score(RssResponses.Uniform(0, ("ECO_SATISFACTION", "satisfied")))
            .Explain().Single(c => c.MeasureCode == "ECO_SATISFACTION").ToString();

        Assert.Equal("ECO_SATISFACTION answered: points 0.75, weights 0.15 / 0.05, contributions 0.11249999999999999 / 0.037500000000000006", line);
    }

    [Fact]
    public void ToString_DefaultWeights_ShowsThirtiethsAndTenthsReadably()
    {
        var contributions = ScoringEngine.Default.Score(RssResponses.Uniform(0, ("ECO_SATISFACTION", "satisfied"), ("SOC_SCHOOL_ATTENDANCE", "not_applicable"))).Explain();

        // The not_applicable school measure leaves the composite: 0.75 × (1/30) ÷ (29/30) = 0.75 / 29.
        Assert.Equal(
            "ECO_SATISFACTION answered: points 0.75, weights 0.1 / 0.03333333333333333, contributions 0.075 / 0.02586206896551724",
            contributions.Single(c => c.MeasureCode == "ECO_SATISFACTION").ToString());
        Assert.Equal(
            "SOC_SCHOOL_ATTENDANCE not_applicable: points -, weights 0.1 / 0.03333333333333333, contributions - / -",
            contributions.Single(c => c.MeasureCode == "SOC_SCHOOL_ATTENDANCE").ToString());
    }

    [Fact]
    public void ToString_MissingUnderStrict_ShowsNoContribution()
    {
        var contribution = ScoringEngine.Default.Score(RssResponses.Uniform(0, ("PSY_DISTRESS", "refused"))).Explain().Single(c => c.MeasureCode == "PSY_DISTRESS");

        Assert.Equal("PSY_DISTRESS missing: points -, weights 0.1 / 0.03333333333333333, contributions - / -", contribution.ToString());
    }
}
