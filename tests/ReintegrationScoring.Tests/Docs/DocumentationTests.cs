using System.Linq;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// Every code block of the README, of every page in docs/ and of every package's README is compiled, run or marked
/// as not run (the rules: <see cref="MarkdownBlocks"/>, CONTRIBUTING.md). New pages are picked up as they come.
/// </summary>
public class DocumentationTests
{
    public static TheoryData<string> Documents => new(MarkdownBlocks.Documents(RepositoryFiles.Root));

    [Theory]
    [MemberData(nameof(Documents))]
    public void CodeBlocks_AreCompiledRunOrMarked(string document) =>
        Assert.Empty(MarkdownBlocks.Problems(RepositoryFiles.Root, document));

    [Fact]
    public void Documents_IncludeEveryKnownPage() =>
        Assert.Superset(
            new[] { "README.md", "docs/integration.md", "docs/configuration.md", "docs/json-formats.md", "src/ReintegrationScoring.Json/README.md", "src/ReintegrationScoring.Extensions.Options/README.md" }.ToHashSet(),
            MarkdownBlocks.Documents(RepositoryFiles.Root).ToHashSet());
}
