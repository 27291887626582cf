using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Analysis.Sensitivity;
using ReintegrationScoring.Cli.Cohorts;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss sensitivity INPUT [scoring options] [--by COL[,COL…]] [--round ROUND] [--draws N] [--noise F] [--seed S]
/// [--draws-out FILE] [--format csv|json|markdown] [--out F]</c>: how far group means and ranks depend on the weights
/// (docs/sensitivity.md). Outputs are committed together through <see cref="CommandFiles"/>.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(CliContext context)
    {
        // The scoring, reading and output options are the cohort commands' (rss summarize, progress, needs, report).
        var options = new CohortCommandOptions();
        var (input, weights, missing, minimumCoverage, by) = (options.Input, options.Weights, options.Missing, options.MinimumCoverage, options.By);
        var round = new Option<string?>("--round") { Description = "Only this round: initial, intermediate or final (default: every round).", HelpName = "ROUND" };
        round.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, MonitoringRounds.All.Select(r => r.ToCode()).ToArray());
        var draws = new Option<int>("--draws")
        {
            Description = "The number of perturbed weight sets N.",
            DefaultValueFactory = _ => SensitivitySettings.DefaultDraws,
            CustomParser = r => (int)ParseNumber(r, "--draws", 1, SensitivitySettings.MaxDraws, true, $"a whole number in [1, {SensitivitySettings.MaxDraws}]", integer: true),
            HelpName = "N",
        };
        var noise = new Option<double>("--noise")
        {
            Description = "The noise factor F: each weight is multiplied by 1 + F·u, u uniform on [−1, 1], then rescaled.",
            DefaultValueFactory = _ => SensitivitySettings.DefaultNoise,
            CustomParser = r => ParseNumber(r, "--noise", 0, 1, false, "a number in [0, 1), e.g. 0.25"),
            HelpName = "F",
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "The seed of the draws: the same seed gives the same draws on every machine.",
            DefaultValueFactory = _ => SensitivitySettings.DefaultSeed,
            CustomParser = ParseSeed,
            HelpName = "S",
        };
        var drawsOut = new Option<string?>("--draws-out") { Description = "Also write the drawn weight sets to FILE (draw,measure,dimensional,composite), to recompute the figures independently.", HelpName = "FILE" };
        var (format, output) = (options.Format, options.Output);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line and no summary on standard error." };
        var command = new Command("sensitivity", "Weight sensitivity: group means and ranks under perturbed weights (percentiles, top share, rank stability).")
        {
            input, weights, missing, minimumCoverage, by, round, draws, noise, seed, drawsOut, format, output, quiet,
        };
        var reading = options.Reading;
        reading.AddTo(command);
        command.SetAction(parsed => Execute(context, reading.Read(parsed), new SensitivityCommandRequest(
            parsed.GetValue(input)!,
            parsed.GetValue(weights)!,
            MissingAnswerPolicies.TryParse(parsed.GetValue(missing), out var policy) ? policy : MissingAnswerPolicy.Strict,
            parsed.GetValue(minimumCoverage),
            ScoreInputOptions.GroupColumns(parsed.GetValue(by)),
            MonitoringRounds.TryParse(parsed.GetValue(round)?.ToLowerInvariant(), out var only) ? only : null,
            new SensitivitySettings(parsed.GetValue(draws), parsed.GetValue(noise), parsed.GetValue(seed)),
            parsed.GetValue(drawsOut),
            parsed.GetValue(format)!.ToLowerInvariant(),
            parsed.GetValue(output),
            parsed.GetValue(quiet),
            parsed.GetResult(weights) is { Implicit: false })));
        return command.WithExamples(
            ("Country ranks under ±25 % weights, 1000 draws:", "rss sensitivity survey.csv --by country --out sensitivity.csv"),
            ("The final round only, with the stability of the ranks, as Markdown:", "rss sensitivity survey.csv --by country --round final --format markdown"),
            ("Keep the drawn weights to recompute the figures elsewhere:", "rss sensitivity survey.csv --by country --draws-out draws.csv --out sensitivity.csv"));
    }

    private static int Execute(CliContext context, ReadingRequest reading, SensitivityCommandRequest request)
    {
        var progress = new SensitivityProgressLine(context.Error, context.IsErrorTerminal, request.Quiet, context.Time);
        using var files = context.OpenFiles();
        var catalog = reading.LoadCatalog(files, request.WeightsGiven);
        var weightSet = WeightSetFile.Load(files, request.Weights, catalog);
        var settings = reading.ToScoreInput(files, catalog);
        var options = new ScoringOptions { MissingAnswerPolicy = request.Policy, MinimumCoverage = request.MinimumCoverage };
        var analysis = new SensitivityRequest(weightSet, options, request.GroupBy, request.Round, request.Settings);
        var stream = files.OpenInput(request.Input, "input file");
        var outputs = files.CreateOutputs(
            new OutputRequest(request.Output, "--out"),
            request.DrawsOut is null ? null : new OutputRequest(request.DrawsOut, "--draws-out"));
        var (figures, drawsFile) = (outputs[0]!, outputs[1]);
        var inputName = request.Input == "-" ? context.StandardInput.Name : request.Input;

        var reader = new SensitivityInput(new ScoringEngine(weightSet, options), request.GroupBy, settings);
        var accumulator = new SensitivityAccumulator(analysis);
        foreach (var row in reader.ReadRows(stream, inputName, context.Cancellation))
        {
            // The accumulator needs no scored survey: its answers and group are enough (and far cheaper per row).
            accumulator.Add(row.Round, row.Group, row.Answers);
            if ((reader.Rows & 0x3FFF) == 0)
            {
                progress.Rows(reader.Rows);
            }
        }

        var result = progress.Analyze(() => accumulator.Analyze(progress, context.Cancellation), inputName);

        foreach (var error in reader.Errors)
        {
            context.Error.WriteLine($"rss: warning: {inputName}: {error}");
        }

        if (reader.ErrorRows > reader.Errors.Count)
        {
            context.Error.WriteLine($"rss: warning: {inputName}: {reader.ErrorRows - reader.Errors.Count} more error rows");
        }

        var facts = new SensitivityRunFacts(reader.Rows, reader.ErrorRows);
        switch (request.Format)
        {
            case "json":
                SensitivityWriter.WriteJson(figures.Writer, result, facts);
                break;
            case "markdown":
                SensitivityWriter.WriteMarkdown(figures.Writer, result, facts);
                break;
            default:
                SensitivityWriter.WriteCsv(figures.Writer, result, figures.Formulas);
                break;
        }

        if (drawsFile is not null)
        {
            SensitivityWriter.WriteDraws(drawsFile.Writer, result.Draws);
        }

        files.Commit();
        if (!request.Quiet)
        {
            context.Error.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "rss: {0}: {1} rows: {2} analysed, {3}{4} error; {5} draws ({6:0.00} s)",
                inputName,
                reader.Rows,
                result.Surveys,
                request.Round is { } only ? $"{reader.Rows - reader.ErrorRows - result.Surveys} of other rounds than {only.ToCode()}, " : string.Empty,
                reader.ErrorRows,
                request.Settings.Draws,
                progress.Elapsed.TotalSeconds));
        }

        return reader.ErrorRows > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }

    private static double ParseNumber(ArgumentResult result, string name, double low, double high, bool highIncluded, string expected, bool integer = false)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(token, integer ? NumberStyles.Integer : NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= low && (highIncluded ? value <= high : value < high))
        {
            return value;
        }

        result.AddError($"{name} expects {expected}.");
        return low;
    }

    private static ulong ParseSeed(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (ulong.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError("--seed expects a whole number in [0, 18446744073709551615].");
        return 0;
    }

    private sealed record SensitivityCommandRequest(
        string Input,
        string Weights,
        MissingAnswerPolicy Policy,
        double MinimumCoverage,
        IReadOnlyList<string> GroupBy,
        MonitoringRound? Round,
        SensitivitySettings Settings,
        string? DrawsOut,
        string Format,
        string? Output,
        bool Quiet,
        bool WeightsGiven);
}
