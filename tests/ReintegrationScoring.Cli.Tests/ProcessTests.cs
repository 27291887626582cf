using System;
using System.IO;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>A few runs of the real executable, for what only a process shows: exit codes and the two streams.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Process_ScoreSample_Exits0WithScoresOnStdoutAndSummaryOnStderr()
    {
        _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final", ("PSY_DISTRESS", "refused"))));

        var run = Rss.RunProcess(_folder.Path, "score", "in.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("respondent_id,round,economic,social,psychosocial,composite,status,detail", run.OutputLines[0]);
        Assert.Equal(3, run.OutputLines.Length);
        Assert.StartsWith("rss: in.csv: 2 rows: 1 ok, 1 incomplete, 0 error (", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ErrorRow_Exits1AndStillWritesEveryRow()
    {
        _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final", ("PSY_DISTRESS", "x"))));

        var run = Rss.RunProcess(_folder.Path, "score", "in.csv", "-q", "-o", "out.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(3, File.ReadAllLines(_folder.File("out.csv")).Length);
    }

    [Fact]
    public void Process_MissingInput_Exits2WithTheFileOnStderr()
    {
        var run = Rss.RunProcess(_folder.Path, "score", "absent.csv", "-o", "out.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("rss: error: absent.csv: input file not found", run.Error.Trim());
        Assert.False(File.Exists(_folder.File("out.csv")));
    }

    [Fact]
    public void Process_Help_Exits0AndUnknownCommand_Exits2()
    {
        var help = Rss.RunProcess(_folder.Path, "--help");
        var unknown = Rss.RunProcess(_folder.Path, "rescore");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("rss [command] [options]", help.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal(string.Empty, unknown.Output);
        Assert.Contains("rss: error: ", unknown.Error, StringComparison.Ordinal);
    }
}
