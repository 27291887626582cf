using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using ReintegrationScoring.Cli.Files;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, items 4 and 5, and the file modes: a full disk (injected, and a real small tmpfs) leaves no temporary
/// file and no changed output; two outputs are committed both or neither (the second one's commit failing undoes the
/// first); where the file system cannot swap, the message says which file holds what; a replaced file keeps its mode.
/// </summary>
public sealed class Issue14OutputFaultTests : IDisposable
{
    private const string PreviousScores = "previous scores\n";
    private const string PreviousExplanation = "previous explanation\n";

    private readonly TempFolder _folder = new();
    private readonly Mounts _mounts = new();
    private readonly string _input;

    public Issue14OutputFaultTests()
    {
        _input = _folder.Write("in.csv", SurveyCsv.File(Enumerable.Range(0, 2000).Select(i => SurveyCsv.Row($"R{i}", "initial"))));
    }

    public void Dispose()
    {
        _mounts.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("--out", true)]
    [InlineData("--out", false)]
    [InlineData("--explain", true)]
    [InlineData("--explain", false)]
    public void Issue14_DiskFullInjected_Exits3WithNoTemporaryFileAndNoOutputChanged(string failing, bool atFlush)
    {
        var scores = _folder.Write("scores.csv", PreviousScores);
        var explanation = _folder.Write("explain.csv", PreviousExplanation);
        var filtered = 0;
        var settings = new RunSettings
        {
            // The outputs are created in order: --out first, then --explain.
            OutputFilter = s => (filtered++ == (failing == "--out" ? 0 : 1)) ? new FailingStream(s, atFlush ? long.MaxValue : 10_000, atFlush) : s,
        };

        var run = Rss.Run(settings, "score", _input, "--out", scores, "--explain", explanation, "--quiet");

        Assert.Equal(3, run.ExitCode);
        var path = failing == "--out" ? scores : explanation;
        Assert.Equal($"rss: error: {path}: the disk is full (no space left on the device, or the quota is exceeded); no output file was created or changed", run.Error.Trim());
        Assert.Equal(PreviousScores, File.ReadAllText(scores));
        Assert.Equal(PreviousExplanation, File.ReadAllText(explanation));
        Assert.Equal(new[] { "explain.csv", "in.csv", "scores.csv" }, _folder.FileNames());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void Issue14_BrokenPipe_Exits141AndClaimsOnlyRowsTheReaderReceived(double shareAccepted)
    {
        var bytesAccepted = (long)(Rss.Run("score", _input).Output.Length * shareAccepted);
        using var received = new MemoryStream();
        var settings = new RunSettings { OutputFilter = s => new FailingStream(received, bytesAccepted, failOnFlush: false, FailingStream.BrokenPipe) };

        var run = Rss.Run(settings, "score", _input);

        Assert.Equal(141, run.ExitCode);
        var rows = Math.Max(0, System.Text.Encoding.UTF8.GetString(received.ToArray()).Count(c => c == '\n') - 1);
        var claimed = int.Parse(run.ErrorLines.Single().Split(' ')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"rss: {_input}: stopped after {claimed} rows had been written to standard output, which its reader closed (broken pipe)", run.ErrorLines.Single());
        Assert.InRange(claimed, Math.Max(0, rows - 511), rows);
    }

    [SkippableFact]
    public void Issue14_DiskFullOnASmallTmpfs_Exits3AndLeavesTheFileSystemAsItWas()
    {
        var disk = _mounts.Tmpfs(_folder.File("disk"), "256k");
        File.WriteAllText(Path.Combine(disk, "scores.csv"), PreviousScores);

        var run = Rss.Run("score", _input, "--out", Path.Combine(disk, "scores.csv"), "--explain", Path.Combine(disk, "explain.csv"), "--quiet");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("the disk is full", run.Error, StringComparison.Ordinal);
        Assert.Equal(new[] { "scores.csv" }, Directory.GetFileSystemEntries(disk).Select(Path.GetFileName));
        Assert.Equal(PreviousScores, File.ReadAllText(Path.Combine(disk, "scores.csv")));
    }

    [SkippableFact]
    public void Issue14_SecondCommitFails_TheFirstIsUndoneAndNothingChanges()
    {
        var scores = _folder.Write("scores.csv", PreviousScores);
        var explanation = _folder.Write("explain.csv", PreviousExplanation);
        _mounts.Bind(_folder.Write("elsewhere.txt", PreviousExplanation), explanation);

        var run = Rss.Run("score", _input, "--out", scores, "--explain", explanation, "--quiet");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"rss: error: {explanation}: cannot be written (", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("; no output file was created or changed", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal(PreviousScores, File.ReadAllText(scores));
        Assert.Equal(PreviousExplanation, File.ReadAllText(explanation));
        Assert.Equal(new[] { "elsewhere.txt", "explain.csv", "in.csv", "scores.csv" }, _folder.FileNames());
    }

    [SkippableFact]
    public void Issue14_SecondCommitFailsWithoutAtomicExchange_Exits4SayingWhichFileHoldsWhat()
    {
        var scores = _folder.Write("scores.csv", PreviousScores);
        var explanation = _folder.Write("explain.csv", PreviousExplanation);
        _mounts.Bind(_folder.Write("elsewhere.txt", PreviousExplanation), explanation);
        var settings = new RunSettings { Features = new FileSystemFeatures(NamelessTemporaryFiles: true, AtomicExchange: false) };

        var run = Rss.Run(settings, "score", _input, "--out", scores, "--explain", explanation, "--quiet");

        Assert.Equal(4, run.ExitCode);
        Assert.EndsWith(
            $"; --out {scores} now holds this run's output; --explain {explanation} still holds its previous content",
            run.Error.Trim(),
            StringComparison.Ordinal);
        Assert.StartsWith(ScorePipelineHeader, File.ReadAllText(scores), StringComparison.Ordinal);
        Assert.Equal(PreviousExplanation, File.ReadAllText(explanation));
        Assert.Equal(new[] { "elsewhere.txt", "explain.csv", "in.csv", "scores.csv" }, _folder.FileNames());
    }

    [SkippableTheory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead)]
    [UnsupportedOSPlatform("windows")]
    public void Issue14_ReplacedFile_KeepsItsMode(UnixFileMode mode)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var scores = _folder.Write("scores.csv", PreviousScores);
        File.SetUnixFileMode(scores, mode);

        var run = Rss.Run("score", _input, "--out", scores, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(mode, File.GetUnixFileMode(scores));
    }

    [SkippableTheory]
    [InlineData("077", "-rw-------")]
    [InlineData("027", "-rw-r-----")]
    [InlineData("022", "-rw-r--r--")]
    public void Issue14_NewFile_IsNoMoreReadableThanTheUmaskAllows(string umask, string expected)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");

        var run = RssProcess.Shell(_folder.Path, $"umask {umask} && rss score in.csv --out new.csv --explain new-explain.csv --quiet && stat -c %A new.csv new-explain.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { expected, expected }, run.OutputLines);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Issue14_NamedTemporaryFileWhileWriting_IsNoMoreReadableThanTheFileItReplaces()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var scores = _folder.Write("scores.csv", PreviousScores);
        File.SetUnixFileMode(scores, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        UnixFileMode? temporaryMode = null;
        var settings = new RunSettings
        {
            Features = new FileSystemFeatures(NamelessTemporaryFiles: false, AtomicExchange: true),
            OutputFilter = s =>
            {
                temporaryMode = File.GetUnixFileMode(Directory.GetFiles(_folder.Path, ".scores.csv.rss-*.tmp").Single());
                return s;
            },
        };

        var run = Rss.Run(settings, "score", _input, "--out", scores, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, temporaryMode);
        Assert.Equal(new[] { "in.csv", "scores.csv" }, _folder.FileNames());
    }

    [Fact]
    public void Issue14_WithoutNamelessFilesOrExchange_OutputsAreStillWrittenAtomically()
    {
        var scores = _folder.Write("scores.csv", PreviousScores);
        var settings = new RunSettings { Features = new FileSystemFeatures(NamelessTemporaryFiles: false, AtomicExchange: false) };

        var run = Rss.Run(settings, "score", _input, "--out", scores, "--explain", _folder.File("explain.csv"), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Rss.Run("score", _input, "--quiet").Output, File.ReadAllText(scores));
        Assert.Equal(new[] { "explain.csv", "in.csv", "scores.csv" }, _folder.FileNames());
    }

    [Fact]
    public void Issue14_StaleTemporaryFileOfAFinishedProcess_IsRemovedByTheNextRun()
    {
        var dead = FinishedProcessId();
        var stale = _folder.Write($".scores.csv.rss-{dead}-abcdefghijk.tmp", "respondent data of a killed run");
        var otherName = _folder.Write($".other.csv.rss-{dead}-bcdefghijkl.tmp", "respondent data of a killed run");
        var live = _folder.Write($".scores.csv.rss-{Environment.ProcessId}-cdefghijklm.tmp", "a run in progress");
        var unrelated = _folder.Write(".scores.csv.keep.tmp", "not ours");

        var run = Rss.Run("score", _input, "--out", _folder.File("scores.csv"), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(otherName));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(unrelated));
    }

    private const string ScorePipelineHeader = "respondent_id,round,economic,social,psychosocial,composite,status,detail";

    private static int FinishedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.Id;
    }
}
