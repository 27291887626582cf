using System;
using System.IO;

namespace ReintegrationScoring.Cli.Input;

/// <summary>Opens a file named on the command line, turning every failure into a one-line usage error.</summary>
internal static class InputFile
{
    private const int BufferSize = 1 << 16;

    /// <exception cref="CliException">The file does not exist, is a folder, or cannot be read.</exception>
    public static FileStream Open(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a folder; expected a {what}");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"{path}: {what} not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot read the {what} ({e.GetType().Name})", e);
        }
    }
}
