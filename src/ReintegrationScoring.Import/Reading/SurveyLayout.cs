using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// Where a table's survey columns are, found from its header: respondent id, round, survey date (optional) and one
/// column per catalog measure, each matched (in this order of strength) through the mapping file, by name or label
/// (trimmed, ignoring case), or by the last segments of a group path (<c>group/CODE</c>, <c>group-CODE</c>) when they
/// name exactly one expected column. Also the answer and round texts the table may hold besides keys and codes.
/// </summary>
internal sealed class SurveyLayout
{
    private const int Mapped = 3;
    private const int Named = 2;
    private const int Prefixed = 1;

    private SurveyLayout(string[] names)
    {
        Names = names;
    }

    /// <summary>The header's names, trimmed (a leading byte-order mark removed).</summary>
    public string[] Names { get; }

    public int RespondentId { get; private set; } = -1;

    public int Round { get; private set; } = -1;

    /// <summary>The survey-date column, or -1.</summary>
    public int SurveyDate { get; private set; } = -1;

    /// <summary>Per catalog measure, in catalog order, its column (-1 while unresolved).</summary>
    public int[] Measures { get; private set; } = Array.Empty<int>();

    /// <summary>Whether some measure column was found by its label: answers may then be labels too.</summary>
    public bool LabelHeaders { get; private set; }

    /// <summary>Per measure: text → answer key, besides the keys themselves (mapping values, then labels).</summary>
    public IReadOnlyDictionary<string, string>[] AnswerAliases { get; private set; } = Array.Empty<IReadOnlyDictionary<string, string>>();

    /// <summary>Text → round, besides the round codes (mapping rounds, then round labels).</summary>
    public IReadOnlyDictionary<string, MonitoringRound> RoundAliases { get; private set; } = new Dictionary<string, MonitoringRound>();

    /// <summary>The columns no survey field took.</summary>
    public IReadOnlyList<int> Others { get; private set; } = Array.Empty<int>();

    /// <summary>The required fields (canonical names) no column names.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = Array.Empty<string>();

    /// <summary>Two columns for one field: one line each.</summary>
    public IReadOnlyList<string> Conflicts { get; private set; } = Array.Empty<string>();

    /// <summary>How many required fields were found: detection prefers the delimiter that finds most.</summary>
    public int Found { get; private set; }

    public bool IsComplete => Missing.Count == 0 && Conflicts.Count == 0;

    /// <summary>The columns that are neither survey fields nor export metadata (what a mapping should say).</summary>
    public IEnumerable<int> Unmatched => Others.Where(i => !ExportColumns.IsMetadata(Names[i]) && Names[i].Length > 0);

    /// <summary>Maps a header row.</summary>
    /// <param name="header">The header's cells, unescaped.</param>
    /// <param name="options">The catalog, id and round column names and mapping.</param>
    /// <param name="vocabulary">The catalog's labels.</param>
    public static SurveyLayout Resolve(IReadOnlyList<string> header, SurveyReadOptions options, Vocabulary vocabulary)
    {
        var names = header.Select((name, i) => (i == 0 ? name.TrimStart('\uFEFF') : name).Trim()).ToArray();
        var layout = new SurveyLayout(names);
        var catalog = options.Catalog;

        // Fields: 0 respondent id, 1 round, 2 survey date, then the measures.
        var canonical = new List<string> { FormNames.RespondentId, FormNames.Round, FormNames.SurveyDate };
        canonical.AddRange(catalog.Measures.Select(m => m.Code));
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var field = 0; field < canonical.Count; field++)
        {
            byName[canonical[field]] = field;
        }

        var labels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, name) in vocabulary.Columns)
        {
            labels[label] = byName[name];
        }

        // The configured names replace the defaults (a default name then means nothing special).
        var explicitNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, field) in byName.Where(p => p.Value > 1))
        {
            explicitNames[name] = field;
        }

        explicitNames[options.RespondentIdColumn.Trim()] = 0;
        explicitNames[options.RoundColumn.Trim()] = 1;
        explicitNames.TryAdd(FormNames.SurveyDate, 2);

        var columnOf = Enumerable.Repeat(-1, canonical.Count).ToArray();
        var strengthOf = new int[canonical.Count];
        var byLabel = new bool[canonical.Count];
        var conflicts = new List<string>();
        for (var column = 0; column < names.Length; column++)
        {
            var (field, strength, label) = Match(names[column], options.Mapping, byName, explicitNames, labels);
            if (field < 0 || strength < strengthOf[field])
            {
                continue;
            }

            if (strength == strengthOf[field])
            {
                conflicts.Add($"columns {columnOf[field] + 1} and {column + 1} both name {(field < 2 ? (field == 0 ? options.RespondentIdColumn : options.RoundColumn) : canonical[field])}");
                continue;
            }

            columnOf[field] = column;
            strengthOf[field] = strength;
            byLabel[field] = label;
        }

        layout.RespondentId = columnOf[0];
        layout.Round = columnOf[1];
        layout.SurveyDate = columnOf[2];
        layout.Measures = columnOf.Skip(3).ToArray();
        layout.LabelHeaders = byLabel.Skip(3).Any(b => b);
        layout.Conflicts = conflicts;
        var required = Enumerable.Range(0, canonical.Count).Where(f => f != 2).ToList();
        layout.Found = required.Count(f => columnOf[f] >= 0);
        layout.Missing = required.Where(f => columnOf[f] < 0)
            .Select(f => f == 0 ? options.RespondentIdColumn : f == 1 ? options.RoundColumn : canonical[f]).ToList();
        var taken = new HashSet<int>(columnOf.Where(c => c >= 0));
        layout.Others = Enumerable.Range(0, names.Length).Where(c => !taken.Contains(c)).ToList();
        layout.AnswerAliases = catalog.Measures.Select((m, i) => Aliases(m, i, options.Mapping, layout.LabelHeaders ? vocabulary : null)).ToArray();
        var rounds = new Dictionary<string, MonitoringRound>(vocabulary.Rounds.ToDictionary(p => p.Key, p => p.Value), StringComparer.OrdinalIgnoreCase);
        foreach (var (text, code) in options.Mapping?.Rounds ?? new Dictionary<string, string>())
        {
            rounds[text] = MonitoringRounds.All.First(r => r.ToCode() == code);
        }

        layout.RoundAliases = rounds;
        return layout;
    }

    /// <summary>The problems that keep the table from being read, each starting with <paramref name="place"/>.</summary>
    public IReadOnlyList<string> Problems(string place)
    {
        var problems = new List<string>();
        if (Missing.Count > 0)
        {
            problems.Add($"{place}: missing column{(Missing.Count == 1 ? string.Empty : "s")}: {string.Join(", ", Missing.Select(MessageText.Escape))}");
        }

        problems.AddRange(Conflicts.Select(c => $"{place}: {MessageText.Escape(c)}"));
        return problems;
    }

    private static (int Field, int Strength, bool Label) Match(
        string name,
        ColumnMapping? mapping,
        Dictionary<string, int> byName,
        Dictionary<string, int> explicitNames,
        Dictionary<string, int> labels)
    {
        if (mapping is not null && mapping.Columns.TryGetValue(name, out var target))
        {
            return (target == FormNames.RespondentId ? 0 : target == FormNames.Round ? 1 : byName[target], Mapped, false);
        }

        if (explicitNames.TryGetValue(name, out var field))
        {
            return (field, Named, false);
        }

        if (labels.TryGetValue(name, out field))
        {
            return (field, Named, true);
        }

        if (name.Length == 0 || ExportColumns.IsMetadata(name))
        {
            return (-1, 0, false);
        }

        // Group paths: the longest tail after a '/' or '-' that names exactly one field (a label may hold either).
        for (var i = 0; i < name.Length - 1; i++)
        {
            if (name[i] is not ('/' or '-'))
            {
                continue;
            }

            var tail = name[(i + 1)..].Trim();
            if (explicitNames.TryGetValue(tail, out field))
            {
                return (field, Prefixed, false);
            }

            if (labels.TryGetValue(tail, out field))
            {
                return (field, Prefixed, true);
            }
        }

        return (-1, 0, false);
    }

    private static Dictionary<string, string> Aliases(Measure measure, int index, ColumnMapping? mapping, Vocabulary? vocabulary)
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (mapping is not null && mapping.Values.TryGetValue(measure.Code, out var values))
        {
            foreach (var (text, key) in values)
            {
                aliases[text] = key;
            }
        }

        if (vocabulary is not null)
        {
            foreach (var (text, key) in vocabulary.Answers[index])
            {
                aliases.TryAdd(text, key);
            }
        }

        return aliases;
    }
}
