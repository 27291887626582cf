using System;
using System.CommandLine;
using System.IO;
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
        return command;
    }

    private static Command CreateValidate(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The weight-set JSON file." };
        var command = new Command("validate", "Check a weight-set file: exit 0 with its id and version, or exit 1 with one line per problem.")
        {
            file,
        };
        command.SetAction(parsed => Validate(context, parsed.GetValue(file)!));
        return command;
    }

    private static int Show(CliContext context, string set, string format)
    {
        var weightSet = WeightSetFile.Load(set, RssCatalog.Default);
        if (format == "json")
        {
            WeightSetJson.Write(context.StandardOutput, weightSet);
            context.StandardOutput.WriteByte((byte)'\n');
            context.StandardOutput.Flush();
            return ExitCodes.Success;
        }

        using var writer = new StreamWriter(context.StandardOutput, RssApp.Utf8, 1 << 16, leaveOpen: true);
        WeightSetWriter.WriteCsv(writer, weightSet);
        return ExitCodes.Success;
    }

    private static int Validate(CliContext context, string path)
    {
        var weightSet = WeightSetFile.Read(path, RssCatalog.Default, out var problems);
        if (weightSet is null)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine(problem);
            }

            return ExitCodes.DataProblems;
        }

        using var writer = new StreamWriter(context.StandardOutput, RssApp.Utf8, 1024, leaveOpen: true);
        writer.Write($"{path}: valid weight set {weightSet.Id}, version {weightSet.Version}\n");
        return ExitCodes.Success;
    }
}
