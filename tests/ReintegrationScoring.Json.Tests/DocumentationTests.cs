using System.IO;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class DocumentationTests
{
    [Theory]
    [InlineData("docs/json-formats.md")]
    [InlineData("src/ReintegrationScoring.Json/README.md")]
    public void CodeBlocks_AreCompiledCodeAndExampleFiles(string document)
    {
        var guide = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "tests", "ReintegrationScoring.Json.Tests", "Guide"), "*.cs");

        var problems = MarkdownBlocks.Problems(Path.Combine(RepositoryFiles.Root, document), guide, Path.Combine(RepositoryFiles.Root, "docs", "examples"));

        Assert.Empty(problems);
    }
}
