using System.IO;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

public class DocumentationTests
{
    [Theory]
    [InlineData("docs/integration.md")]
    [InlineData("docs/configuration.md")]
    [InlineData("src/ReintegrationScoring.Extensions.Options/README.md")]
    public void CodeBlocks_AreCompiledCodeAndExampleFiles(string document)
    {
        var guide = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "tests", "ReintegrationScoring.Extensions.Options.Tests", "Guide"), "*.cs");

        var problems = MarkdownBlocks.Problems(Path.Combine(RepositoryFiles.Root, document), guide, Path.Combine(RepositoryFiles.Root, "docs", "examples"));

        Assert.Empty(problems);
    }
}
