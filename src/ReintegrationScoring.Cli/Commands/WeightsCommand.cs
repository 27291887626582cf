using System;
using System.CommandLine;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss weights show [--set equal-by-indicator|FILE] [--format csv|json]</c> and <c>rss weights validate FILE</c>.
/// </summary>
internal static class WeightsCommand
{
    public static Command Create(CliContext context) =>
        new("weights", "Show a weight set, or check a weight-set JSON file against the catalog's rules.")
        {
            CreateShow(context),
            CreateValidate(context),
        };

    private static Command CreateShow(CliContext context)
    {
        var set = new Option<string>("--set")
        {
            Description = "A built-in weight set (equal-by-indicator) or a weight-set JSON file.",
            DefaultValueFactory = _ => BuiltInWeightSets.EqualByIndicatorId,
            HelpName = "equal-by-indicator|FILE",
        };
        var format = new Option<string>("--format")
        {
            Description = "csv: one row per measure; json: the weight-set exchange format (the input of --weights).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "csv", "json");
        var command = new Command("show", "Print the dimensional and composite weight of every measure.") { set, format };
        command.SetAction(parsed => Show(context, parsed.GetValue(set)!, parsed.GetValue(format)!.ToLowerInvariant()));
        return command.WithExamples(("Start a custom weight set from the default one:", "rss weights show --format json > my-weights.json"));
    }

    private static Command CreateValidate(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The weight-set JSON file." };
        var command = new Command("validate", "Check a weight-set file: exit 0 with its id and version, or exit 1 with one line per problem.")
        {
            file,
        };
        command.SetAction(parsed => Validate(context, parsed.GetValue(file)!));
        return command.WithExamples(("Check a weight set before scoring with it:", "rss weights validate my-weights.json"));
    }

    private static int Show(CliContext context, string set, string format)
    {
        using var files = context.OpenFiles();
        var weightSet = WeightSetFile.Load(files, set, RssCatalog.Default);
        var output = files.CreateOutputs(OutputRequest.StandardOutput())[0]!;
        if (format == "json")
        {
            WeightSetJson.Write(output.Stream, weightSet);
            output.Stream.WriteByte((byte)'\n');
        }
        else
        {
            WeightSetWriter.WriteCsv(output.Writer, weightSet);
        }

        files.Commit();
        return ExitCodes.Success;
    }

    private static int Validate(CliContext context, string path)
    {
        using var files = context.OpenFiles();
        var weightSet = WeightSetFile.Read(files, path, RssCatalog.Default, out var problems);
        if (weightSet is null)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine(problem);
            }

            return ExitCodes.DataProblems;
        }

        var output = files.CreateOutputs(OutputRequest.StandardOutput())[0]!;
        output.Writer.Write(MessageWriter.Escape($"{path}: valid weight set {weightSet.Id}, version {weightSet.Version}") + "\n");
        files.Commit();
        return ExitCodes.Success;
    }
}
