using System;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// The C library calls the output component needs and .NET does not offer: writing to a descriptor at its own offset
/// (so an appended log stays appended), nameless temporary files, exchanging two names atomically, file identity.
/// Only called on Unix; the Linux-only calls only on Linux.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static partial class Libc
{
    public const int AtFileDescriptorOfCurrentFolder = -100;
    public const int AtEmptyPath = 0x1000;
    public const int AtSymbolicLinkFollow = 0x400;
    public const int RenameExchange = 2;
    public const int FileDescriptorCloseOnExec = 1;
    public const short PollOut = 4;

    private const string Library = "libc";
    private const int GetDescriptorFlags = 1;
    private const int OpenWriteOnly = 1;
    private const int OpenCloseOnExec = 0x80000;
    private const int OpenTemporaryFile = 0x400000;

    /// <summary><c>write(2)</c>: writes at the descriptor's own offset, honouring <c>O_APPEND</c>.</summary>
    [LibraryImport(Library, EntryPoint = "write", SetLastError = true)]
    public static unsafe partial nint Write(SafeHandle descriptor, byte* buffer, nuint count);

    [LibraryImport(Library, EntryPoint = "fsync", SetLastError = true)]
    public static partial int Sync(SafeHandle descriptor);

    [LibraryImport(Library, EntryPoint = "fchown", SetLastError = true)]
    public static partial int ChangeOwner(SafeHandle descriptor, uint owner, uint group);

    [LibraryImport(Library, EntryPoint = "poll", SetLastError = true)]
    public static unsafe partial int Poll(PollDescriptor* descriptors, nuint count, int timeoutMilliseconds);

    /// <summary><c>fcntl(fd, F_GETFD)</c>: the descriptor's flags, or -1 when it is not open.</summary>
    [LibraryImport(Library, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int GetFlags(int descriptor, int command);

    /// <summary><c>kill(pid, 0)</c>: 0 when the process exists (or exists but belongs to another user: -1 with EPERM).</summary>
    [LibraryImport(Library, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int processId, int signal);

    [LibraryImport(Library, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [SupportedOSPlatform("linux")]
    public static partial int Statx(int folder, string path, int flags, uint mask, Span<byte> status);

    [LibraryImport(Library, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [SupportedOSPlatform("linux")]
    public static partial int Statx(SafeHandle descriptor, string path, int flags, uint mask, Span<byte> status);

    [LibraryImport(Library, EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [SupportedOSPlatform("linux")]
    public static partial int RenameAt2(int fromFolder, string from, int toFolder, string to, uint flags);

    [LibraryImport(Library, EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [SupportedOSPlatform("linux")]
    public static partial int LinkAt(int fromFolder, string from, int toFolder, string to, int flags);

    [LibraryImport(Library, EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [SupportedOSPlatform("linux")]
    public static partial int LinkAt(SafeHandle from, string empty, int toFolder, string to, int flags);

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [SupportedOSPlatform("linux")]
    private static partial int Open(string path, int flags, uint mode);

    /// <summary>
    /// Opens a regular file without a name in <paramref name="folder"/> (<c>O_TMPFILE</c>): nothing is left behind if
    /// the process is killed, and <see cref="LinkAt(SafeHandle, string, int, string, int)"/> names it at commit.
    /// </summary>
    /// <returns>The descriptor, or -1 with the error in <see cref="Marshal.GetLastPInvokeError"/>.</returns>
    [SupportedOSPlatform("linux")]
    public static int OpenNameless(string folder, uint mode) =>
        Open(folder, OpenWriteOnly | OpenCloseOnExec | OpenTemporaryFile | OpenDirectory, mode);

    /// <summary>Whether descriptor 0, 1 or 2 was handed over by the parent: open, and not opened by this process (those carry close-on-exec).</summary>
    public static bool IsInherited(int descriptor)
    {
        var flags = GetFlags(descriptor, GetDescriptorFlags);
        return flags >= 0 && (flags & FileDescriptorCloseOnExec) == 0;
    }

    /// <summary><c>O_DIRECTORY</c>, which <c>O_TMPFILE</c> includes; its value depends on the architecture.</summary>
    private static int OpenDirectory => RuntimeInformation.ProcessArchitecture
        is Architecture.Arm or Architecture.Arm64 or Architecture.Ppc64le ? 0x4000 : 0x10000;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    /// <summary>Error numbers the component tells apart (Linux values; the others are the same on every Unix).</summary>
    public static class Errors
    {
        public const int NoEntry = 2;
        public const int NoProcess = 3;
        public const int Interrupted = 4;
        public const int BadDescriptor = 9;
        public const int Invalid = 22;
        public const int FileTooLarge = 27;
        public const int NoSpace = 28;
        public const int BrokenPipe = 32;
        public const int NotImplemented = 38;
        public const int NotSupported = 95;

        public static int TryAgain => OperatingSystem.IsLinux() ? 11 : 35;

        public static int QuotaExceeded => OperatingSystem.IsLinux() ? 122 : 69;
    }
}
