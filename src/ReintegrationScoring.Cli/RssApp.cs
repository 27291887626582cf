using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Text;
using ReintegrationScoring.Cli.Commands;

namespace ReintegrationScoring.Cli;

/// <summary>
/// The <c>rss</c> command line: parses the arguments (System.CommandLine, with generated help), runs the command, and
/// turns every usage or configuration error into a message on standard error and exit code 2.
/// </summary>
internal static class RssApp
{
    public const string Name = "rss";

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand(
            "Scores IOM Reintegration Sustainability Survey (RSS) exports: three dimension scores and a composite per survey, nothing lost.")
        {
            CatalogCommand.Create(context),
            WeightsCommand.Create(context),
            ScoreCommand.Create(context),
            FormCommand.Create(context),
        };
        root.HelpName = Name;
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"{Name}: error: {error.Message}");
            }

            context.Error.WriteLine($"Run '{CommandPath(parsed)} --help' for usage.");
            return ExitCodes.UsageOrConfiguration;
        }

        using var help = new StreamWriter(context.StandardOutput, Utf8, 4096, leaveOpen: true);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = help, Error = context.Error, EnableDefaultExceptionHandler = false });
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
            context.Error.WriteLine($"{Name}: interrupted; no output file was written");
            return ExitCodes.Interrupted;
        }
        catch (IOException e)
        {
            // Reading or writing failed mid-way (disk full, closed pipe): the system's message names the file, not its content.
            context.Error.WriteLine($"{Name}: error: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or ArgumentException or FormatException)
        {
            // A fault the tool does not expect: its message could quote input, so only its type is shown.
            context.Error.WriteLine($"{Name}: error: unexpected {e.GetType().Name}; no output file was written. Please report it.");
            return ExitCodes.UsageOrConfiguration;
        }
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
