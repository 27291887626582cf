using System.IO;
using System.Linq;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>Opens an input as rows for every command that reads surveys, whatever its kind, and the lookups for its answers.</summary>
internal static class RowSources
{
    /// <summary>A CSV (any delimiter and encoding) parsed in place, or a table read as text (XLSX, JSON, JSON Lines).</summary>
    /// <exception cref="CliException">The header cannot be read or mapped (every problem listed).</exception>
    public static IRowSource Open(Stream input, string inputName, ScoreInput settings, Catalog catalog)
    {
        var options = settings.ToOptions(catalog);
        try
        {
            return TableSource.FormatOf(settings.Format, inputName) == SurveyInputFormat.Csv
                ? new CsvRows(input, inputName, options)
                : new TableRows(input, inputName, options);
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems, e);
        }
    }

    /// <summary>One lookup per catalog measure, with the input's answer aliases (mapping values, labels); <paramref name="plain"/> when it has none.</summary>
    public static AnswerLookup[] Lookups(Catalog catalog, InputColumns columns, AnswerLookup[]? plain = null) =>
        plain is not null && columns.AnswerAliases.All(a => a.Count == 0)
            ? plain
            : catalog.Measures.Select((m, i) => new AnswerLookup(m, columns.AnswerAliases[i])).ToArray();
}
