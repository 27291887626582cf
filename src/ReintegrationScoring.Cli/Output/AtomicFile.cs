using System;
using System.IO;

namespace ReintegrationScoring.Cli.Output;

/// <summary>
/// An output file written under a temporary name in the target's own folder and renamed over the target only by
/// <see cref="Commit"/>: a failed run leaves no file behind and an existing file unchanged. A symbolic link is followed
/// (the file it names is replaced, the link kept). A device or stream (<c>/dev/null</c>, <c>/dev/stdout</c>) is
/// written directly: renaming over it would replace the device with a plain file.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly string _targetPath;
    private readonly string? _temporaryPath;
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string displayPath, string targetPath, string? temporaryPath, FileStream stream)
    {
        DisplayPath = displayPath;
        _targetPath = targetPath;
        _temporaryPath = temporaryPath;
        _stream = stream;
    }

    /// <summary>The path as the user gave it, for messages.</summary>
    public string DisplayPath { get; }

    public Stream Stream => _stream;

    /// <summary>Creates the temporary file next to <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The folder does not exist, the path is a folder, or the file cannot be created.</exception>
    public static AtomicFile Create(string path)
    {
        var full = Path.GetFullPath(path);
        var target = IsDevice(full) ? full : FinalTarget(full);
        if (IsDevice(target))
        {
            return OpenDevice(path, full);
        }

        if (Directory.Exists(target))
        {
            throw new CliException($"{path}: is a folder; expected a file name");
        }

        var folder = Path.GetDirectoryName(target) ?? throw new CliException($"{path}: not a file path");
        if (!Directory.Exists(folder))
        {
            throw new CliException($"{path}: the folder does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
            return new AtomicFile(path, target, temporary, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot create a file in that folder ({e.GetType().Name})", e);
        }
    }

    /// <summary>Flushes the temporary file and moves it over the target.</summary>
    /// <exception cref="CliException">The file could not be written or moved into place.</exception>
    public void Commit()
    {
        try
        {
            _stream.Dispose();
            if (_temporaryPath is not null)
            {
                File.Move(_temporaryPath, _targetPath, overwrite: true);
            }

            _done = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{DisplayPath}: cannot write the file ({e.GetType().Name})", e);
        }
    }

    /// <summary>Deletes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _stream.Dispose();
        if (_temporaryPath is null)
        {
            return;
        }

        try
        {
            File.Delete(_temporaryPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the target itself was never touched.
        }
    }

    /// <summary>The file a chain of symbolic links ends at, or <paramref name="path"/> itself.</summary>
    private static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link to something that is not a path, such as a pipe: written directly.
            return path;
        }
    }

    private static bool IsDevice(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal)
        || fullPath.StartsWith("/proc/", StringComparison.Ordinal)
        || fullPath.StartsWith(@"\\.\", StringComparison.Ordinal);

    private static AtomicFile OpenDevice(string displayPath, string target)
    {
        try
        {
            return new AtomicFile(displayPath, target, null, new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, BufferSize));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{displayPath}: cannot write to it ({e.GetType().Name})", e);
        }
    }
}
