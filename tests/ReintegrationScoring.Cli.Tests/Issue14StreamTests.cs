using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, the streams the shell hands over, on the real executable: a broken pipe (<c>| head</c>) stops the run
/// with exit 141 claiming only rows written; closed standard streams and <c>ulimit -f</c> end with a message and an
/// exit code, never a crash, and leave no temporary file; <c>/dev/stdout</c> and <c>/dev/fd/N</c> write through the
/// descriptor, so an appended log is appended to.
/// </summary>
[Collection(nameof(RealProcesses))]
public sealed partial class Issue14StreamTests : IClassFixture<LargeSurvey>, IDisposable
{
    private readonly LargeSurvey _survey;
    private readonly TempFolder _folder = new();
    private readonly string _expected;

    public Issue14StreamTests(LargeSurvey survey)
    {
        _survey = survey;
        _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final", ("PSY_DISTRESS", "refused"))));
        _expected = Rss.Run("score", _folder.File("in.csv"), "--quiet").Output;
    }

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Issue14_BrokenPipe_StopsWithExit141AndClaimsOnlyRowsWritten()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, $"rss score '{_survey.Path}' | head -n 3; echo \"status=${{PIPESTATUS[0]}}\" >&2");

        Assert.Equal(3, run.OutputLines.Length);
        Assert.Contains("status=141", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("rss: error:", run.Error, StringComparison.Ordinal);
        var written = long.Parse(StoppedAfter().Match(run.Error).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(written, 0, LargeSurvey.Rows / 2);
        Assert.DoesNotContain($"{LargeSurvey.Rows} rows", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Issue14_ClosedStandardOutput_Exits3WithAMessage()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "rss score in.csv >&-; echo \"status=$?\"");

        Assert.Equal("status=3", run.Output.Trim());
        Assert.Equal("rss: error: standard output is closed; no output file was created or changed", run.Error.Trim());
    }

    [SkippableFact]
    public void Issue14_ClosedStandardOutputWithOutFile_WritesTheFile()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "rss score in.csv --out scores.csv --quiet >&-; echo \"status=$?\"");

        Assert.Equal("status=0", run.Output.Trim());
        Assert.Equal(_expected, _folder.Read("scores.csv"));
    }

    [SkippableFact]
    public void Issue14_ClosedStandardError_ScoresEveryRowAndExits0()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "rss score in.csv 2>&-; echo \"status=$?\"");

        Assert.Equal(_expected + "status=0\n", run.Output);
    }

    [SkippableFact]
    public void Issue14_ClosedStandardOutputAndError_Exits3WithoutWritingIntoTheRuntimesPipes()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "rss score in.csv >&- 2>&-; echo \"status=$?\"");

        Assert.Equal("status=3", run.Output.Trim());
        Assert.Equal(string.Empty, run.Error);
    }

    [SkippableFact]
    public void Issue14_ClosedStandardInput_Exits2SayingSo()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "rss score - <&-; echo \"status=$?\"");

        Assert.Equal("status=2", run.Output.Trim());
        Assert.Equal("rss: error: standard input is closed; expected the input file", run.Error.Trim());
    }

    [SkippableFact]
    public void Issue14_FileSizeLimit_Exits3WithAMessageAndNoTemporaryFile()
    {
        SkipUnlessLinux();

        // 20 MB leaves room for the runtime's own files; the explanation of the large survey is ten times that.
        var run = RssProcess.Shell(_folder.Path, $"ulimit -f 20000; rss score '{_survey.Path}' --out scores.csv --explain explain.csv --quiet; echo \"status=$?\"");

        Assert.Equal("status=3", run.Output.Trim());
        Assert.Equal(
            "rss: error: explain.csv: the file size limit is reached (ulimit -f, or the file system's largest file); no output file was created or changed",
            run.Error.Trim());
        Assert.Equal(new[] { "in.csv" }, _folder.FileNames());
        Assert.Equal(_survey.Hash, LargeSurvey.HashOf(_survey.Path));
    }

    [SkippableFact]
    public void Issue14_OutDevStdoutAppendedToALog_IsAppended()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "echo first > log; rss score in.csv --out /dev/stdout -q >> log; rss score in.csv --out /proc/self/fd/1 -q >> log; cat log");

        Assert.Equal("first\n" + _expected + _expected, run.Output);
    }

    [SkippableFact]
    public void Issue14_OutDevStdoutInAGroup_ContinuesWhereTheShellLeftOff()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "{ echo first; rss score in.csv --out /dev/stdout -q; echo after; } > log; cat log");

        Assert.Equal("first\n" + _expected + "after\n", run.Output);
    }

    [SkippableFact]
    public void Issue14_OutDevFdOfAnOpenDescriptor_WritesThroughIt()
    {
        SkipUnlessLinux();

        var run = RssProcess.Shell(_folder.Path, "rss score in.csv --out /dev/fd/3 -q 3>scores.csv; echo \"status=$?\"; rss score in.csv --out /dev/fd/7 -q; echo \"status=$?\"");

        Assert.Equal(new[] { "status=0", "status=2" }, run.OutputLines);
        Assert.Equal(_expected, _folder.Read("scores.csv"));
        Assert.Contains("rss: error: /dev/fd/7: descriptor 7 was not given to rss", run.Error, StringComparison.Ordinal);
    }

    private static void SkipUnlessLinux() => Skip.IfNot(OperatingSystem.IsLinux(), "the shell tests use bash and Linux's /proc");

    [GeneratedRegex(@"^rss: .*large\.csv: stopped after ([0-9]+) rows had been written to standard output, which its reader closed \(broken pipe\)$", RegexOptions.Multiline)]
    private static partial Regex StoppedAfter();
}
