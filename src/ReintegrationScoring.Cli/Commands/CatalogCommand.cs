using System;
using System.CommandLine;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss catalog [--format csv|json|markdown] [--lang en|fr]</c>: the measures, their options and points. JSON is the
/// instrument format of <see cref="InstrumentJson"/>, every language included, so it can be edited and read back.
/// </summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "csv: one row per measure and option; json: the instrument format (every language), which can be edited and read back; markdown: a readable table.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "csv", "json", "markdown");
        var language = new Option<string>("--lang")
        {
            Description = "Language of the labels in markdown.",
            DefaultValueFactory = _ => LocalizedText.EnglishTag,
        };
        language.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, LocalizedText.EnglishTag, LocalizedText.FrenchTag);
        var command = new Command("catalog", "List the 30 measures with their dimension, indicator, answer options and points.")
        {
            format,
            language,
        };
        command.SetAction(parsed => Execute(
            context,
            parsed.GetValue(format)!.ToLowerInvariant(),
            parsed.GetValue(language)!.ToLowerInvariant()));
        return command.WithExamples(
            ("The measures as a table, in French:", "rss catalog --format markdown --lang fr"),
            ("The instrument as JSON, to edit and give back:", "rss catalog --format json > instrument.json"));
    }

    private static int Execute(CliContext context, string format, string language)
    {
        var catalog = RssCatalog.Default;
        using var files = context.OpenFiles();
        var output = files.CreateOutputs(OutputRequest.StandardOutput())[0]!;
        switch (format)
        {
            case "json":
                InstrumentJson.Write(output.Stream, catalog);
                output.Stream.WriteByte((byte)'\n');
                break;
            case "markdown":
                CatalogWriter.WriteMarkdown(output.Writer, catalog, language);
                break;
            default:
                CatalogWriter.WriteCsv(output.Writer, catalog);
                break;
        }

        files.Commit();
        return ExitCodes.Success;
    }
}
