using System.CommandLine;
using System.Text;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss map init EXPORT [--out FILE] [--delimiter …] [--encoding …] [--id-column …] [--round-column …]
/// [--instrument FILE]</c>: drafts a mapping file from a CSV export's header (docs/mapping.md), listing on standard
/// error the columns it could not match and the required fields no column names.
/// </summary>
internal static class MapCommand
{
    public static Command Create(CliContext context)
    {
        var export = new Argument<string>("EXPORT") { Description = "A CSV export of the programme's form (its header is all that is read); - for standard input." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the mapping to FILE instead of standard output.", HelpName = "FILE" };
        var reading = ScoreInputOptions.Create();
        var init = new Command("init", "Draft a mapping file from an export's header: how each column was matched, and what could not be.") { export, output };
        reading.AddTo(init);
        init.SetAction(parsed => Init(context, parsed.GetValue(export)!, parsed.GetValue(output), reading.Read(parsed)));
        var command = new Command("map", "Mapping files: score a programme's own form (docs/mapping.md).") { init.WithExamples(
            ("Draft a mapping for an export, then edit it and score with it:", "rss map init export.csv --out mapping.json")) };
        return command;
    }

    private static int Init(CliContext context, string exportPath, string? outputPath, ReadingRequest reading)
    {
        using var files = context.OpenFiles();
        var catalog = reading.Instrument is null ? RssCatalog.Default : InstrumentFile.Load(files, reading.Instrument);
        var options = (reading with { Map = null }).ToScoreInput(files, catalog).ToOptions(catalog);
        var input = files.OpenInput(exportPath, "export file");
        var name = exportPath == "-" ? context.StandardInput.Name : exportPath;
        MappingScaffold scaffold;
        try
        {
            scaffold = MappingScaffold.FromCsvHeader(input, name, options);
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems, e);
        }

        var target = files.CreateOutputs(new OutputRequest(outputPath, "--out"))[0]!;
        var bytes = Encoding.UTF8.GetBytes(scaffold.Json);
        target.Stream.Write(bytes, 0, bytes.Length);
        files.Commit();
        if (scaffold.Unmatched.Count > 0)
        {
            context.Error.WriteLine($"{RssApp.Name}: {name}: not matched ({scaffold.Unmatched.Count}; map them under \"columns\", or leave them out to keep them as attributes): {string.Join(", ", scaffold.Unmatched)}");
        }

        if (scaffold.Missing.Count > 0)
        {
            context.Error.WriteLine($"{RssApp.Name}: {name}: no column for ({scaffold.Missing.Count}): {string.Join(", ", scaffold.Missing)}");
        }

        return ExitCodes.Success;
    }
}
