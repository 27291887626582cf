using System;
using System.IO;
using ReintegrationScoring.Json.Tests.Guide;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class JsonExamplesTests
{
    [Fact]
    public void ScoreAFile_ExampleFiles_WritesOneResultPerSurvey()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        JsonExamples.ScoreAFile(RepositoryFiles.Example("weight-set.json"), RepositoryFiles.Example("survey-responses.jsonl"), output, errors);

        Assert.Equal(string.Empty, errors.ToString());
        Assert.Equal(3, output.ToString().Split("\"weight_set\"").Length - 1);
        Assert.Contains("\"id\": \"my-programme-2026\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreAFile_BadRecord_IsReportedAndTheOthersScored()
    {
        using var files = new TempFile(File.ReadAllText(RepositoryFiles.Example("survey-responses.jsonl")).Replace("\"round\":\"final\"", "\"round\":\"last\"", StringComparison.Ordinal));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        JsonExamples.ScoreAFile(RepositoryFiles.Example("weight-set.json"), files.Path, output, errors);

        Assert.Equal("line 3: $.round: expected one of: initial, intermediate, final" + Environment.NewLine, errors.ToString());
        Assert.Equal(2, output.ToString().Split("\"weight_set\"").Length - 1);
    }

    [Fact]
    public void LoadInstrument_MinimalExample_GivesItsCatalog() =>
        Assert.Equal("my-instrument", JsonExamples.LoadInstrument(RepositoryFiles.Example("instrument-minimal.json")).Id);

    [Fact]
    public void ReadWithSerializer_ExampleResponse_GivesTheResponse() =>
        Assert.Equal("CASE-0001", JsonExamples.ReadWithSerializer(RepositoryFiles.ReadText(RepositoryFiles.Example("survey-response.json")), RssCatalog.Default).RespondentId.Value);

    [Fact]
    public void WriteResultWithBreakdown_GivesThirtyContributions()
    {
        var json = JsonExamples.WriteResultWithBreakdown(ScoringEngine.Default.Score(Samples.Response()));

        Assert.Equal(30, ScoreResultJson.Parse(json).Breakdown!.Count);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string content)
        {
            Path = System.IO.Path.GetTempFileName();
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
