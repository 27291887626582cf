using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using ReintegrationScoring.Cli.Files;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// The frame of every cohort command: opens the input and the output through <see cref="CommandFiles"/>, feeds each
/// survey to the command's analysis, reports error rows on standard error (line, column, reason; never a value), writes
/// the table and commits. Exit 1 when any row was an error, as for <c>rss score</c>.
/// </summary>
internal static class CohortRun
{
    private const int ErrorsShown = 20;

    public static int Execute(CliContext context, ParseResult parsed, CohortCommandOptions options, IReadOnlyList<string> attributes, Func<ScoringEngine, ICohortAnalysis> analysis)
    {
        using var files = context.OpenFiles();
        var reading = options.Reading.Read(parsed);
        var catalog = reading.LoadCatalog(files, parsed.GetResult(options.Weights) is { Implicit: false });
        var engine = options.Engine(parsed, files, catalog);
        var settings = reading.ToScoreInput(files, catalog);
        var inputPath = parsed.GetValue(options.Input)!;
        var input = files.OpenInput(inputPath, "input file");
        var target = files.CreateOutputs(new OutputRequest(parsed.GetValue(options.Output), "--out"))[0]!;
        var inputName = inputPath == "-" ? context.StandardInput.Name : inputPath;
        var run = analysis(engine);
        var errors = 0;
        using (var cohort = CohortInput.Open(input, inputName, engine, attributes, settings, context.Cancellation))
        {
            foreach (var row in cohort.Rows())
            {
                if (!row.IsError)
                {
                    run.Add(row);
                    continue;
                }

                run.AddError(row);
                if (++errors <= ErrorsShown)
                {
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{RssApp.Name}: {inputName}: line {row.Line}: {row.Problems}"));
                }
            }
        }

        var table = run.Build();
        table.Write(target.Writer, options.FormatOf(parsed), target.Formulas);
        target.Writer.Flush();
        files.Commit();
        foreach (var line in run.Messages)
        {
            context.Error.WriteLine($"{RssApp.Name}: {line}");
        }

        if (errors > 0)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{RssApp.Name}: {inputName}: {errors} error row(s) left out of the figures{(errors > ErrorsShown ? $" (the first {ErrorsShown} are shown)" : string.Empty)}"));
        }

        return errors > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }
}

/// <summary>One cohort command's analysis: fed every survey and error row, then turned into a table.</summary>
internal interface ICohortAnalysis
{
    /// <summary>Lines for standard error after the output is committed.</summary>
    IReadOnlyList<string> Messages { get; }

    /// <summary>Adds a valid row.</summary>
    /// <param name="row">A row that is not an error.</param>
    void Add(in CohortRow row);

    void AddError(CohortRow row);

    CohortTable Build();
}
