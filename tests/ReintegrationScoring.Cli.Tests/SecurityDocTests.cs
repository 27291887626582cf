using System;
using System.IO;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary><c>docs/security.md</c>: its C# is the tool's compiled code, and the pages users start from link to it.</summary>
public sealed class SecurityDocTests
{
    [Fact]
    public void SecurityDoc_CodeBlocks_AreTheToolsCompiledCode()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src", "ReintegrationScoring.Cli"), "*.cs", SearchOption.AllDirectories);

        var problems = MarkdownBlocks.Problems(RepositoryFiles.Root, "docs/security.md", sources);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("README.md", "(docs/security.md)")]
    [InlineData("docs/cli.md", "(security.md)")]
    public void SecurityDoc_IsLinkedFrom(string page, string link)
    {
        Assert.Contains(link, RepositoryFiles.ReadText(Path.Combine(RepositoryFiles.Root, page)), StringComparison.Ordinal);
    }
}
