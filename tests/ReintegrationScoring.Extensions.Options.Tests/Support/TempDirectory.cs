using System;
using System.IO;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>A fresh directory under the system's temporary folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rss-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Copy(string source, string? name = null) => Write(name ?? System.IO.Path.GetFileName(source), File.ReadAllText(source));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
