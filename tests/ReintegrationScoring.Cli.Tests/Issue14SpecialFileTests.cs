using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, item 6: how an output is written is decided by the file's type, not its path. A regular file under
/// <c>/dev/</c> is replaced atomically (no stale tail); a FIFO stays a FIFO; a socket is connected to; <c>-</c> is
/// standard input or output.
/// </summary>
public sealed class Issue14SpecialFileTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _input;
    private readonly string _expected;

    public Issue14SpecialFileTests()
    {
        _input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final", ("PSY_DISTRESS", "refused"))));
        _expected = Rss.Run("score", _input, "--quiet").Output;
    }

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Issue14_RegularFileUnderDevShm_IsReplacedWithoutAStaleTail()
    {
        Skip.IfNot(Directory.Exists("/dev/shm"), "no /dev/shm here");
        var path = $"/dev/shm/rss-test-{Guid.NewGuid():N}.csv";
        try
        {
            File.WriteAllText(path, new string('x', 100_000));

            var run = Rss.Run("score", _input, "--out", path, "--quiet");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(_expected, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void Issue14_FifoAsOut_IsWrittenAsAStreamAndStaysAFifo()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs are made with mkfifo");
        var fifo = _folder.File("scores.fifo");
        MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var run = Rss.Run("score", _input, "--out", fifo, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.True(reader.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(_expected, reader.Result);
        Assert.True(IsFifo(fifo));
        Assert.Equal(new[] { "in.csv", "scores.fifo" }, _folder.FileNames());
    }

    [SkippableFact]
    public void Issue14_UnixSocketAsOut_IsConnectedToAndWritten()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix domain socket files");
        var path = _folder.File("scores.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        var received = Task.Run(() =>
        {
            using var connection = listener.Accept();
            using var stream = new NetworkStream(connection);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });

        var run = Rss.Run("score", _input, "--out", path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.True(received.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(_expected, received.Result);
    }

    [Fact]
    public void Issue14_DashAsInputAndOut_IsStandardInputAndOutput()
    {
        var run = Rss.Run(new RunSettings { StandardInput = File.ReadAllText(_input) }, "score", "-", "--out", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(_expected, run.Output);
        Assert.StartsWith("rss: standard input: 2 rows: 1 ok, 1 incomplete, 0 error (", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_DashAsOutTwice_Exits2()
    {
        var run = Rss.Run("score", _input, "--out", "-", "--explain", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--explain and --out name the same file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_OutIsAFolder_Exits2BeforeWriting()
    {
        Directory.CreateDirectory(_folder.File("sub"));

        var run = Rss.Run("score", _input, "--out", _folder.File("sub"), "--quiet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder; expected a file name", run.Error, StringComparison.Ordinal);
    }

    internal static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", $"\"{path}\"");
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static bool IsFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("stat", $"-c %F \"{path}\"") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var type = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return type == "fifo";
    }
}
