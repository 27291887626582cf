using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss score INPUT [--weights …] [--missing …] [--min-coverage X] [--out FILE] [--explain FILE] [--quiet]</c>:
/// one output row per input row, in input order. Output files are written to temporary files in their folders and
/// moved into place only when the run succeeds (exit 0 or 1).
/// </summary>
internal static class ScoreCommand
{
    private const int WriteBufferSize = 1 << 16;

    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT")
        {
            Description = "The survey export: UTF-8 CSV with a header row naming respondent_id, round and every measure code.",
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
        var output = new Option<string?>("--out", "-o") { Description = "Write the scores to FILE instead of standard output.", HelpName = "FILE" };
        var explain = new Option<string?>("--explain")
        {
            Description = "Also write FILE: one row per input row and measure, with points, weights and contributions.",
            HelpName = "FILE",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line and no summary on standard error." };
        var command = new Command("score", "Score a survey CSV: economic, social, psychosocial and composite scores per row.")
        {
            input,
            weights,
            missing,
            minimumCoverage,
            output,
            explain,
            quiet,
        };
        command.SetAction(parsed => Execute(context, new ScoreRequest(
            parsed.GetValue(input)!,
            parsed.GetValue(weights)!,
            MissingAnswerPolicies.TryParse(parsed.GetValue(missing), out var policy) ? policy : MissingAnswerPolicy.Strict,
            parsed.GetValue(minimumCoverage),
            parsed.GetValue(output),
            parsed.GetValue(explain),
            parsed.GetValue(quiet))));
        return command;
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

    private static int Execute(CliContext context, ScoreRequest request)
    {
        var reporter = new RunReporter(context.Error, request.Quiet, context.IsErrorTerminal, context.Time);
        var weightSet = WeightSetFile.Load(request.Weights, RssCatalog.Default);
        var engine = new ScoringEngine(weightSet, new ScoringOptions
        {
            MissingAnswerPolicy = request.Policy,
            MinimumCoverage = request.MinimumCoverage,
        });
        CheckPaths(request);
        using var input = InputFile.Open(request.Input, "input file");
        using var outputFile = request.Output is null ? null : AtomicFile.Create(request.Output);
        using var explanationFile = request.Explanation is null ? null : AtomicFile.Create(request.Explanation);
        ScoreSummary summary;
        using (var output = new StreamWriter(outputFile?.Stream ?? context.StandardOutput, RssApp.Utf8, WriteBufferSize, leaveOpen: true))
        using (var explanation = explanationFile is null ? null : new StreamWriter(explanationFile.Stream, RssApp.Utf8, WriteBufferSize, leaveOpen: true))
        {
            summary = new ScorePipeline(engine).Run(input, request.Input, output, explanation, reporter, context.Cancellation);
        }

        outputFile?.Commit();
        explanationFile?.Commit();
        reporter.Finish(request.Input, summary with { Elapsed = reporter.Elapsed });
        return summary.Error > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }

    /// <summary>Refuses an output that would overwrite the input, or two outputs that are the same file.</summary>
    private static void CheckPaths(ScoreRequest request)
    {
        var input = Path.GetFullPath(request.Input);
        var output = request.Output is null ? null : Path.GetFullPath(request.Output);
        var explanation = request.Explanation is null ? null : Path.GetFullPath(request.Explanation);
        if (output is not null && SamePath(output, input))
        {
            throw new CliException($"{request.Output}: --out names the input file; choose another file");
        }

        if (explanation is not null && SamePath(explanation, input))
        {
            throw new CliException($"{request.Explanation}: --explain names the input file; choose another file");
        }

        if (output is not null && explanation is not null && SamePath(output, explanation))
        {
            throw new CliException($"{request.Explanation}: --explain and --out name the same file");
        }
    }

    private static bool SamePath(string left, string right) =>
        string.Equals(left, right, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private sealed record ScoreRequest(
        string Input,
        string Weights,
        MissingAnswerPolicy Policy,
        double MinimumCoverage,
        string? Output,
        string? Explanation,
        bool Quiet);
}
