using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ReintegrationScoring.Cli;

/// <summary>
/// Examples in the generated help: each command lists a few (what it does, then the command line) after its options;
/// a new command adds its own with <see cref="WithExamples"/>.
/// </summary>
internal static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, (string Purpose, string CommandLine)[]> Examples = new();

    /// <summary>Attaches examples to <paramref name="command"/>'s help.</summary>
    /// <param name="command">The command.</param>
    /// <param name="examples">What each example does, and its command line.</param>
    /// <returns>The command.</returns>
    public static TCommand WithExamples<TCommand>(this TCommand command, params (string Purpose, string CommandLine)[] examples)
        where TCommand : Command
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Makes the help of <paramref name="root"/> and its subcommands end with their examples.</summary>
    public static void AddExamplesSection(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new HelpWithExamples(standard);
        }
    }

    /// <summary>Whether <paramref name="parsed"/> asks for help or the version, which write to standard output.</summary>
    public static bool WritesHelpOrVersion(ParseResult parsed)
    {
        var options = parsed.RootCommandResult.Command.Options;
        return parsed.Action is not null
            && (parsed.Action == options.OfType<HelpOption>().Single().Action || parsed.Action == options.OfType<VersionOption>().Single().Action);
    }

    /// <summary>The names and aliases of the subcommands and options that may follow <paramref name="command"/>.</summary>
    public static IEnumerable<string> NamesAfter(Command command)
    {
        foreach (var subcommand in command.Subcommands)
        {
            yield return subcommand.Name;
            foreach (var alias in subcommand.Aliases)
            {
                yield return alias;
            }
        }

        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            foreach (var option in current.Options.Where(o => current == command || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    /// <summary>The generated help, then the command's examples.</summary>
    private sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var (purpose, commandLine) in examples)
                {
                    output.WriteLine($"  {purpose}");
                    output.WriteLine($"    {commandLine}");
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }
}
