using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Where the columns the tool reads sit in an input file, found from its header row: <c>respondent_id</c>,
/// <c>round</c> and one column per catalog measure, matched by trimmed name ignoring case, in any order. Other
/// columns are ignored.
/// </summary>
internal sealed class InputColumns
{
    public const string RespondentIdColumn = "respondent_id";
    public const string RoundColumn = "round";

    private readonly string[] _names;

    private InputColumns(string[] names, int respondentId, int round, int[] measures)
    {
        _names = names;
        RespondentId = respondentId;
        Round = round;
        Measures = measures;
    }

    /// <summary>How many fields every data row must have: as many as the header.</summary>
    public int Count => _names.Length;

    public int RespondentId { get; }

    public int Round { get; }

    /// <summary>For each catalog measure, in catalog order, the index of its column.</summary>
    public IReadOnlyList<int> Measures { get; }

    /// <summary>The header's name of column <paramref name="index"/> (trimmed), for messages.</summary>
    public string NameOf(int index) => index >= 0 && index < _names.Length ? _names[index] : $"#{index + 1}";

    /// <summary>Maps a header row.</summary>
    /// <param name="header">The header's fields, unescaped.</param>
    /// <param name="catalog">The catalog whose measures must all have a column.</param>
    /// <param name="place">Where the header is, for messages, e.g. <c>data.csv: line 1</c>.</param>
    /// <exception cref="CliException">A required column is missing, or named twice.</exception>
    public static InputColumns FromHeader(IReadOnlyList<string> header, Catalog catalog, string place)
    {
        var names = header.Select((name, i) => Clean(name, i)).ToArray();
        var required = new List<string> { RespondentIdColumn, RoundColumn };
        required.AddRange(catalog.Measures.Select(m => m.Code));
        var wanted = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < required.Count; i++)
        {
            wanted[required[i]] = i;
        }

        var found = Enumerable.Repeat(-1, required.Count).ToArray();
        var problems = new List<string>();
        for (var column = 0; column < names.Length; column++)
        {
            if (!wanted.TryGetValue(names[column], out var slot))
            {
                continue;
            }

            if (found[slot] >= 0)
            {
                problems.Add($"{place}: columns {found[slot] + 1} and {column + 1} are both named {required[slot]}");
                continue;
            }

            found[slot] = column;
        }

        var missing = required.Where((_, slot) => found[slot] < 0).ToList();
        if (missing.Count > 0)
        {
            problems.Insert(0, $"{place}: missing column{(missing.Count == 1 ? string.Empty : "s")}: {string.Join(", ", missing)}");
        }

        if (problems.Count > 0)
        {
            throw new CliException(problems);
        }

        return new InputColumns(names, found[0], found[1], found.Skip(2).ToArray());
    }

    // Spreadsheet exports sometimes repeat a byte-order mark inside the first name.
    private static string Clean(string name, int index) => (index == 0 ? name.TrimStart('\uFEFF') : name).Trim();
}
