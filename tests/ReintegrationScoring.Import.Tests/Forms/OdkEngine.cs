using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReintegrationScoring.Tests.Shared;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>
/// ODK's own form engine (<c>@getodk/xforms-engine</c>, pinned in OdkEngine/package-lock.json), run by Node.js on
/// OdkEngine/fill-form.mjs: loads an XForm, lists its questions in every language, fills it in, serializes the submission.
/// </summary>
internal static class OdkEngine
{
    private const string RelativeFolder = "tests/ReintegrationScoring.Import.Tests/Forms/OdkEngine";

    private static readonly Lazy<string?> MissingText = new(FindMissing);

    public static string Folder => Path.Combine(RepositoryFiles.Root, RelativeFolder);

    /// <summary>What is missing to run the engine, with how to install it; null when it can run.</summary>
    public static string? Missing => MissingText.Value;

    public static EngineRun Fill(string xform, IReadOnlyDictionary<string, string> answers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rss-odk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var formPath = Path.Combine(folder, "form.xml");
            var answersPath = Path.Combine(folder, "answers.json");
            File.WriteAllText(formPath, xform);
            File.WriteAllText(answersPath, JsonSerializer.Serialize(answers));
            var run = ExternalTool.TryRun("node", new[] { "fill-form.mjs", formPath, answersPath }, Folder)
                ?? throw new InvalidOperationException(Missing ?? "node did not start");
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException("The ODK engine refused the form:\n" + run);
            }

            return JsonSerializer.Deserialize<EngineRun>(run.Output, ExternalTool.Json)!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindMissing()
    {
        var version = ExternalTool.TryRun("node", new[] { "--version" });
        if (version is null || version.ExitCode != 0)
        {
            return "Node.js is not installed. On Debian/Ubuntu: `sudo apt-get install nodejs npm` (ODK's engine needs Node >= 20.19), "
                + $"then `npm ci --prefix {RelativeFolder}`.";
        }

        var parts = version.Output.Trim().TrimStart('v').Split('.').Select(int.Parse).ToArray();
        if (parts[0] < 20 || (parts[0] == 20 && parts[1] < 19))
        {
            return $"Node.js {version.Output.Trim()} is too old for ODK's engine (it needs >= 20.19).";
        }

        return Directory.Exists(Path.Combine(Folder, "node_modules", "@getodk", "xforms-engine"))
            ? null
            : $"ODK's form engine is not installed: run `npm ci --prefix {RelativeFolder}`.";
    }
}

/// <summary>What fill-form.mjs reports.</summary>
internal sealed record EngineRun(
    IReadOnlyList<EngineLanguage> Languages,
    IReadOnlyList<EngineQuestion> Questions,
    IReadOnlyList<EngineViolation> ViolationsBefore,
    IReadOnlyList<EngineViolation> ViolationsAfter,
    string Status,
    string Submission);

internal sealed record EngineLanguage(string Language, bool IsDefault);

internal sealed record EngineQuestion(
    string Path,
    string NodeType,
    bool Required,
    bool Relevant,
    IReadOnlyDictionary<string, string?> Labels,
    IReadOnlyDictionary<string, string?> Hints,
    IReadOnlyList<EngineOption> Options);

internal sealed record EngineOption(string Value, IReadOnlyDictionary<string, string> Labels);

internal sealed record EngineViolation(string Path, string Condition, string? Message);
