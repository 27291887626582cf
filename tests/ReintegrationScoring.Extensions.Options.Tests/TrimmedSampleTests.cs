using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using ReintegrationScoring.Json;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>
/// Published trimmed, a host must still bind its configuration: the reflection binder binds nothing once trimmed, and
/// the host would score with whatever the defaults are. Publishes samples/ReintegrationScoring.IntegrationSample
/// (PublishTrimmed, self-contained), runs it, and compares its output with the same surveys scored in process with
/// the weights and policy of docs/examples/appsettings.json.
/// </summary>
public class TrimmedSampleTests
{
    [Fact]
    public void Issue14_PublishedTrimmed_ScoresWithTheConfiguredWeights()
    {
        using var output = new TempDirectory();
        var surveys = RepositoryFiles.Example("survey-responses.jsonl");

        var publish = Run("dotnet", RepositoryFiles.Root, "publish", Path.Combine(RepositoryFiles.Root, "samples", "ReintegrationScoring.IntegrationSample"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output.Path, "-nologo", "-v:q");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var run = Run(Path.Combine(output.Path, "ReintegrationScoring.IntegrationSample"), output.Path, surveys);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Expected(surveys), run.Output);
        Assert.Contains("weight set my-programme-2026 version 1 (file ", run.Error, StringComparison.Ordinal);
        Assert.Contains("missing-answer policy Renormalize, minimum coverage 0.8.", run.Error, StringComparison.Ordinal);
        Assert.True(IsTrimmed(output.Path), "the published output is not trimmed");
    }

    // The surveys scored in process with appsettings.json's choices: weight-set.json, Renormalize, 0.8.
    private static string Expected(string surveys)
    {
        var weights = WeightSetJson.Parse(File.ReadAllText(RepositoryFiles.Example("weight-set.json")), RssCatalog.Default);
        var engine = new ScoringEngine(weights, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.8 });
        using var input = File.OpenRead(surveys);
        using var expected = new MemoryStream();
        ScoreResultJson.WriteLines(expected, SurveyResponseJson.ReadLines(input, RssCatalog.Default).Select(r => engine.Score(r.Value!)).ToList());
        return Encoding.UTF8.GetString(expected.ToArray());
    }

    // A trimmed self-contained folder holds a trimmed System.Private.CoreLib, smaller than the shared framework's.
    private static bool IsTrimmed(string folder) =>
        new FileInfo(Path.Combine(folder, "System.Private.CoreLib.dll")).Length < new FileInfo(typeof(object).Assembly.Location).Length;

    private static ProcessRun Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessRun(process.ExitCode, output, error.Result);
    }

    private sealed record ProcessRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
