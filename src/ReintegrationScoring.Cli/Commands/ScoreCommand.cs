using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss score INPUT [--weights …] [--missing …] [--min-coverage X] [--out FILE] [--explain FILE]
/// [--neutralize-formulas] [--quiet]</c>: one output row per input row, in input order. Files are read and written
/// through <see cref="CommandFiles"/>: output files are committed together, only when the run ends with exit 0 or 1.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT")
        {
            Description = "The survey export: CSV (comma, semicolon or tab), XLSX, JSON or JSON Lines, with respondent_id, round and every measure code (or their labels, group paths, or a --map); - for standard input.",
        };
        var weights = new Option<string>("--weights")
        {
            Description = "A built-in weight set (equal-by-indicator) or a weight-set JSON file.",
            DefaultValueFactory = _ => BuiltInWeightSets.EqualByIndicatorId,
            HelpName = "equal-by-indicator|FILE",
        };
        var missing = new Option<string>("--missing")
        {
            Description = "How missing answers (empty, dont_know, refused) are handled: strict leaves the score empty; renormalize rescales the answered weights when coverage allows; zero counts them as 0 points.",
            DefaultValueFactory = _ => MissingAnswerPolicy.Strict.ToCode(),
        };
        missing.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, MissingAnswerPolicies.All.Select(p => p.ToCode()).ToArray());
        var minimumCoverage = new Option<double>("--min-coverage")
        {
            Description = "With --missing renormalize: the least answered share of a score's weight, in [0, 1].",
            DefaultValueFactory = _ => ScoringOptions.DefaultMinimumCoverage,
            CustomParser = ParseShare,
            HelpName = "X",
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write the scores to FILE instead of standard output (- for standard output).", HelpName = "FILE" };
        var explain = new Option<string?>("--explain")
        {
            Description = "Also write FILE: one row per input row and measure, with points, weights and contributions.",
            HelpName = "FILE",
        };
        var neutralizeFormulas = new Option<bool>("--neutralize-formulas")
        {
            Description = "Prefix respondent ids that start with =, +, -, @, tab or carriage return with ' so that a spreadsheet shows them as text instead of running them (for files people open in Excel).",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line and no summary on standard error." };
        var reading = ScoreInputOptions.Create();
        var format = new Option<string>("--format")
        {
            Description = "The scores as CSV (one row per input row) or JSON Lines in the score-result format (docs/json-formats.md).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "csv", "jsonl");
        var keep = new Option<string?>("--keep")
        {
            Description = "Append these input columns (comma-separated, matched ignoring case) after detail, one value per row, e.g. --keep country,sex.",
            HelpName = "COL[,COL...]",
        };
        var command = new Command("score", "Score a survey CSV: economic, social, psychosocial and composite scores per row.")
        {
            input,
            weights,
            missing,
            minimumCoverage,
            output,
            explain,
            neutralizeFormulas,
            quiet,
            format,
            keep,
        };
        reading.AddTo(command);
        command.SetAction(parsed => Execute(context, reading.Read(parsed), new ScoreRequest(
            parsed.GetValue(input)!,
            parsed.GetValue(weights)!,
            MissingAnswerPolicies.TryParse(parsed.GetValue(missing), out var policy) ? policy : MissingAnswerPolicy.Strict,
            parsed.GetValue(minimumCoverage),
            parsed.GetValue(output),
            parsed.GetValue(explain),
            parsed.GetValue(neutralizeFormulas),
            parsed.GetValue(quiet),
            parsed.GetResult(weights) is { Implicit: false },
            string.Equals(parsed.GetValue(format), "jsonl", StringComparison.OrdinalIgnoreCase),
            ScoreInputOptions.SplitColumns(parsed.GetValue(keep)))));
        return command.WithExamples(
            ("Score into a file, with a summary on standard error:", "rss score survey.csv --out scores.csv"),
            ("Score missing answers from the answered measures (at least 80 % of each score's weight):", "rss score survey.csv --missing renormalize --min-coverage 0.8 --out scores.csv"),
            ("Also explain every score, measure by measure:", "rss score survey.csv --out scores.csv --explain explain.csv"),
            ("Read standard input, and write a file people will open in a spreadsheet:", "some-export | rss score - --neutralize-formulas --out for-review.csv"),
            ("Score a KoboToolbox export in Windows-1252, keeping two of its columns:", "rss score export.csv --encoding windows-1252 --keep country,sex --out scores.csv"),
            ("Score a programme's own form through a mapping file:", "rss score export.xlsx --map mapping.json --out scores.csv"));
    }

    private static double ParseShare(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 1)
        {
            return value;
        }

        result.AddError("--min-coverage expects a number in [0, 1], e.g. 0.75.");
        return 0;
    }

    private static int Execute(CliContext context, ReadingRequest reading, ScoreRequest request)
    {
        var reporter = new RunReporter(context.Error, request.Quiet, context.IsErrorTerminal, context.Time);
        using var files = context.OpenFiles();
        if (request.Jsonl && (request.Keep is not null || request.Explanation is not null))
        {
            throw new CliException($"{(request.Keep is not null ? "--keep" : "--explain")} works with --format csv only");
        }

        var catalog = reading.LoadCatalog(files, request.WeightsGiven);
        var weightSet = WeightSetFile.Load(files, request.Weights, catalog);
        var engine = new ScoringEngine(weightSet, new ScoringOptions
        {
            MissingAnswerPolicy = request.Policy,
            MinimumCoverage = request.MinimumCoverage,
        });
        var settings = reading.ToScoreInput(files, catalog) with { Keep = request.Keep };
        var input = files.OpenInput(request.Input, "input file");
        var outputs = files.CreateOutputs(
            new OutputRequest(request.Output, "--out"),
            request.Explanation is null ? null : new OutputRequest(request.Explanation, "--explain"));
        var (scores, explanation) = (outputs[0]!, outputs[1]);
        var inputName = request.Input == "-" ? context.StandardInput.Name : request.Input;
        var formulas = request.NeutralizeFormulas ? FormulaPolicy.Neutralize : scores.Formulas;
        ScoreSummary summary;
        try
        {
            summary = request.Jsonl
                ? new JsonLinesScorer(engine).Run(input, inputName, scores.Writer, reporter, settings, context.Cancellation)
                : new ScorePipeline(engine, formulas: formulas).Run(input, inputName, scores.Writer, explanation?.Writer, reporter, settings, context.Cancellation);
            files.Commit();
        }
        catch (OutputException e) when (scores.IsStream && e.Output == scores.Name)
        {
            reporter.Stopped(inputName, scores.Name, e.Failure == OutputFailure.BrokenPipe);
            throw;
        }

        reporter.Finish(inputName, summary with { Elapsed = reporter.Elapsed });
        if (request.Policy == MissingAnswerPolicy.Strict && summary.Incomplete * 2 > summary.Rows)
        {
            reporter.Note(string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.Incomplete} of {summary.Rows} rows are incomplete: --missing strict leaves a score empty when any of its answers is missing. --missing renormalize would score the rows whose answers carry at least {request.MinimumCoverage:0.##} of each score's weight (--min-coverage), --missing zero every row whose only gap is missing answers, counted as 0 points (docs/missing-answers.md)."));
        }

        return summary.Error > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }

    private sealed record ScoreRequest(
        string Input,
        string Weights,
        MissingAnswerPolicy Policy,
        double MinimumCoverage,
        string? Output,
        string? Explanation,
        bool NeutralizeFormulas,
        bool Quiet,
        bool WeightsGiven,
        bool Jsonl,
        IReadOnlyList<string>? Keep);
}
