using System;
using System.CommandLine;
using ReintegrationScoring.Cli.Cohorts;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss needs INPUT --threshold T [--round ROUND] [scoring options] [--format …] [--out F]</c>: per survey, the
/// dimensions below T and the weakest one, for case workers (docs/analysis.md).
/// </summary>
internal static class NeedsCommand
{
    public static Command Create(CliContext context)
    {
        var options = new CohortCommandOptions();
        var threshold = CohortCommandOptions.Threshold("The dimensions strictly below T, in [0, 1], are listed (your choice: the source sets none).", required: true);
        var round = new Option<MonitoringRound?>("--round")
        {
            Description = "Only surveys of this round (initial, intermediate or final); error rows are always kept.",
            CustomParser = r => CohortCommandOptions.ParseRound(r, "--round"),
            HelpName = "ROUND",
        };
        var command = new Command("needs", "Per survey: the dimensions below a threshold and the weakest dimension, for case workers after a visit.");
        options.AddTo(command, withBy: false);
        command.Add(threshold);
        command.Add(round);
        command.SetAction(parsed => CohortRun.Execute(
            context,
            parsed,
            options,
            Array.Empty<string>(),
            engine => new NeedsAnalysis(engine, parsed.GetValue(threshold) ?? 0, parsed.GetValue(round))));
        return command.WithExamples(
            ("Needs at the initial visit, dimensions below 0.5:", "rss needs survey.csv --threshold 0.5 --round initial --out needs.csv"));
    }
}
