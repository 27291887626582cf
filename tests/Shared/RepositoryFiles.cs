using System;
using System.IO;
using System.Text;

namespace ReintegrationScoring.Tests.Shared;

/// <summary>Files of the repository that tests check (docs, examples, schemas), found from the test assembly upwards.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name);

    public static string Schema(string name) => Path.Combine(Root, "docs", "schemas", name);

    public static string Doc(string name) => Path.Combine(Root, "docs", name);

    public static string ReadText(string path) => File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

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
