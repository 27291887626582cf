using System;
using System.IO;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>Files of the repository the tests use: the docs' examples and the guide.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReintegrationScoring.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ReintegrationScoring.sln) was not found above " + AppContext.BaseDirectory);
    }
}
