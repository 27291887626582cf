using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// Reference section 10: no answer and no respondent id in any error or account, whatever the catalog, the measure or the
/// text. Secrets carry a marker that no code, key or message contains by chance.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 300)]
public class ConfidentialityTests
{
    [Property]
    public Property Parse_UnknownAnswerText_ErrorsNameTheMeasureButNeitherTextNorId(ScoringCase scoringCase)
    {
        var catalog = scoringCase.Catalog;
        var secrets = from index in Gen.Choose(0, catalog.Measures.Count - 1)
                      from text in Gen.Choose(0, 999_999).Select(n => "qx" + n.ToString(CultureInfo.InvariantCulture))
                      from id in Gen.Choose(0, 999_999).Select(n => "RID-" + n.ToString(CultureInfo.InvariantCulture))
                      select (index, text, id);
        return Prop.ForAll(secrets.ToArbitrary(), secret =>
        {
            var measure = catalog.Measures[secret.index];
            var answers = catalog.Measures.Select((m, i) => new KeyValuePair<string, string>(m.Code, i == secret.index ? secret.text : m.KeyOf(scoringCase.Answers[i]) ?? string.Empty));

            var result = SurveyResponse.TryParse(catalog, new RespondentId(secret.id), MonitoringRound.Initial, answers, null, null);
            var problems = result.Problems;
            Assert.False(result.IsValid);
            var problem = Assert.Single(problems);
            Assert.Equal(measure.Code, problem.MeasureCode);
            Assert.Equal(AnswerProblem.UnknownOption, problem.AnswerProblem);
            Confidential.DoesNotReveal(problem.Message, secret.text, secret.id);
            Confidential.DoesNotReveal(problem.ToString(), secret.text, secret.id);

            var ex = Assert.Throws<InvalidResponseException>(() => SurveyResponse.Parse(catalog, new RespondentId(secret.id), MonitoringRound.Initial, answers));
            Confidential.DoesNotReveal(ex, secret.text, secret.id);
            var single = Assert.Throws<InvalidAnswerException>(() => measure.ParseAnswer(secret.text));
            Confidential.DoesNotReveal(single, secret.text);
        });
    }

    [Property]
    public Property Accounts_AnyResult_NeverShowTheRespondentId(ScoringCase scoringCase, ScoringOptions options)
    {
        var ids = Gen.Choose(0, 999_999).Select(n => "RID-" + n.ToString(CultureInfo.InvariantCulture));
        return Prop.ForAll(ids.ToArbitrary(), id =>
        {
            var respondent = new RespondentId(id);
            var engine = new ScoringEngine(scoringCase.Weights, options);
            var earlier = engine.Score(SurveyResponse.FromAnswers(scoringCase.Catalog, respondent, MonitoringRound.Initial, scoringCase.Answers));
            var later = engine.Score(SurveyResponse.FromAnswers(scoringCase.Catalog, respondent, MonitoringRound.Final, scoringCase.Answers));

            var texts = new[]
            {
                respondent.ToString(),
                earlier.Response.ToString(),
                earlier.ToString(),
                earlier.Scores.ToString(),
                ScoreComparison.Compare(earlier, later).ToString(),
                earlier.CheckRoundWindow().Describe(),
            }.Concat(earlier.Explain().Select(c => c.ToString()));

            Assert.All(texts, text => Confidential.DoesNotReveal(text, id));
        });
    }

    [Fact]
    public void Errors_DisallowedNotApplicable_NameMeasureAndReasonOnly()
    {
        var answers = RssResponses.Keys(0, ("PSY_DISTRESS", "not_applicable"));

        var ex = Assert.Throws<InvalidResponseException>(() => SurveyResponse.Parse(RssCatalog.Default, new RespondentId("RID-123456"), MonitoringRound.Initial, answers));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("Measure 'PSY_DISTRESS' does not allow not_applicable.", problem.Message);
        Confidential.DoesNotReveal(ex, "RID-123456");
    }
}
