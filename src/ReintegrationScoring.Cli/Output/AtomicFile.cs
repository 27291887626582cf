using System;
using System.IO;

namespace ReintegrationScoring.Cli.Output;

/// <summary>
/// An output file written under a temporary name in the target's own folder and renamed over the target only by
/// <see cref="Commit"/>: a failed run leaves no file behind and an existing file unchanged.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly string _targetPath;
    private readonly string _temporaryPath;
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string displayPath, string targetPath, string temporaryPath, FileStream stream)
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
        var target = Path.GetFullPath(path);
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
            File.Move(_temporaryPath, _targetPath, overwrite: true);
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
        try
        {
            File.Delete(_temporaryPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the target itself was never touched.
        }
    }
}
