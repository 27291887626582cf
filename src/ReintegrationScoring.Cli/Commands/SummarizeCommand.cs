using System.CommandLine;
using ReintegrationScoring.Cli.Cohorts;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss summarize INPUT [scoring options] [--by COL[,COL…]] [--threshold T] [--format csv|json|markdown] [--out F]</c>:
/// the four scores summarized by round and group (docs/analysis.md).
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create(CliContext context)
    {
        var options = new CohortCommandOptions();
        var threshold = CohortCommandOptions.Threshold("Also report the share of scores strictly below T, in [0, 1] (the source sets no threshold: it is your choice).", required: false);
        var command = new Command("summarize", "Summarize the scores by round and group: surveys, scored, mean, sd, 95 % t interval, quartiles, share below a threshold.");
        options.AddTo(command);
        command.Add(threshold);
        command.SetAction(parsed =>
        {
            var attributes = options.Attributes(parsed);
            return CohortRun.Execute(context, parsed, options, attributes, engine => new SummaryAnalysis(engine, attributes, parsed.GetValue(threshold)));
        });
        return command.WithExamples(
            ("Mean scores by round and country:", "rss summarize survey.csv --by country"),
            ("By country and sex, with the share below 0.5, as Markdown:", "rss summarize survey.csv --by country,sex --threshold 0.5 --format markdown"));
    }
}
