using System;
using System.Runtime.InteropServices;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>The few system calls the tests need that .NET does not offer.</summary>
internal static partial class Posix
{
    public static void Signal(int processId, int signal) => Check(Kill(processId, signal), "kill");

    public static void HardLink(string existing, string created) => Check(Link(existing, created), "link");

    private static void Check(int result, string call)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"{call} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int processId, int signal);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
