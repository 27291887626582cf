using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReintegrationScoring.Tests.Shared;

/// <summary>
/// Checks that documentation cannot drift from code: every fenced block of a Markdown page says what it is, and is
/// compiled, run or marked as not run. The rules (CONTRIBUTING.md):
/// <list type="bullet">
/// <item><c>csharp</c>: appears line for line (ignoring indentation and blank lines) in a compiled source file of the
/// repository (src/, tests/, samples/, benchmarks/), where a test runs it.</item>
/// <item><c>json</c>: preceded by <c>&lt;!-- example: NAME --&gt;</c> and equal to docs/examples/NAME, which the tests
/// read, validate against the schemas and write back.</item>
/// <item><c>sh</c>: every command (comments aside) appears in a script that CI runs (.ci/run or eng/*.sh), or the block
/// is preceded by <c>&lt;!-- not run: REASON --&gt;</c>; either way the block must be valid shell syntax and every
/// repository path it names must exist.</item>
/// <item><c>text</c>: output or an illustration, never something to type or paste; not checked here.</item>
/// </list>
/// </summary>
internal static class MarkdownBlocks
{
    private static readonly Regex Block = new(
        @"(?:<!-- (?<marker>[^>]*?) -->[ ]*\n)?(?<indent>[ ]*)```(?<language>[^\n]*)\n(?<code>.*?)\n\k<indent>```",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex RepositoryPath = new(@"(?<![\w/.-])(?:src|tests|samples|benchmarks|docs|eng)/[\w./-]*[\w]", RegexOptions.CultureInvariant);

    private static readonly string[] SourceFolders = { "src", "tests", "samples", "benchmarks" };

    /// <summary>The pages checked: the README, every page of docs/ and every package's README, found anew on each run.</summary>
    public static IEnumerable<string> Documents(string root) =>
        new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
            .Concat(Directory.GetDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).OrderBy(p => p, StringComparer.Ordinal))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'));

    /// <summary>
    /// Every problem of the page <paramref name="document"/> (a path relative to <paramref name="root"/>); its C# blocks
    /// must be in <paramref name="sourceFiles"/> when given (a page whose tests run its blocks), else in any compiled file.
    /// </summary>
    public static IReadOnlyList<string> Problems(string root, string document, IEnumerable<string>? sourceFiles = null)
    {
        var sources = sourceFiles?.Select(path => Lines(File.ReadAllText(path))).ToList() ?? CompiledSources(root);
        var markdown = File.ReadAllText(Path.Combine(root, document)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var problems = new List<string>();
        foreach (Match block in Block.Matches(markdown))
        {
            var code = Unindent(block.Groups["code"].Value, block.Groups["indent"].Value.Length);
            var marker = block.Groups["marker"].Success ? block.Groups["marker"].Value : null;
            var line = markdown.Take(block.Index).Count(c => c == '\n') + 1 + (marker is null ? 0 : 1);
            var where = $"{document}:{line}";
            switch (block.Groups["language"].Value)
            {
                case "csharp":
                    if (!sources.Any(source => Contains(source, Lines(code))))
                    {
                        problems.Add($"{where}: this C# block is in no compiled source file:\n{code}");
                    }

                    break;
                case "json":
                    problems.AddRange(CheckJson(root, where, marker, code));
                    break;
                case "sh":
                    problems.AddRange(CheckShell(root, where, marker, code));
                    break;
                case "text":
                    break;
                default:
                    problems.Add($"{where}: a block must say what it is (csharp, json, sh, or text for output), not '{block.Groups["language"].Value}'.");
                    break;
            }
        }

        return problems;
    }

    private static IEnumerable<string> CheckJson(string root, string where, string? marker, string code)
    {
        const string Prefix = "example: ";
        if (marker is null || !marker.StartsWith(Prefix, StringComparison.Ordinal))
        {
            yield return $"{where}: a json block needs <!-- example: NAME --> naming its file in docs/examples.";
            yield break;
        }

        var example = Path.Combine(root, "docs", "examples", marker[Prefix.Length..]);
        if (!File.Exists(example) || File.ReadAllText(example).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') != code)
        {
            yield return $"{where}: the json block differs from docs/examples/{marker[Prefix.Length..]}.";
        }
    }

    private static IEnumerable<string> CheckShell(string root, string where, string? marker, string code)
    {
        const string NotRun = "not run: ";
        if (marker is not null && !(marker.StartsWith(NotRun, StringComparison.Ordinal) && marker.Length > NotRun.Length))
        {
            yield return $"{where}: a sh block may only be marked <!-- not run: REASON -->, not <!-- {marker} -->.";
        }

        if (marker is null)
        {
            var scripts = CiScripts(root);
            foreach (var command in Commands(code).Where(c => !scripts.Contains(c, StringComparison.Ordinal)))
            {
                yield return $"{where}: no script that CI runs (.ci/run, eng/*.sh) runs `{command}`; run it there, or mark the block <!-- not run: REASON -->.";
            }
        }

        foreach (Match path in RepositoryPath.Matches(code))
        {
            if (!File.Exists(Path.Combine(root, path.Value)) && !Directory.Exists(Path.Combine(root, path.Value)) && !IsOutput(code, path.Value) && !IsBuildOutput(path.Value))
            {
                yield return $"{where}: the block names {path.Value}, which does not exist.";
            }
        }

        if (Shell.SyntaxErrors(code) is { } error)
        {
            yield return $"{where}: the block is not valid shell: {error}";
        }
    }

    // A path the build creates (under bin/ or obj/) exists only once built.
    private static bool IsBuildOutput(string path) => path.Split('/').Any(part => part is "bin" or "obj");

    // A path the command itself creates (an --out or -o destination) need not exist beforehand.
    private static bool IsOutput(string code, string path) => Regex.IsMatch(code, @"(--out|-o|>)\s+" + Regex.Escape(path), RegexOptions.CultureInvariant);

    /// <summary>The commands of a shell block: its lines without comments, blank lines and trailing spaces.</summary>
    private static IEnumerable<string> Commands(string code) =>
        code.Split('\n').Select(l => Regex.Replace(l, @"(^|\s+)#.*$", string.Empty, RegexOptions.CultureInvariant).Trim()).Where(l => l.Length > 0);

    private static string CiScripts(string root) =>
        string.Join("\n", new[] { Path.Combine(root, ".ci", "run") }.Concat(Directory.GetFiles(Path.Combine(root, "eng"), "*.sh")).Select(File.ReadAllText));

    private static List<string[]> CompiledSources(string root) =>
        SourceFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => Lines(File.ReadAllText(path)))
            .ToList();

    private static string Unindent(string code, int indent) =>
        indent == 0 ? code : string.Join("\n", code.Split('\n').Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));

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
