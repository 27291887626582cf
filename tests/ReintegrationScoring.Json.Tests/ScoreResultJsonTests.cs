using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class ScoreResultJsonTests
{
    [Theory]
    [InlineData("score-result.json")]
    [InlineData("score-result-breakdown.json")]
    public void Serialize_ExampleFile_IsExactlyTheFile(string name)
    {
        var text = RepositoryFiles.ReadText(RepositoryFiles.Example(name));

        var result = ScoreResultJson.Parse(text);

        Assert.Equal(text, ScoreResultJson.Serialize(result));
    }

    [Fact]
    public void Serialize_LiveResultOfTheExampleResponse_IsExactlyTheExampleFile()
    {
        var response = SurveyResponseJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("survey-response.json")), Samples.Catalog);
        var weights = WeightSetJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("weight-set.json")), Samples.Catalog);

        var text = ScoreResultJson.Serialize(new ScoringEngine(weights).Score(response));

        Assert.Equal(RepositoryFiles.ReadText(RepositoryFiles.Example("score-result.json")), text);
    }

    [Fact]
    public void Serialize_LiveResultWithBreakdown_IsExactlyTheExampleFile()
    {
        var responses = SurveyResponseJson.ParseArray(RepositoryFiles.ReadText(RepositoryFiles.Example("survey-responses.json")), Samples.Catalog);
        var engine = new ScoringEngine(BuiltInWeightSets.EqualByIndicator, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize });

        using var stream = new MemoryStream();
        ScoreResultJson.Write(stream, engine.Score(responses[1]), includeBreakdown: true);

        Assert.Equal(File.ReadAllBytes(RepositoryFiles.Example("score-result-breakdown.json")), stream.ToArray());
    }

    [Fact]
    public void Parse_BreakdownExample_KeepsStatusesCoverageAndContributions()
    {
        var result = ScoreResultJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("score-result-breakdown.json")));

        Assert.Equal(MissingAnswerPolicy.Renormalize, result.Options.MissingAnswerPolicy);
        Assert.Equal(0.9, result.Economic.Coverage);
        Assert.Equal(new[] { "ECO_DEBT_RATIO", "SOC_WATER_ACCESS", "PSY_DISTRESS" }, result.Composite.MissingMeasures);
        Assert.Equal(30, result.Breakdown!.Count);
        var missing = result.Breakdown.Single(c => c.MeasureCode == "PSY_DISTRESS");
        Assert.Equal(AnswerStatus.Missing, missing.Status);
        Assert.Null(missing.Points);
        Assert.Null(missing.DimensionContribution);
        Assert.Equal(result.Economic.Value!.Value, result.Breakdown.Where(c => c.Dimension == Dimension.Economic).Sum(c => c.DimensionContribution ?? 0), 12);
    }

    [Fact]
    public void From_IncompleteStrictResult_KeepsTheReasons()
    {
        var response = Samples.Response().WithAnswer("SOC_WATER_ACCESS", Answer.DontKnow);

        var stored = StoredScoreResult.From(ScoringEngine.Default.Score(response));

        Assert.Equal(ScoreStatus.MissingAnswers, stored.Social.Status);
        Assert.Null(stored.Social.Value);
        Assert.Equal(new[] { "SOC_WATER_ACCESS" }, stored.Social.MissingMeasures);
        Assert.Equal(1, stored.Social.MissingCount);
        Assert.Equal(ScoreStatus.Computed, stored.Economic.Status);
        Assert.False(stored.IsComplete);
        Assert.Null(stored.Breakdown);
        Assert.Equal(stored, ScoreResultJson.Parse(ScoreResultJson.Serialize(stored)));
    }

    [Fact]
    public void IsScoredWith_SameOrOtherEngine_TellsWhetherToRescore()
    {
        var stored = StoredScoreResult.From(ScoringEngine.Default.Score(Samples.Response()));
        var otherWeights = WeightSetJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("weight-set.json")), Samples.Catalog);

        Assert.True(stored.IsScoredWith(ScoringEngine.Default));
        Assert.True(stored.IsScoredWith(new ScoringEngine(BuiltInWeightSets.EqualByIndicator)));
        Assert.False(stored.IsScoredWith(new ScoringEngine(otherWeights)));
        Assert.False(stored.IsScoredWith(new ScoringEngine(BuiltInWeightSets.EqualByIndicator, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Zero })));
    }

    [Fact]
    public void ToString_NeverShowsTheRespondentId()
    {
        var stored = StoredScoreResult.From(ScoringEngine.Default.Score(Samples.Response()), includeBreakdown: true);

        Assert.DoesNotContain(Samples.SecretRespondentId, stored.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> InvalidShapes => new()
    {
        { "scores.economic.value=null", "$.scores.economic.value", "a computed score has a value" },
        { "scores.economic.status=\"missing_answers\"", "$.scores.economic.value", "a score that was not computed has a null value" },
        { "scores.economic.status=\"not_scored\"", "$.scores.economic.status", "expected one of: computed, missing_answers, insufficient_coverage, no_applicable_measures" },
        { "scores.economic.value=1.0000001", "$.scores.economic.value", "expected a number in [0, 1]" },
        { "scores.economic.coverage=-0.5", "$.scores.economic.coverage", "expected a number in [0, 1]" },
        { "scores.economic.missing_count=2", "$.scores.economic.missing_count", "does not match the number of missing_measures" },
        { "scores.economic.missing_count=0.5", "$.scores.economic.missing_count", "expected a whole number of at least 0" },
        { "scores.economic.missing_measures=\"ECO_DEBT_RATIO\"", "$.scores.economic.missing_measures", "expected an array, found a string" },
        { "scores.total={}", "$.scores.total", "unknown property; expected one of: economic, social, psychosocial, composite" },
        { "policy.missing_answers=\"lenient\"", "$.policy.missing_answers", "expected one of: strict, renormalize, zero" },
        { "policy.minimum_coverage=2", "$.policy.minimum_coverage", "expected a number in [0, 1]" },
        { "weight_set.version=\"\"", "$.weight_set.version", "must not be empty or white space" },
        { "breakdown[0].points=null", "$.breakdown[0].points", "an answered measure has points" },
        { "breakdown[0].dimensional_weight=-1", "$.breakdown[0].dimensional_weight", "expected a number of at least 0" },
        { "breakdown[0].dimension=\"composite\"", "$.breakdown[0].dimension", "expected one of: economic, social, psychosocial" },
        { "breakdown[0].answer=\"yes\"", "$.breakdown[0].answer", "unknown property" },
    };

    [Theory]
    [MemberData(nameof(InvalidShapes))]
    public void Parse_InvalidShape_NamesPathAndReason(string change, string path, string reason)
    {
        var json = JsonEdit.Apply(RepositoryFiles.ReadText(RepositoryFiles.Example("score-result-breakdown.json")), change);

        Assertions.Problem(() => ScoreResultJson.Parse(json), path, reason, "CASE-0002");
    }

    [Fact]
    public async Task ReadAsync_ExampleFile_GivesTheSameResult()
    {
        await using var stream = File.OpenRead(RepositoryFiles.Example("score-result.json"));

        var result = await ScoreResultJson.ReadAsync(stream);

        Assert.Equal(ScoreResultJson.Parse(RepositoryFiles.ReadText(RepositoryFiles.Example("score-result.json"))), result);
    }

    [Fact]
    public void Converters_WriteLiveResultsAndReadStoredOnes()
    {
        var options = RssJsonOptions.Create(Samples.Catalog, includeBreakdown: true);
        var live = ScoringEngine.Default.Score(Samples.Response());

        var json = JsonSerializer.Serialize(live, (JsonTypeInfo<ScoreResult>)options.GetTypeInfo(typeof(ScoreResult)));
        var stored = JsonSerializer.Deserialize(json, (JsonTypeInfo<StoredScoreResult>)options.GetTypeInfo(typeof(StoredScoreResult)));

        Assert.Equal(StoredScoreResult.From(live, includeBreakdown: true), stored);
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize(json, (JsonTypeInfo<ScoreResult>)options.GetTypeInfo(typeof(ScoreResult))));
    }

    [Fact]
    public void StoredScore_InconsistentArguments_AreRefused()
    {
        Assert.Throws<ArgumentException>("value", () => new StoredScore(ScoreStatus.Computed, null, 1, Array.Empty<string>()));
        Assert.Throws<ArgumentException>("value", () => new StoredScore(ScoreStatus.MissingAnswers, 0.5, 1, Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>("status", () => new StoredScore(ScoreStatus.NotScored, null, 1, Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>("coverage", () => new StoredScore(ScoreStatus.Computed, 0.5, double.NaN, Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>("missingMeasures", () => new StoredScore(ScoreStatus.Computed, 0.5, 1, new string[] { null! }));
    }

    [Fact]
    public void StoredContribution_InconsistentArguments_AreRefused()
    {
        Assert.Throws<ArgumentException>("points", () => new StoredContribution("M", Dimension.Social, AnswerStatus.Missing, 0.5, 0.1, 0.1, null, null));
        Assert.Throws<ArgumentOutOfRangeException>("dimensionalWeight", () => new StoredContribution("M", Dimension.Social, AnswerStatus.Missing, null, double.PositiveInfinity, 0.1, null, null));
        Assert.Throws<ArgumentException>("measureCode", () => new StoredContribution(" ", Dimension.Social, AnswerStatus.Missing, null, 0.1, 0.1, null, null));
        Assert.Throws<ArgumentOutOfRangeException>("dimension", () => new StoredContribution("M", (Dimension)7, AnswerStatus.Missing, null, 0.1, 0.1, null, null));
    }
}
