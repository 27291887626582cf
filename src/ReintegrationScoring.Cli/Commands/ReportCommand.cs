using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using ReintegrationScoring.Cli.Cohorts;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Analysis.Sensitivity;
using ReintegrationScoring.Report;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss report INPUT [scoring options] [--by COL[,COL…]] [--threshold T] [--lang en|fr] [--draws N] [--title TEXT] [--out FILE]</c>:
/// one self-contained HTML page of the cohort (docs/report.md), written atomically, <c>report.html</c> by default. The
/// robustness section ranks the groups of the first --by column under N weight draws (0: no section).
/// </summary>
internal static class ReportCommand
{
    private const int ErrorsShown = 20;

    public static Command Create(CliContext context)
    {
        var options = new CohortCommandOptions();
        var threshold = CohortCommandOptions.Threshold("Also show the share of scores strictly below T at the initial visit, in [0, 1] (the source sets no threshold: it is your choice).", required: false);
        var language = new Option<string>("--lang")
        {
            Description = "The page's language: every label, caption and number format (en or fr).",
            DefaultValueFactory = _ => "en",
            HelpName = "en|fr",
        };
        language.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "en", "fr");
        var draws = new Option<int>("--draws")
        {
            Description = $"Weight draws of the robustness section (groups of the first --by column ranked under ±25 % weights); 0 leaves it out. At most {SensitivitySettings.MaxDraws}.",
            DefaultValueFactory = _ => SensitivitySettings.DefaultDraws,
            CustomParser = ParseDraws,
            HelpName = "N",
        };
        var title = new Option<string?>("--title") { Description = "The page's title (default: Reintegration cohort report, in the page's language).", HelpName = "TEXT" };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The HTML file to write; refuses to overwrite the input.",
            DefaultValueFactory = _ => "report.html",
            HelpName = "FILE",
        };
        var command = new Command("report", "Write one self-contained HTML report of the cohort (charts with their data tables, English or French, offline and printable).")
        {
            options.Input,
            options.Weights,
            options.Missing,
            options.MinimumCoverage,
            options.By,
            threshold,
            language,
            draws,
            title,
            output,
        };
        options.Reading.AddTo(command);
        command.SetAction(parsed => Execute(
            context,
            options,
            parsed,
            parsed.GetValue(threshold),
            string.Equals(parsed.GetValue(language), "fr", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.French : ReportLanguage.English,
            parsed.GetValue(draws),
            parsed.GetValue(title),
            parsed.GetValue(output)!));
        return command.WithExamples(
            ("A report by country, in French, with the share below 0.5 at the first visit:", "rss report survey.csv --by country --threshold 0.5 --lang fr --out rapport.html"),
            ("By country and kind of assistance, with the answered weights renormalized:", "rss report survey.csv --by country,assistance_type --missing renormalize"));
    }

    private static int ParseDraws(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= SensitivitySettings.MaxDraws)
        {
            return value;
        }

        result.AddError($"--draws expects a whole number in [0, {SensitivitySettings.MaxDraws}], e.g. 1000.");
        return 0;
    }

    private static int Execute(CliContext context, CohortCommandOptions options, ParseResult parsed, double? threshold, ReportLanguage language, int draws, string? title, string outputPath)
    {
        var attributes = options.Attributes(parsed);
        using var files = context.OpenFiles();
        var reading = options.Reading.Read(parsed);
        var catalog = reading.LoadCatalog(files, parsed.GetResult(options.Weights) is { Implicit: false });
        var engine = options.Engine(parsed, files, catalog);
        var reader = reading.ToScoreInput(files, catalog);
        var inputPath = parsed.GetValue(options.Input)!;
        var input = files.OpenInput(inputPath, "input file");
        var target = files.CreateOutputs(new OutputRequest(outputPath, "--out"))[0]!;
        var inputName = inputPath == "-" ? context.StandardInput.Name : inputPath;
        var settings = new CohortReportSettings(
            inputPath == "-" ? inputName : Path.GetFileName(inputPath),
            context.Time.GetUtcNow(),
            attributes,
            threshold,
            string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            draws > 0 ? new SensitivitySettings(draws) : null);
        var builder = new CohortReportBuilder(engine, settings);
        var progress = new SensitivityProgressLine(context.Error, context.IsErrorTerminal, quiet: false, context.Time);
        var errors = 0;
        var rows = 0L;
        using (var cohort = CohortInput.Open(input, inputName, engine, attributes, reader, context.Cancellation))
        {
            foreach (var row in cohort.Rows(answers: true))
            {
                if ((++rows & 0x3FFF) == 0)
                {
                    progress.Rows(rows);
                }

                if (!row.IsError)
                {
                    builder.Add(row.RespondentId, row.Round, row.Group!, row.Scores, row.Answers!);
                    continue;
                }

                builder.AddErrorRow();
                if (++errors <= ErrorsShown)
                {
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{RssApp.Name}: {inputName}: line {row.Line}: {row.Problems}"));
                }
            }
        }

        var report = progress.Analyze(() => builder.Build(progress, context.Cancellation), inputName);

        target.Writer.Write(HtmlReportWriter.ToHtml(report, language));
        target.Writer.Flush();
        files.Commit();
        if (errors > 0)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{RssApp.Name}: {inputName}: {errors} error row(s) left out of the figures{(errors > ErrorsShown ? $" (the first {ErrorsShown} are shown)" : string.Empty)}"));
        }

        return errors > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }
}
