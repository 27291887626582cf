using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Cli.Input;

/// <summary>
/// Reads weight sets for the commands: a built-in name (<c>equal-by-indicator</c>) or a JSON file in the weight-set
/// exchange format. Every problem comes back as one line naming the file and the place (JSON path, line and byte, or
/// the measure or dimension with the actual value).
/// </summary>
internal static class WeightSetFile
{
    /// <summary>Resolves a built-in name or reads a file (opened through <paramref name="files"/>, so no output may replace it).</summary>
    /// <exception cref="CliException">The file cannot be read or is not a valid weight set.</exception>
    public static WeightSet Load(CommandFiles files, string nameOrPath, Catalog catalog)
    {
        if (BuiltInWeightSets.TryGet(nameOrPath, catalog, out var builtIn))
        {
            return builtIn;
        }

        var result = Read(files, nameOrPath, catalog, out var problems);
        return result ?? throw new CliException(problems);
    }

    /// <summary>Reads and validates a weight-set file.</summary>
    /// <returns>The weight set, or null with one line per problem.</returns>
    /// <exception cref="CliException">The file cannot be opened.</exception>
    public static WeightSet? Read(CommandFiles files, string path, Catalog catalog, out IReadOnlyList<string> problems)
    {
        var stream = files.OpenInput(path, "weight-set file");
        try
        {
            problems = Array.Empty<string>();
            return WeightSetJson.Read(stream, catalog);
        }
        catch (RssJsonException e)
        {
            var position = e.LineNumber is { } line
                ? $"line {line + 1}{(e.BytePositionInLine is { } column ? $", byte {column + 1}" : string.Empty)}: "
                : string.Empty;
            problems = e.Problems.Select(p => $"{path}: {position}{p.Path}: {p.Reason}").ToArray();
        }

        return null;
    }
}
