using System;
using System.IO;
using System.IO.Compression;

namespace ReintegrationScoring.Import;

/// <summary>
/// Copies a zip package entry by entry with a fixed time stamp and no file attributes, so that the same content always
/// gives the same bytes (packaging libraries stamp each entry with the current time).
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can carry (the MS-DOS epoch).</summary>
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Epoch;
            copy.ExternalAttributes = 0;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
