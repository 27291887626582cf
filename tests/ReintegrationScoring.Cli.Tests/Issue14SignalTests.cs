using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, items 7 and 8, on the real executable: <c>SIGTERM</c>, <c>SIGHUP</c> and <c>SIGINT</c> in the middle of
/// a large run remove every temporary file and exit 143, 129, 130; <c>SIGKILL</c> leaves nothing either (temporary
/// files have no name until commit); a signal is honoured within a second even while the input blocks (a FIFO, or a
/// pipe on standard input that nobody writes to).
/// </summary>
[Collection(nameof(RealProcesses))]
public sealed class Issue14SignalTests : IClassFixture<LargeSurvey>, IDisposable
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(1);

    private readonly LargeSurvey _survey;
    private readonly TempFolder _folder = new();

    public Issue14SignalTests(LargeSurvey survey) => _survey = survey;

    public void Dispose() => _folder.Dispose();

    [SkippableTheory]
    [InlineData(RssProcess.SigTerm, 143, "SIGTERM")]
    [InlineData(RssProcess.SigHup, 129, "SIGHUP")]
    [InlineData(RssProcess.SigInt, 130, "SIGINT")]
    public void Issue14_SignalMidRun_RemovesTemporaryFilesAndExits128PlusTheSignal(int signal, int exitCode, string name)
    {
        SkipUnlessSignalsReachTheTool(signal);
        using var process = RssProcess.Start(_folder.Path, "score", _survey.Path, "--out", "scores.csv", "--explain", "explain.csv", "--quiet");
        var (output, error) = Drain(process);
        RssProcess.WaitUntilWriting(process, _folder.Path, _survey.Path);

        var elapsed = SignalAndWait(process, signal);

        Assert.Equal(exitCode, process.ExitCode);
        Assert.True(elapsed < Promptly, $"ended {elapsed.TotalMilliseconds:0} ms after the signal");
        Assert.Equal($"rss: interrupted ({name}); no output file was created or changed", error.Result.Trim());
        Assert.Equal(string.Empty, output.Result);
        Assert.Empty(_folder.FileNames());
        Assert.Equal(_survey.Hash, LargeSurvey.HashOf(_survey.Path));
    }

    [SkippableFact]
    public void Issue14_SigKillMidRun_LeavesNoTemporaryFile()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "nameless temporary files are Linux's (elsewhere the next run sweeps them)");
        var previous = _folder.Write("scores.csv", "previous scores\n");
        using var process = RssProcess.Start(_folder.Path, "score", _survey.Path, "--out", "scores.csv", "--explain", "explain.csv", "--quiet");
        Drain(process);
        RssProcess.WaitUntilWriting(process, _folder.Path, _survey.Path);

        SignalAndWait(process, RssProcess.SigKill);

        Assert.Equal(137, process.ExitCode);
        Assert.Equal(new[] { "scores.csv" }, _folder.FileNames());
        Assert.Equal("previous scores\n", File.ReadAllText(previous));
        Assert.Equal(_survey.Hash, LargeSurvey.HashOf(_survey.Path));
    }

    [SkippableTheory]
    [InlineData(RssProcess.SigInt, 130)]
    [InlineData(RssProcess.SigTerm, 143)]
    [InlineData(RssProcess.SigHup, 129)]
    public void Issue14_SignalWhileAFifoInputBlocks_EndsWithinASecond(int signal, int exitCode)
    {
        SkipUnlessSignalsReachTheTool(signal);
        var fifo = _folder.File("in.fifo");
        Issue14SpecialFileTests.MakeFifo(fifo);
        using var process = RssProcess.Start(_folder.Path, "score", "in.fifo", "--out", "scores.csv");
        Drain(process);
        using var writer = new StreamWriter(new FileStream(fifo, FileMode.Open, FileAccess.Write));
        writer.Write(SurveyCsv.File(SurveyCsv.Row("R1", "initial")));
        writer.Flush();
        RssProcess.WaitUntilWriting(process, _folder.Path, fifo);
        Thread.Sleep(200);

        var elapsed = SignalAndWait(process, signal);

        Assert.Equal(exitCode, process.ExitCode);
        Assert.True(elapsed < Promptly, $"ended {elapsed.TotalMilliseconds:0} ms after the signal");
        Assert.Equal(new[] { "in.fifo" }, _folder.FileNames());
    }

    [SkippableFact]
    public void Issue14_SignalWhileOpeningAFifoWithNoWriter_EndsWithinASecond()
    {
        SkipUnlessSignalsReachTheTool(RssProcess.SigInt);
        var fifo = _folder.File("in.fifo");
        Issue14SpecialFileTests.MakeFifo(fifo);
        using var process = RssProcess.Start(_folder.Path, "score", "in.fifo", "--out", "scores.csv");
        Drain(process);
        Thread.Sleep(1000);

        var elapsed = SignalAndWait(process, RssProcess.SigInt);

        Assert.Equal(130, process.ExitCode);
        Assert.True(elapsed < Promptly, $"ended {elapsed.TotalMilliseconds:0} ms after the signal");
        Assert.Equal(new[] { "in.fifo" }, _folder.FileNames());
    }

    [SkippableFact]
    public void Issue14_SignalWhileStandardInputBlocks_EndsWithinASecond()
    {
        SkipUnlessSignalsReachTheTool(RssProcess.SigInt);
        using var process = RssProcess.Start(_folder.Path, "score", "-", "--out", "scores.csv");
        Drain(process);
        process.StandardInput.Write(SurveyCsv.File(SurveyCsv.Row("R1", "initial")));
        process.StandardInput.Flush();
        RssProcess.WaitUntilWriting(process, _folder.Path, "none");
        Thread.Sleep(200);

        var elapsed = SignalAndWait(process, RssProcess.SigInt);

        Assert.Equal(130, process.ExitCode);
        Assert.True(elapsed < Promptly, $"ended {elapsed.TotalMilliseconds:0} ms after the signal");
        Assert.Empty(_folder.FileNames());
    }

    private static void SkipUnlessSignalsReachTheTool(int signal)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the process tests read /proc");
        Skip.If(signal == RssProcess.SigInt && RssProcess.IgnoresInterrupt(), "this test process ignores SIGINT (a background job), so the tool would too, as every program does");
    }

    private static TimeSpan SignalAndWait(Process process, int signal)
    {
        var clock = Stopwatch.StartNew();
        RssProcess.Signal(process, signal);
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            Assert.Fail("the tool did not end");
        }

        return clock.Elapsed;
    }

    private static (Task<string> Output, Task<string> Error) Drain(Process process) =>
        (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
}
