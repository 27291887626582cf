using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Cli.Commands;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>The options the cohort commands share: the scoring and reading options of <c>rss score</c>, --by, --format and --out.</summary>
internal sealed class CohortCommandOptions
{
    public Argument<string> Input { get; } = new("INPUT")
    {
        Description = "The survey export, read as rss score reads it: CSV (comma, semicolon or tab), XLSX, JSON or JSON Lines, with respondent_id, round and every measure code (or their labels, group paths, or a --map); - for standard input.",
    };

    public Option<string> Weights { get; } = new("--weights")
    {
        Description = "A built-in weight set (equal-by-indicator) or a weight-set JSON file.",
        DefaultValueFactory = _ => BuiltInWeightSets.EqualByIndicatorId,
        HelpName = "equal-by-indicator|FILE",
    };

    public Option<string> Missing { get; } = new("--missing")
    {
        Description = "How missing answers are handled, as for rss score: strict, renormalize or zero.",
        DefaultValueFactory = _ => MissingAnswerPolicy.Strict.ToCode(),
    };

    public Option<double> MinimumCoverage { get; } = new("--min-coverage")
    {
        Description = "With --missing renormalize: the least answered share of a score's weight, in [0, 1].",
        DefaultValueFactory = _ => ScoringOptions.DefaultMinimumCoverage,
        CustomParser = r => ParseShare(r, "--min-coverage"),
        HelpName = "X",
    };

    public Option<string?> By { get; } = new("--by")
    {
        Description = "Group by these input columns (comma-separated; names as in the header, any case). An empty value is a group of its own.",
        HelpName = "COL[,COL…]",
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "csv (default), json or markdown; json and markdown also carry the catalog, weight set, policy and threshold.",
        DefaultValueFactory = _ => "csv",
    };

    public Option<string?> Output { get; } = new("--out", "-o") { Description = "Write to FILE instead of standard output.", HelpName = "FILE" };

    /// <summary>The reading options of <c>rss score</c>: --input-format, --delimiter, --encoding, --id-column, --round-column, --map, --instrument.</summary>
    public ScoreInputOptions Reading { get; } = ScoreInputOptions.Create();

    public CohortCommandOptions()
    {
        Missing.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, MissingAnswerPolicies.All.Select(p => p.ToCode()).ToArray());
        Format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "csv", "json", "markdown");
    }

    public static Option<double?> Threshold(string description, bool required) => new("--threshold")
    {
        Description = description,
        CustomParser = r => ParseShare(r, "--threshold"),
        HelpName = "T",
        Required = required,
    };

    public static MonitoringRound? ParseRound(ArgumentResult result, string option)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (MonitoringRounds.TryParse(token, out var round))
        {
            return round;
        }

        result.AddError($"{option} expects initial, intermediate or final.");
        return null;
    }

    public static double ParseShare(ArgumentResult result, string option)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 1)
        {
            return value;
        }

        result.AddError($"{option} expects a number in [0, 1], e.g. 0.5.");
        return 0;
    }

    public void AddTo(Command command, bool withBy = true)
    {
        command.Add(Input);
        command.Add(Weights);
        command.Add(Missing);
        command.Add(MinimumCoverage);
        if (withBy)
        {
            command.Add(By);
        }

        command.Add(Format);
        command.Add(Output);
        Reading.AddTo(command);
    }

    public IReadOnlyList<string> Attributes(ParseResult parsed) => ScoreInputOptions.GroupColumns(parsed.GetValue(By));

    public CohortFormat FormatOf(ParseResult parsed) => parsed.GetValue(Format)!.ToLowerInvariant() switch
    {
        "json" => CohortFormat.Json,
        "markdown" => CohortFormat.Markdown,
        _ => CohortFormat.Csv,
    };

    /// <summary>The engine for the catalog the input answers (<c>--instrument</c>, else the RSS catalog) and its settings.</summary>
    public ScoringEngine Engine(ParseResult parsed, CommandFiles files, Catalog catalog)
    {
        var weightSet = WeightSetFile.Load(files, parsed.GetValue(Weights)!, catalog);
        return new ScoringEngine(weightSet, new ScoringOptions
        {
            MissingAnswerPolicy = MissingAnswerPolicies.TryParse(parsed.GetValue(Missing), out var policy) ? policy : MissingAnswerPolicy.Strict,
            MinimumCoverage = parsed.GetValue(MinimumCoverage),
        });
    }
}
