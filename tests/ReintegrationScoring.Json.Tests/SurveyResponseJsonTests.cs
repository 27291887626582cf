using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class SurveyResponseJsonTests
{
    [Theory]
    [InlineData("survey-response.json")]
    public void Serialize_ExampleFile_IsExactlyTheFile(string name)
    {
        var text = RepositoryFiles.ReadText(RepositoryFiles.Example(name));

        var response = SurveyResponseJson.Parse(text, Samples.Catalog);

        Assert.Equal(text, SurveyResponseJson.Serialize(response));
        Assert.Equal("CASE-0001", response.RespondentId.Value);
        Assert.Equal(new DateTime(2026, 3, 2), response.SurveyDate);
        Assert.Equal(Answer.NotApplicable, response.GetAnswer("SOC_SCHOOL_ATTENDANCE"));
    }

    [Fact]
    public void SerializeArray_ExampleFile_IsExactlyTheFile()
    {
        var text = RepositoryFiles.ReadText(RepositoryFiles.Example("survey-responses.json"));

        var responses = SurveyResponseJson.ParseArray(text, Samples.Catalog);

        Assert.Equal(text, SurveyResponseJson.SerializeArray(responses));
        Assert.Equal(2, responses.Count);
        Assert.Equal(Answer.Absent, responses[1].GetAnswer("ECO_DEBT_RATIO"));
        Assert.Equal(Answer.Refused, responses[1].GetAnswer("PSY_DISTRESS"));
    }

    [Fact]
    public void WriteLines_ExampleFile_IsExactlyTheFile()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.Example("survey-responses.jsonl"));
        var records = SurveyResponseJson.ReadLines(new MemoryStream(bytes), Samples.Catalog).ToList();
        using var written = new MemoryStream();

        SurveyResponseJson.WriteLines(written, records.Select(r => r.Value!));

        Assert.All(records, r => Assert.True(r.IsValid));
        Assert.Equal(new long[] { 1, 2, 3 }, records.Select(r => r.LineNumber));
        Assert.Equal(bytes, written.ToArray());
    }

    [Fact]
    public async Task ReadAsync_ExampleFile_GivesTheSameResponse()
    {
        await using var stream = File.OpenRead(RepositoryFiles.Example("survey-response.json"));

        var response = await SurveyResponseJson.ReadAsync(stream, Samples.Catalog);

        Assert.Equal(RepositoryFiles.ReadText(RepositoryFiles.Example("survey-response.json")), SurveyResponseJson.Serialize(response));
    }

    [Fact]
    public async Task ReadArrayAsync_ExampleFile_GivesTheSameResponses()
    {
        await using var stream = File.OpenRead(RepositoryFiles.Example("survey-responses.json"));

        var responses = await SurveyResponseJson.ReadArrayAsync(stream, Samples.Catalog);

        Assert.Equal(RepositoryFiles.ReadText(RepositoryFiles.Example("survey-responses.json")), SurveyResponseJson.SerializeArray(responses));
    }

    [Fact]
    public void Parse_AnswersInAnyCaseAndWithNulls_AreParsedAsTheCoreParsesThem()
    {
        var response = SurveyResponseJson.Parse(Samples.ResponseJson("{\"eco_satisfaction\":\" Satisfied \",\"PSY_DISTRESS\":null,\"ECO_DEBT_RATIO\":\"\"}"), Samples.Catalog);

        Assert.Equal(Answer.Option(1), response.GetAnswer("ECO_SATISFACTION"));
        Assert.Equal(Answer.Absent, response.GetAnswer("PSY_DISTRESS"));
        Assert.Equal(Answer.Absent, response.GetAnswer("ECO_DEBT_RATIO"));
        Assert.Null(response.SurveyDate);
    }

    [Fact]
    public void Parse_InvalidAnswers_LocatesEveryOneWithoutTheAnswers()
    {
        var json = Samples.ResponseJson("{\"ECO_SATISFACTION\":\"SECRET_ANSWER\",\"NOT_A_MEASURE\":\"yes\",\"PSY_DISTRESS\":\"never\",\"psy_distress\":\"often\",\"ECO_INCOME_ACTIVITY\":\"not_applicable\"}");

        var exception = Assertions.Problem(() => SurveyResponseJson.Parse(json, Samples.Catalog), "$.answers.ECO_SATISFACTION", "is not one of its option keys", "SECRET_ANSWER");

        Assert.Equal(
            new[] { "$.answers.ECO_SATISFACTION", "$.answers.NOT_A_MEASURE", "$.answers.psy_distress", "$.answers.ECO_INCOME_ACTIVITY" },
            exception.Problems.Select(p => p.Path));
        Assert.Contains("more than once", exception.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("does not allow not_applicable", exception.Problems[3].Reason, StringComparison.Ordinal);
        var inner = Assert.IsType<InvalidResponseException>(exception.InnerException);
        Assert.Equal(4, inner.Problems.Count);
    }

    [Theory]
    [InlineData("{\"round\":\"initial\",\"answers\":{}}", "$.respondent_id", "required property is missing")]
    [InlineData("{\"respondent_id\":\"  \",\"round\":\"initial\",\"answers\":{}}", "$.respondent_id", "must not be empty or white space")]
    [InlineData("{\"respondent_id\":4711,\"round\":\"initial\",\"answers\":{}}", "$.respondent_id", "expected a string, found a number")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"Initial\",\"answers\":{}}", "$.round", "expected one of: initial, intermediate, final")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"survey_date\":\"02/03/2026\",\"answers\":{}}", "$.survey_date", "expected a date in the form YYYY-MM-DD")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"arrival_date\":\"2026-02-30\",\"answers\":{}}", "$.arrival_date", "expected a date in the form YYYY-MM-DD")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"survey_date\":\"2026-03-02T10:00:00\",\"answers\":{}}", "$.survey_date", "expected a date in the form YYYY-MM-DD")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"catalog\":{\"id\":\"other\",\"version\":\"1.0\"},\"answers\":{}}", "$.catalog", "the response is for another catalog; expected id 'rss-reconstructed' and version '1.0'")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"answers\":{\"ECO_SATISFACTION\":0.75}}", "$.answers.ECO_SATISFACTION", "expected an answer key (a string) or null")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"answers\":{\"ECO_SATISFACTION\":\"yes\",\"ECO_SATISFACTION\":\"no\"}}", "$.answers.ECO_SATISFACTION", "duplicate property")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"answers\":[]}", "$.answers", "expected an object, found an array")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"answers\":{},\"name\":\"x\"}", "$.name", "unknown property; expected one of: respondent_id, round, survey_date, arrival_date, catalog, answers")]
    [InlineData("{\"respondent_id\":\"SECRET-RESPONDENT-4711\",\"round\":\"initial\",\"answers\":{\"odd key\":\"yes\"}}", "$.answers['odd key']", "is not in catalog")]
    public void Parse_InvalidShape_NamesPathAndReason(string json, string path, string reason) =>
        Assertions.Problem(() => SurveyResponseJson.Parse(json, Samples.Catalog), path, reason);

    [Fact]
    public void ParseArray_SeveralBadElements_ReportsThemAll()
    {
        var good = SurveyResponseJson.Serialize(Samples.Response());
        var json = "[" + good + "," + Samples.ResponseJson("{\"ECO_SATISFACTION\":\"SECRET_ANSWER\"}") + "," + good + ",{\"round\":\"final\",\"answers\":{}}]";

        var exception = Assertions.Problem(() => SurveyResponseJson.ParseArray(json, Samples.Catalog), "$[1].answers.ECO_SATISFACTION", "option keys", "SECRET_ANSWER");

        Assert.Equal(new[] { "$[1].answers.ECO_SATISFACTION", "$[3].respondent_id" }, exception.Problems.Select(p => p.Path));
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public void ParseArray_NotAnArray_IsRefused() =>
        Assertions.Problem(() => SurveyResponseJson.ParseArray(SurveyResponseJson.Serialize(Samples.Response()), Samples.Catalog), "$", "expected an array, found an object");

    [Fact]
    public void ReadArray_EmptyArray_GivesNoResponses() =>
        Assert.Empty(SurveyResponseJson.ReadArray(Samples.Utf8("[]"), Samples.Catalog));

    [Fact]
    public void Converter_InsideAnotherDocument_ReadsAndWritesTheResponse()
    {
        var options = RssJsonOptions.Create(Samples.Catalog);
        var typeInfo = (JsonTypeInfo<SurveyResponse>)options.GetTypeInfo(typeof(SurveyResponse));
        var response = Samples.Response("R-1");

        var json = JsonSerializer.Serialize(response, typeInfo);
        var read = JsonSerializer.Deserialize(json, typeInfo)!;

        Assert.Equal(response.Answers, read.Answers);
        Assert.Equal("R-1", read.RespondentId.Value);
        Assert.StartsWith("{\"respondent_id\":\"R-1\",\"round\":\"initial\",\"survey_date\":\"2026-03-02\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Converter_InvalidAnswer_ThrowsJsonExceptionWithoutTheAnswer()
    {
        var typeInfo = (JsonTypeInfo<SurveyResponse>)RssJsonOptions.Create(Samples.Catalog).GetTypeInfo(typeof(SurveyResponse));

        var exception = Assert.Throws<RssJsonException>(() => JsonSerializer.Deserialize(Samples.ResponseJson("{\"ECO_SATISFACTION\":\"SECRET_ANSWER\"}"), typeInfo));

        Assert.Equal("$.answers.ECO_SATISFACTION", exception.Path);
        Assertions.NoLeak(exception, "SECRET_ANSWER");
    }

    [Fact]
    public void Methods_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("json", () => SurveyResponseJson.Parse(null!, Samples.Catalog));
        Assert.Throws<ArgumentNullException>("catalog", () => SurveyResponseJson.Parse("{}", null!));
        Assert.Throws<ArgumentNullException>("utf8JsonLines", () => SurveyResponseJson.ReadLines(null!, Samples.Catalog));
        Assert.Throws<ArgumentNullException>("catalog", () => SurveyResponseJson.ReadLinesAsync(Stream.Null, null!));
        Assert.Throws<ArgumentNullException>("responses", () => SurveyResponseJson.WriteLines(Stream.Null, null!));
        Assert.Throws<ArgumentNullException>("response", () => SurveyResponseJson.SerializeArray(new SurveyResponse[] { null! }));
    }
}
