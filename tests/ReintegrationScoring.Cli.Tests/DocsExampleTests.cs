using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>The examples of <c>docs/cli.md</c> of the form <c>$ rss … | head -N</c> print what the document shows.</summary>
public sealed partial class DocsExampleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Commands => new(Examples().Select(e => e.Command));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Example_PrintsWhatTheDocumentShows(string command)
    {
        var example = Examples().Single(e => e.Command == command);
        File.Copy(Path.Combine(CohortWriterTests.RepositoryRoot(), "samples", "cohort.csv"), _folder.File("cohort.csv"));

        var run = Rss.RunProcess(_folder.Path, example.Arguments);

        Assert.Equal(example.Output, run.Output.Split('\n').Take(example.Output.Count));
    }

    private static List<Example> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(CohortWriterTests.RepositoryRoot(), "docs", "cli.md"));
        var examples = new List<Example>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = HeadCommand().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var output = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal) && !l.StartsWith("```", StringComparison.Ordinal))
                .Where(l => !l.StartsWith("rss: ", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), output.Count);
            examples.Add(new Example(lines[i], match.Groups[1].Value.Split(' '), output));
        }

        return examples;
    }

    [GeneratedRegex(@"^\$ rss (.+) \| head -(\d+)$")]
    private static partial Regex HeadCommand();

    private sealed record Example(string Command, string[] Arguments, List<string> Output);
}
