using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReintegrationScoring.Tests.Shared;

/// <summary>
/// Checks that documentation cannot drift from code: every <c>csharp</c> block of a Markdown file must appear, line for
/// line (ignoring indentation and blank lines), in a compiled source file; every <c>json</c> block must be preceded by
/// <c>&lt;!-- example: NAME --&gt;</c> and equal docs/examples/NAME.
/// </summary>
internal static class MarkdownBlocks
{
    private static readonly Regex Block = new(@"(?:<!-- example: (?<example>[^ ]+) -->\s*\n)?```(?<language>[a-z]*)\n(?<code>.*?)\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Problems(string markdownPath, IEnumerable<string> sourceFiles, string examplesDirectory)
    {
        var markdown = File.ReadAllText(markdownPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sources = sourceFiles.Select(path => Lines(File.ReadAllText(path))).ToList();
        var problems = new List<string>();
        var blocks = Block.Matches(markdown);
        if (blocks.Count == 0)
        {
            problems.Add($"{markdownPath}: no code block");
        }

        foreach (Match block in blocks)
        {
            var code = block.Groups["code"].Value;
            switch (block.Groups["language"].Value)
            {
                case "csharp" when !sources.Any(source => Contains(source, Lines(code))):
                    problems.Add($"{markdownPath}: this C# block is in no compiled file:\n{code}");
                    break;
                case "json" when !block.Groups["example"].Success:
                    problems.Add($"{markdownPath}: a json block has no <!-- example: NAME --> marker:\n{code}");
                    break;
                case "json" when File.ReadAllText(Path.Combine(examplesDirectory, block.Groups["example"].Value)).TrimEnd('\n') != code:
                    problems.Add($"{markdownPath}: the json block differs from docs/examples/{block.Groups["example"].Value}");
                    break;
            }
        }

        return problems;
    }

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

    private static bool Contains(string[] source, string[] block)
    {
        for (var start = 0; start + block.Length <= source.Length; start++)
        {
            if (source.AsSpan(start, block.Length).SequenceEqual(block))
            {
                return true;
            }
        }

        return false;
    }
}
