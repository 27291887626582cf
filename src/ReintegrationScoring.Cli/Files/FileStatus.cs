using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// What the output component needs to know about a file before touching it: its kind, its identity, and the
/// permissions and owner a replacement keeps. Exact on Linux (<c>statx</c>); elsewhere the kind comes from .NET and the
/// identity is the resolved path.
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, FileIdentity Identity, UnixFileMode Mode, uint Owner, uint Group)
{
    private const uint TypeModeAndIdsMask = 0x1 | 0x2 | 0x8 | 0x10 | 0x100;
    private const int StatusSize = 256;
    private const int TypeMask = 0xF000;

    public static FileStatus Missing(FileIdentity identity) => new(FileKind.Missing, identity, 0, 0, 0);

    /// <summary>The status of the file <paramref name="path"/> names, following symbolic links.</summary>
    /// <returns>The status; for a path that does not exist, <see cref="FileKind.Missing"/> with the identity of the file it would create.</returns>
    public static FileStatus OfPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsLinux())
        {
            Span<byte> status = stackalloc byte[StatusSize];
            if (Libc.Statx(Libc.AtFileDescriptorOfCurrentFolder, full, 0, TypeModeAndIdsMask, status) == 0)
            {
                return Decode(status);
            }

            var folder = Path.GetDirectoryName(full);
            if (folder is not null && Libc.Statx(Libc.AtFileDescriptorOfCurrentFolder, folder, 0, TypeModeAndIdsMask, status) == 0)
            {
                var parent = Decode(status).Identity;
                return Missing(parent with { Name = Path.GetFileName(full) });
            }

            return Missing(new FileIdentity(0, 0, full));
        }

        var identity = new FileIdentity(0, 0, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? full.ToUpperInvariant() : full);
        if (Directory.Exists(full))
        {
            return new FileStatus(FileKind.Directory, identity, 0, 0, 0);
        }

        if (!File.Exists(full))
        {
            return Missing(identity);
        }

        var mode = OperatingSystem.IsWindows() ? 0 : File.GetUnixFileMode(full);
        return new FileStatus(IsDeviceName(full) ? FileKind.CharacterDevice : FileKind.Regular, identity, mode, 0, 0);
    }

    /// <summary>The status of an open descriptor (Linux); elsewhere an unknown kind with no identity.</summary>
    public static FileStatus? OfDescriptor(SafeFileHandle descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        Span<byte> status = stackalloc byte[StatusSize];
        return Libc.Statx(descriptor, string.Empty, Libc.AtEmptyPath, TypeModeAndIdsMask, status) == 0 ? Decode(status) : null;
    }

    /// <summary>Reads <c>struct statx</c> (native byte order), whose layout is the same on every Linux architecture.</summary>
    private static FileStatus Decode(ReadOnlySpan<byte> status)
    {
        var owner = MemoryMarshal.Read<uint>(status[20..]);
        var group = MemoryMarshal.Read<uint>(status[24..]);
        var mode = MemoryMarshal.Read<ushort>(status[28..]);
        var inode = MemoryMarshal.Read<ulong>(status[32..]);
        var device = ((ulong)MemoryMarshal.Read<uint>(status[136..]) << 32) | MemoryMarshal.Read<uint>(status[140..]);
        var kind = (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileStatus(kind, new FileIdentity(device, inode, null), (UnixFileMode)(mode & 0x1FF), owner, group);
    }

    /// <summary>Where the type cannot be read, the platform's device namespaces (<c>/dev/…</c>, <c>\\.\…</c>, <c>NUL</c>).</summary>
    private static bool IsDeviceName(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal)
        || fullPath.StartsWith(@"\\.\", StringComparison.Ordinal)
        || (OperatingSystem.IsWindows() && Path.GetFileNameWithoutExtension(fullPath).ToUpperInvariant() is "NUL" or "CON");
}
