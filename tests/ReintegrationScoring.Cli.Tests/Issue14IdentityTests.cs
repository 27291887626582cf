using System;
using System.IO;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, item 3: an output that reaches the input (or another output) by another spelling — a symbolic link, a
/// hard link, <c>..</c>, <c>/proc/self/fd/N</c>, a dangling link to the other output — is refused before anything
/// is written, by file identity (device and inode), not by comparing paths.
/// </summary>
public sealed class Issue14IdentityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _input;

    public Issue14IdentityTests()
    {
        _input = _folder.Write("real.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final")));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Issue14_InputIsASymbolicLinkToTheOutFile_Exits2AndTheInputIsIntact()
    {
        var link = _folder.File("link.csv");
        File.CreateSymbolicLink(link, _input);

        var run = Rss.Run("score", link, "--out", _input, "--quiet");

        AssertRefused(run, "--out is the same file as the input file");
    }

    [SkippableFact]
    public void Issue14_OutIsAHardLinkToTheInput_Exits2AndTheInputIsIntact()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "hard links are compared by inode on Linux");
        var hard = _folder.File("hard.csv");
        Posix.HardLink(_input, hard);

        var run = Rss.Run("score", _input, "--out", hard, "--quiet");

        AssertRefused(run, "--out is the same file as the input file");
        Assert.Equal(File.ReadAllText(_input), File.ReadAllText(hard));
    }

    [Fact]
    public void Issue14_OutReachesTheInputThroughDotDot_Exits2()
    {
        Directory.CreateDirectory(_folder.File("sub"));

        var run = Rss.Run("score", _input, "--out", Path.Combine(_folder.Path, "sub", "..", "real.csv"), "--quiet");

        AssertRefused(run, "--out is the same file as the input file");
    }

    [Fact]
    public void Issue14_ExplainIsASymbolicLinkToTheInput_Exits2()
    {
        var link = _folder.File("explain-link.csv");
        File.CreateSymbolicLink(link, _input);

        var run = Rss.Run("score", _input, "--out", _folder.File("out.csv"), "--explain", link, "--quiet");

        AssertRefused(run, "--explain is the same file as the input file");
    }

    [Fact]
    public void Issue14_ExplainIsTheOutFileThroughADanglingLink_Exits2()
    {
        var link = _folder.File("dangling");
        File.CreateSymbolicLink(link, _folder.File("out.csv"));

        var run = Rss.Run("score", _input, "--out", _folder.File("out.csv"), "--explain", link, "--quiet");

        AssertRefused(run, "--explain and --out name the same file");
    }

    [Fact]
    public void Issue14_ExplainIsTheOutFileByAnotherSpelling_Exits2()
    {
        Directory.CreateDirectory(_folder.File("sub"));

        var run = Rss.Run("score", _input, "--out", _folder.File("out.csv"), "--explain", Path.Combine(_folder.Path, "sub", "..", "out.csv"), "--quiet");

        AssertRefused(run, "--explain and --out name the same file");
    }

    [Fact]
    public void Issue14_OutIsTheWeightSetFile_Exits2AndTheWeightSetIsIntact()
    {
        var weights = _folder.Write("weights.json", Rss.Run("weights", "show", "--format", "json").Output);
        var before = File.ReadAllText(weights);

        var run = Rss.Run("score", _input, "--weights", weights, "--out", weights, "--quiet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out is the same file as the weight-set file", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(weights));
    }

    [SkippableFact]
    public void Issue14_OutIsProcSelfFdOfTheInputOnStandardInput_Exits2AndTheInputIsIntact()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc/self/fd is Linux's");
        var before = LargeSurvey.HashOf(_input);

        var run = RssProcess.Shell(_folder.Path, "rss score real.csv --out /proc/self/fd/0 --quiet < real.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/proc/self/fd/0: --out is the same file as the input file real.csv", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, LargeSurvey.HashOf(_input));
    }

    [SkippableFact]
    public void Issue14_StandardOutputAppendedToTheInput_Exits2AndTheInputIsIntact()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "descriptor identity is read on Linux");
        var before = LargeSurvey.HashOf(_input);

        var run = RssProcess.Shell(_folder.Path, "rss score real.csv --quiet >> real.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard output is the same file as the input file real.csv", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, LargeSurvey.HashOf(_input));
    }

    [SkippableFact]
    public void Issue14_TwoOutputsOnDevNull_AreAllowed()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/null is a character device here");

        var run = Rss.Run("score", _input, "--out", "/dev/null", "--explain", "/dev/null", "--quiet");

        Assert.Equal(0, run.ExitCode);
    }

    private void AssertRefused(RssRun run, string reason)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Equal(SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final")), File.ReadAllText(_input));
        Assert.DoesNotContain(_folder.FileNames(), n => n.EndsWith(".tmp", StringComparison.Ordinal) || n == "out.csv");
    }
}
