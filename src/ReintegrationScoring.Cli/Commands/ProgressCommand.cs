using System.CommandLine;
using ReintegrationScoring.Cli.Cohorts;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss progress INPUT [scoring options] [--from ROUND] [--to ROUND] [--by …] [--min-change D] [--format …] [--out F]</c>:
/// paired change between two rounds by group; left-out respondents and retention on standard error (docs/analysis.md).
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CliContext context)
    {
        var options = new CohortCommandOptions();
        var from = new Option<MonitoringRound?>("--from")
        {
            Description = "The earlier round (default initial).",
            CustomParser = r => CohortCommandOptions.ParseRound(r, "--from"),
            HelpName = "ROUND",
        };
        var to = new Option<MonitoringRound?>("--to")
        {
            Description = "The later round (default final).",
            CustomParser = r => CohortCommandOptions.ParseRound(r, "--to"),
            HelpName = "ROUND",
        };
        var minimumChange = new Option<double>("--min-change")
        {
            Description = "Improved: change > D; declined: change < −D; unchanged: the rest. In [0, 1]; default 0.",
            CustomParser = r => CohortCommandOptions.ParseShare(r, "--min-change"),
            HelpName = "D",
        };
        var command = new Command("progress", "Paired change of the scores between two rounds, by group: pairs, means, mean change, sd, 95 % t interval, shares improved/declined/unchanged.");
        options.AddTo(command);
        command.Add(from);
        command.Add(to);
        command.Add(minimumChange);
        command.SetAction(parsed =>
        {
            var attributes = options.Attributes(parsed);
            var earlier = parsed.GetValue(from) ?? MonitoringRound.Initial;
            var later = parsed.GetValue(to) ?? MonitoringRound.Final;
            if (later <= earlier)
            {
                throw new CliException($"--to ({later.ToCode()}) must be a later round than --from ({earlier.ToCode()})");
            }

            return CohortRun.Execute(context, parsed, options, attributes, engine => new ProgressAnalysis(engine, attributes, earlier, later, parsed.GetValue(minimumChange)));
        });
        return command.WithExamples(
            ("Change from the initial to the final visit, by country:", "rss progress survey.csv --by country"),
            ("Initial to intermediate, counting changes of more than 0.05 only:", "rss progress survey.csv --to intermediate --min-change 0.05"));
    }
}
