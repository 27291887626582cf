using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss form [--format xlsform|xform] [--lang en,fr] [--instrument FILE] [--out FILE]</c>: the ready-to-deploy form
/// of the built-in catalog or of a custom instrument, for KoboToolbox and ODK Central.
/// </summary>
internal static class FormCommand
{
    private const string StandardOutput = "-";

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "xlsform: an .xlsx workbook for KoboToolbox or ODK Central; xform: the ODK XForm (XML).",
            DefaultValueFactory = _ => "xlsform",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "xlsform", "xform");
        var languages = new Option<string>("--lang")
        {
            Description = "The form's languages, the default first, comma-separated; a tag, or TAG=Name for a language other than en and fr (ar=العربية).",
            DefaultValueFactory = _ => "en,fr",
            HelpName = "TAG[=Name],…",
        };
        var instrument = new Option<string?>("--instrument")
        {
            Description = "A custom instrument (JSON, docs/json-formats.md) instead of the built-in catalog.",
            HelpName = "FILE",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write, '-' for standard output; by default FORM_ID.xlsx or FORM_ID.xml in the current folder.",
            HelpName = "FILE",
        };
        var command = new Command("form", "Write the survey as a form to deploy on KoboToolbox or ODK Central (XLSForm or XForm).")
        {
            format,
            languages,
            instrument,
            output,
        };
        command.SetAction(parsed => Execute(
            context,
            string.Equals(parsed.GetValue(format), "xform", StringComparison.OrdinalIgnoreCase),
            parsed.GetValue(languages)!,
            parsed.GetValue(instrument),
            parsed.GetValue(output)));
        return command.WithExamples(
            ("The built-in survey as an XLSForm for KoboToolbox or ODK Central (rss-reconstructed.xlsx):", "rss form"),
            ("A custom instrument as an ODK XForm, in French then English:", "rss form --instrument my-instrument.json --format xform --lang fr,en --out my-form.xml"));
    }

    private static int Execute(CliContext context, bool xform, string languages, string? instrument, string? output)
    {
        using var files = context.OpenFiles();
        var catalog = instrument is null ? RssCatalog.Default : InstrumentFile.Load(files, instrument);
        var form = CreateForm(catalog, ParseLanguages(languages));
        var path = output ?? form.FormId + (xform ? ".xml" : ".xlsx");
        var target = files.CreateOutputs(new OutputRequest(path, "--out"))[0]!;
        Write(target.Stream, form, xform);
        files.Commit();

        foreach (var group in form.UntranslatedTexts.GroupBy(t => t[..t.IndexOf(':', StringComparison.Ordinal)]))
        {
            context.Error.WriteLine(
                $"{RssApp.Name}: warning: {group.Count()} texts have no '{group.Key}' version and are written in English: "
                + string.Join(", ", group.Take(5).Select(t => t[(group.Key.Length + 2)..])) + (group.Count() > 5 ? ", …" : string.Empty));
        }

        context.Error.WriteLine(
            $"{RssApp.Name}: {(path == StandardOutput ? "wrote" : $"wrote {path}:")} {(xform ? "XForm" : "XLSForm")} '{form.FormId}' version {form.Version}, "
            + $"{catalog.Measures.Count} measures in {catalog.Dimensions.Count} dimension groups, languages {string.Join(", ", form.Languages.Select(l => l.Header))}");
        return ExitCodes.Success;
    }

    private static void Write(Stream stream, SurveyForm form, bool xform)
    {
        if (xform)
        {
            XFormWriter.Write(stream, form);
        }
        else
        {
            XlsFormWriter.Write(stream, form);
        }
    }

    private static List<FormLanguage> ParseLanguages(string text)
    {
        try
        {
            return text.Split(',').Select(FormLanguage.Parse).ToList();
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--lang: {Reason(e)}", e);
        }
    }

    private static SurveyForm CreateForm(Catalog catalog, List<FormLanguage> languages)
    {
        try
        {
            return SurveyForm.Create(catalog, languages);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{(e.ParamName == "languages" ? "--lang: " : string.Empty)}{Reason(e)}", e);
        }
    }

    /// <summary>The exception's message without the parameter name the runtime appends.</summary>
    private static string Reason(ArgumentException e) => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}
