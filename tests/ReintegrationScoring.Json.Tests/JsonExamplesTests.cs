using System;
using System.IO;
using System.Linq;
using System.Text;
using ReintegrationScoring.Json.Tests.Guide;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class JsonExamplesTests
{
    [Fact]
    public void Issue14_ScoreAFile_ExampleFiles_WritesJsonLinesOfOneResultPerSurvey()
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();

        JsonExamples.ScoreAFile(RepositoryFiles.Example("weight-set.json"), RepositoryFiles.Example("survey-responses.jsonl"), output, errors);

        Assert.Equal(string.Empty, errors.ToString());
        Assert.Equal(3, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var results = ScoreResultJson.ReadLines(new MemoryStream(output.ToArray())).ToList();
        Assert.Equal(new[] { "CASE-0001", "CASE-0002", "CASE-0003" }, results.Select(r => r.Value!.RespondentId.Value));
        Assert.All(results, r => Assert.Equal(("my-programme-2026", "1"), (r.Value!.WeightSetId, r.Value.WeightSetVersion)));
    }

    [Fact]
    public void ScoreAFile_BadRecord_IsReportedAndTheOthersScored()
    {
        using var files = new TempFile(File.ReadAllText(RepositoryFiles.Example("survey-responses.jsonl")).Replace("\"round\":\"final\"", "\"round\":\"last\"", StringComparison.Ordinal));
        using var output = new MemoryStream();
        using var errors = new StringWriter();

        JsonExamples.ScoreAFile(RepositoryFiles.Example("weight-set.json"), files.Path, output, errors);

        Assert.Equal("line 3: $.round: expected one of: initial, intermediate, final" + Environment.NewLine, errors.ToString());
        Assert.Equal(2, ScoreResultJson.ReadLines(new MemoryStream(output.ToArray())).Count(r => r.IsValid));
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
