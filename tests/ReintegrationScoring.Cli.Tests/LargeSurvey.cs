using System;
using System.IO;
using System.Security.Cryptography;
using ReintegrationScoring.CohortGenerator;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// A generated survey large enough that scoring it with <c>--explain</c> takes seconds (100,000 rows, 24 MB, a
/// 250 MB explanation): made once per test class that needs it, in its own folder.
/// </summary>
public sealed class LargeSurvey : IDisposable
{
    public const int Rows = 100_000;

    public LargeSurvey()
    {
        Directory.CreateDirectory(Folder);
        using (var writer = new StreamWriter(Path))
        {
            new CohortWriter(new CohortOptions { Rows = Rows, Seed = 14, MissingShare = 0.05 }).Write(writer);
        }

        Hash = HashOf(Path);
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rss-large-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "large.csv");

    /// <summary>The file's SHA-256, to prove it intact after a run.</summary>
    public string Hash { get; }

    public static string HashOf(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
