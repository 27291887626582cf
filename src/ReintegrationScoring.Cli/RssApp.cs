using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using ReintegrationScoring.Cli.Commands;
using ReintegrationScoring.Cli.Files;

namespace ReintegrationScoring.Cli;

/// <summary>
/// The <c>rss</c> command line: parses the arguments (System.CommandLine, with generated help and examples), runs the
/// command, and turns every failure into one message on standard error and its exit code (<see cref="ExitCodes"/>).
/// </summary>
internal static class RssApp
{
    public const string Name = "rss";

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand(
            "Scores IOM Reintegration Sustainability Survey (RSS) exports: three dimension scores and a composite per survey, nothing lost.")
        {
            CatalogCommand.Create(context),
            WeightsCommand.Create(context),
            ScoreCommand.Create(context),
            SensitivityCommand.Create(context),
            FormCommand.Create(context),
            SummarizeCommand.Create(context),
            ProgressCommand.Create(context),
            NeedsCommand.Create(context),
            ReportCommand.Create(context),
            MapCommand.Create(context),
        };
        root.HelpName = Name;
        root.WithExamples(
            ("Score a survey export into a file (one row per survey, nothing dropped):", "rss score survey.csv --out scores.csv"),
            ("Score missing answers from the answered measures, and explain every score:", "rss score survey.csv --missing renormalize --out scores.csv --explain explain.csv"),
            ("List the measures and their answer options:", "rss catalog --format markdown"));
        CommandHelp.AddExamplesSection(root);
        try
        {
            if (args.Count == 0)
            {
                // No command: the help, and a usage error's exit code, since nothing was done.
                Invoke(root.Parse(["--help"]), context);
                return ExitCodes.UsageOrConfiguration;
            }

            var parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                ReportParseErrors(parsed, context.Error);
                return ExitCodes.UsageOrConfiguration;
            }

            return Invoke(parsed, context);
        }
        catch (CliException e)
        {
            foreach (var line in e.Lines)
            {
                context.Error.WriteLine($"{Name}: error: {line}");
            }

            return ExitCodes.UsageOrConfiguration;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            if (context.Interruption.TryConclude())
            {
                context.Error.WriteLine($"{Name}: interrupted ({context.Interruption.SignalName}); {OutputException.NothingChanged}");
            }

            return context.Interruption.ExitCode;
        }
        catch (OutputException e)
        {
            // A reader that stops reading (| head) is not an error to report, as for any program ended by SIGPIPE.
            if (e.Failure != OutputFailure.BrokenPipe)
            {
                context.Error.WriteLine($"{Name}: error: {e.Message}; {e.Consequence}");
            }

            return e.ExitCode;
        }
        catch (IOException e)
        {
            // Reading failed mid-way: the system's message names the file, not its content.
            context.Error.WriteLine($"{Name}: error: {e.Message}; {OutputException.NothingChanged}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or ArgumentException or FormatException or UnauthorizedAccessException or NotSupportedException)
        {
            // A fault the tool does not expect: its message could quote input, so only its type is shown.
            context.Error.WriteLine($"{Name}: error: unexpected {e.GetType().Name}; {OutputException.NothingChanged}. Please report it.");
            return ExitCodes.UsageOrConfiguration;
        }
    }

    private static int Invoke(ParseResult parsed, CliContext context)
    {
        var configuration = new InvocationConfiguration { Output = TextWriter.Null, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (!CommandHelp.WritesHelpOrVersion(parsed))
        {
            // A command: it opens its own files.
            return parsed.Invoke(configuration);
        }

        // Help and --version write to standard output like any command, so a closed or broken stdout is reported the same way.
        using var files = context.OpenFiles();
        var output = files.CreateOutputs(OutputRequest.StandardOutput())[0]!;
        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = output.Writer, Error = context.Error, EnableDefaultExceptionHandler = false });
        files.Commit();
        return exitCode;
    }

    private static void ReportParseErrors(ParseResult parsed, TextWriter error)
    {
        foreach (var problem in parsed.Errors)
        {
            error.WriteLine($"{Name}: error: {problem.Message}");
        }

        var command = parsed.CommandResult.Command;
        foreach (var token in parsed.UnmatchedTokens)
        {
            var names = CommandHelp.NamesAfter(command).Where(n => n.StartsWith('-') == token.StartsWith('-'));
            if (ClosestName.Find(token, names) is { } suggestion)
            {
                error.WriteLine($"{Name}: did you mean '{suggestion}' instead of '{token}'?");
            }
        }

        error.WriteLine($"Run '{CommandPath(parsed)} --help' for usage.");
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult command; result = command.Parent)
        {
            names.Insert(0, command.Parent is null ? Name : command.Command.Name);
        }

        return string.Join(' ', names);
    }
}
