using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>
/// The XForm runs in ODK's own form engine (<c>@getodk/xforms-engine</c>): it loads, shows every question with its
/// labels and choices in each language, asks for the required answers, accepts an answer for every question, and
/// serializes a submission that holds exactly those answers under the contract's names.
/// </summary>
public sealed class OdkEngineTests
{
    [ExternalToolFact(nameof(OdkEngine))]
    public void Engine_BuiltInCatalog_EveryQuestionAnsweredAndSubmitted() => FillAndCheck(RssCatalog.Default);

    [ExternalToolFact(nameof(OdkEngine))]
    public void Engine_CustomInstrument_EveryQuestionAnsweredAndSubmitted() => FillAndCheck(ExpectedForm.Minimal);

    [ExternalToolFact(nameof(OdkEngine))]
    public void Engine_FutureInterviewDate_ViolatesTheConstraintWithItsMessage()
    {
        Assert.True(OdkEngine.Missing is null, OdkEngine.Missing);
        var answers = ExpectedForm.AnswersFor(ExpectedForm.Minimal);
        answers["/data/survey_date"] = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var run = OdkEngine.Fill(XFormWriter.ToXml(SurveyForm.Create(ExpectedForm.Minimal)), answers);

        var violation = Assert.Single(run.ViolationsAfter);
        Assert.Equal(("/data/survey_date", "constraint", "The date cannot be in the future."), (violation.Path, violation.Condition, violation.Message));
    }

    private static void FillAndCheck(Catalog catalog)
    {
        Assert.True(OdkEngine.Missing is null, OdkEngine.Missing);
        var answers = ExpectedForm.AnswersFor(catalog);

        var run = OdkEngine.Fill(XFormWriter.ToXml(SurveyForm.Create(catalog)), answers);

        Assert.Equal(new[] { ("English (en)", true), ("Français (fr)", false) }, run.Languages.Select(l => (l.Language, l.IsDefault)));
        var expectedPaths = new[] { "/data/start", "/data/end", "/data/respondent_id", "/data/round", "/data/survey_date" }
            .Concat(Dimensions.All.SelectMany(d => catalog.MeasuresOf(d).Select(ExpectedForm.Path)))
            .Concat(new[] { "/data/meta/instanceID", "/data/meta/instanceName" });
        Assert.Equal(expectedPaths, run.Questions.Select(q => q.Path));
        Assert.All(run.Questions, q => Assert.True(q.Relevant, q.Path));

        var round = run.Questions.Single(q => q.Path == "/data/round");
        Assert.Equal(ExpectedForm.RoundCodes, round.Options.Select(o => o.Value));
        Assert.Equal(new[] { "Suivi initial", "Suivi intermédiaire", "Suivi final" }, round.Options.Select(o => o.Labels["Français (fr)"].Split(" (")[0]));
        foreach (var measure in catalog.Measures)
        {
            var question = run.Questions.Single(q => q.Path == ExpectedForm.Path(measure));
            Assert.Equal(("select", true), (question.NodeType, question.Required));
            Assert.Equal(measure.Label.Get("en"), question.Labels["English (en)"]);
            Assert.Equal(measure.Label.Get("fr"), question.Labels["Français (fr)"]);
            Assert.Equal(measure.Indicator.Label.Get("fr"), question.Hints["Français (fr)"]);
            Assert.Equal(ExpectedForm.Choices(measure), question.Options.Select(o => o.Value));
            Assert.Equal(ExpectedForm.Choices(measure).Select(c => ExpectedForm.ChoiceLabel(measure, c, "en")), question.Options.Select(o => o.Labels["English (en)"]));
            Assert.Equal(ExpectedForm.Choices(measure).Select(c => ExpectedForm.ChoiceLabel(measure, c, "fr")), question.Options.Select(o => o.Labels["Français (fr)"]));
        }

        // Before any answer: the identity, the round and every measure are required (the date defaults to today).
        var required = new[] { "/data/respondent_id", "/data/round" }.Concat(catalog.Measures.Select(ExpectedForm.Path)).Order(StringComparer.Ordinal);
        Assert.Equal(required, run.ViolationsBefore.Select(v => v.Path).Order(StringComparer.Ordinal));
        Assert.All(run.ViolationsBefore, v => Assert.Equal("required", v.Condition));
        Assert.All(run.ViolationsBefore.Where(v => v.Path.Count(c => c == '/') == 3), v => Assert.Contains("\"Don't know\"", v.Message, StringComparison.Ordinal));
        Assert.Empty(run.ViolationsAfter);
        Assert.Equal("ready", run.Status);

        var submission = XElement.Parse(run.Submission);
        Assert.Equal(("data", catalog.Id, catalog.Version), (submission.Name.LocalName, (string?)submission.Attribute("id"), (string?)submission.Attribute("version")));
        foreach (var (path, value) in answers)
        {
            var element = path.Split('/').Skip(2).Aggregate(submission, (parent, name) => parent.Elements().Single(e => e.Name.LocalName == name));
            Assert.Equal((path, value), (path, element.Value));
        }

        var meta = submission.Elements().Single(e => e.Name.LocalName == "meta");
        Assert.StartsWith("uuid:", meta.Elements().Single(e => e.Name.LocalName == "instanceID").Value, StringComparison.Ordinal);
        Assert.Equal("R-0001 - intermediate", meta.Elements().Single(e => e.Name.LocalName == "instanceName").Value);
        foreach (var stamp in new[] { "start", "end" })
        {
            Assert.True(DateTimeOffset.TryParse(submission.Elements().Single(e => e.Name.LocalName == stamp).Value, CultureInfo.InvariantCulture, out _), stamp);
        }

        var measureValues = submission.Elements().Where(e => e.HasElements && e.Name.LocalName != "meta").SelectMany(g => g.Elements()).Count();
        Assert.Equal(catalog.Measures.Count, measureValues);
    }
}
