using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

public class WorkedExampleTests
{
    [Fact]
    public void Smoke()
    {
        var engine = ScoringEngine.Default;
        var answers = RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => (string?)m.Scale.Options[0].Key);
        var response = SurveyResponse.Parse(RssCatalog.Default, new RespondentId("r1"), MonitoringRound.Initial, answers);
        var result = engine.Score(response);
        Assert.True(result.IsComplete);
        Assert.Equal(1.0, result.Composite.Value, 12);
    }
}
