using System;
using System.IO;

namespace ReintegrationScoring.Cli.Files;

/// <summary>Follows a chain of symbolic links one link at a time, stopping at a path that names one of this process's descriptors.</summary>
internal static class SymbolicLinks
{
    private const int MostLinks = 40;

    /// <summary>The path the chain of links starting at <paramref name="fullPath"/> ends at.</summary>
    /// <param name="fullPath">A full path.</param>
    /// <param name="descriptor">The descriptor the chain reaches (<see cref="DescriptorPath"/>), or -1.</param>
    /// <returns>The final full path (which may not exist).</returns>
    /// <exception cref="CliException">More than 40 links, as the system allows.</exception>
    public static string Follow(string fullPath, out int descriptor)
    {
        var current = fullPath;
        for (var links = 0; links <= MostLinks; links++)
        {
            if (DescriptorPath.TryParse(current, out descriptor))
            {
                return current;
            }

            string? target;
            try
            {
                // One step only: /proc/self/fd/N is itself a link, to the file behind the descriptor, and must be seen.
                target = new FileInfo(current).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                return current;
            }

            current = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? current);
        }

        throw new CliException($"{fullPath}: too many levels of symbolic links");
    }
}
