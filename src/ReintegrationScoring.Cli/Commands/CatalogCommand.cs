using System;
using System.CommandLine;
using System.IO;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Commands;

/// <summary><c>rss catalog [--format csv|json|markdown] [--lang en|fr]</c>: the measures, their options and points.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "csv: one row per measure and option; json: the whole catalog; markdown: a readable table.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "csv", "json", "markdown");
        var language = new Option<string>("--lang")
        {
            Description = "Language of the labels in json and markdown.",
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
        return command;
    }

    private static int Execute(CliContext context, string format, string language)
    {
        var catalog = RssCatalog.Default;
        if (format == "json")
        {
            CatalogWriter.WriteJson(context.StandardOutput, catalog, language);
            context.StandardOutput.WriteByte((byte)'\n');
            context.StandardOutput.Flush();
            return ExitCodes.Success;
        }

        using var writer = new StreamWriter(context.StandardOutput, RssApp.Utf8, 1 << 16, leaveOpen: true);
        if (format == "markdown")
        {
            CatalogWriter.WriteMarkdown(writer, catalog, language);
        }
        else
        {
            CatalogWriter.WriteCsv(writer, catalog);
        }

        return ExitCodes.Success;
    }
}
