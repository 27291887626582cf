using System;
using System.IO;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// What the platform offers the output component. Each is also checked per file system when used (a file system
/// without them falls back), and tests turn them off to exercise the fallbacks.
/// </summary>
/// <param name="NamelessTemporaryFiles">Temporary files without a name until commit (Linux <c>O_TMPFILE</c> + <c>linkat</c>): nothing is left if the process is killed.</param>
/// <param name="AtomicExchange">Swapping a new file with the old one (Linux <c>renameat2(RENAME_EXCHANGE)</c>), so that a failed commit puts every old file back.</param>
internal sealed record FileSystemFeatures(bool NamelessTemporaryFiles, bool AtomicExchange)
{
    /// <summary>Everything the current platform has.</summary>
    public static FileSystemFeatures Detect() =>
        new(OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd"), OperatingSystem.IsLinux());
}
