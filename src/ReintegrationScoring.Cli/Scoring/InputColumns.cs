using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Where the cells the tool reads sit in an input table, from its header as the Import package maps it
/// (<see cref="SurveyLayout"/>: names, group paths, labels, a mapping file): <c>respondent_id</c>, <c>round</c>, one
/// column per catalog measure, then the <c>--keep</c> columns. Also the texts that stand for answer keys and rounds
/// (mapping values, labels).
/// </summary>
internal sealed class InputColumns
{
    public const string RespondentIdColumn = "respondent_id";
    public const string RoundColumn = "round";

    private readonly string[] _names;
    private readonly Dictionary<string, MonitoringRound>.AlternateLookup<ReadOnlySpan<char>> _rounds;
    private readonly bool _hasRoundAliases;

    private InputColumns(SurveyLayout layout, IReadOnlyList<(string Name, int Column)> keep)
    {
        _names = layout.Names;
        RespondentId = layout.RespondentId;
        Round = layout.Round;
        Measures = layout.Measures;
        Keep = keep.Select(k => k.Column).ToArray();
        KeepNames = keep.Select(k => k.Name).ToArray();
        AnswerAliases = layout.AnswerAliases;
        var rounds = new Dictionary<string, MonitoringRound>(layout.RoundAliases, StringComparer.OrdinalIgnoreCase);
        _hasRoundAliases = rounds.Count > 0;
        _rounds = rounds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many fields every data row must have: as many as the header.</summary>
    public int Count => _names.Length;

    public int RespondentId { get; }

    public int Round { get; }

    /// <summary>For each catalog measure, in catalog order, the index of its column.</summary>
    public IReadOnlyList<int> Measures { get; }

    /// <summary>The <c>--keep</c> columns, in the order asked.</summary>
    public IReadOnlyList<int> Keep { get; }

    /// <summary>The <c>--keep</c> columns' names as written in the option: the output's extra header names.</summary>
    public IReadOnlyList<string> KeepNames { get; }

    /// <summary>Per measure: text → answer key, besides the keys (mapping values, labels).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> AnswerAliases { get; }

    /// <summary>The cells a batch keeps per row: respondent id, round, the measures, then the kept columns.</summary>
    public int[] Fields => new[] { RespondentId, Round }.Concat(Measures).Concat(Keep).ToArray();

    /// <summary>The header's name of column <paramref name="index"/> (trimmed), for messages.</summary>
    public string NameOf(int index) => index >= 0 && index < _names.Length ? _names[index] : $"#{index + 1}";

    /// <summary>Reads a round cell: a code (any case), a round label of the catalog or a mapped value.</summary>
    public bool TryParseRound(ReadOnlySpan<char> cell, out MonitoringRound round) =>
        RoundCodes.TryParse(cell, out round) || (_hasRoundAliases && _rounds.TryGetValue(cell, out round));

    /// <summary>Maps a header row with the default names and no mapping file.</summary>
    /// <param name="header">The header's fields, unescaped.</param>
    /// <param name="catalog">The catalog whose measures must all have a column.</param>
    /// <param name="place">Where the header is, for messages, e.g. <c>data.csv: line 1</c>.</param>
    /// <exception cref="CliException">A required column is missing, or named twice.</exception>
    public static InputColumns FromHeader(IReadOnlyList<string> header, Catalog catalog, string place)
    {
        var layout = SurveyLayout.Resolve(header, new SurveyReadOptions(catalog), Vocabulary.Of(catalog));
        return layout.IsComplete ? FromLayout(layout, null, place) : throw new CliException(layout.Problems(place));
    }

    /// <summary>The columns of a complete layout, with the <c>--keep</c> columns (or another option's: <paramref name="keepOption"/>).</summary>
    /// <exception cref="CliException">A kept column is not in the header.</exception>
    public static InputColumns FromLayout(SurveyLayout layout, IReadOnlyList<string>? keep, string inputName, string keepOption = "--keep")
    {
        try
        {
            var kept = keep is null ? Array.Empty<(string, int)>() : RecordDecoder.AttributeColumns(layout, keep, inputName);
            return new InputColumns(layout, kept);
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems.Select(p => $"{p} ({keepOption})").ToList());
        }
    }
}
