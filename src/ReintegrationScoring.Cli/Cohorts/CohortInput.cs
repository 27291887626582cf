using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// The cohort commands' view of their input: every data row, in input order, as a scored survey by its parts (its
/// <c>--by</c> group, scores, optionally answers), or as an error row. The rows are read by
/// <see cref="SurveyRows"/>, as <c>rss score</c> reads them (any input kind, the same reading options, errors and line
/// numbers), and scored on every core; this adds the optional <c>survey_date</c> column and the scoring.
/// </summary>
internal sealed class CohortInput : IDisposable
{
    public const string SurveyDateColumn = "survey_date";

    private readonly SurveyRows _rows;
    private readonly ScoringEngine _engine;

    private CohortInput(SurveyRows rows, ScoringEngine engine)
    {
        _rows = rows;
        _engine = engine;
    }

    /// <summary>Reads the header of <paramref name="input"/>.</summary>
    /// <param name="input">The opened input.</param>
    /// <param name="inputName">Its name, for messages.</param>
    /// <param name="engine">Scores every row.</param>
    /// <param name="attributes">The <c>--by</c> columns, as the user wrote them (matched ignoring case).</param>
    /// <param name="settings">How to read the input (the reading options of <c>rss score</c>); null for the defaults.</param>
    /// <param name="cancellation">Stops the reading between batches of rows.</param>
    /// <exception cref="CliException">The header cannot be read, a required column is missing, or a <c>--by</c> column does not exist.</exception>
    public static CohortInput Open(Stream input, string inputName, ScoringEngine engine, IReadOnlyList<string> attributes, ScoreInput? settings = null, CancellationToken cancellation = default) =>
        new(SurveyRows.Open(input, inputName, engine.Catalog, (settings ?? ScoreInput.Default) with { Keep = attributes }, "--by", SurveyDateColumn, cancellation), engine);

    /// <summary>The data rows, in input order; blank lines are skipped.</summary>
    /// <param name="answers">Whether each valid row also carries a copy of its answers.</param>
    /// <returns>One entry per non-blank data row.</returns>
    /// <exception cref="CliException">A row is not in the encoding or opens a quote that never closes, or the input cannot be read on.</exception>
    public IEnumerable<CohortRow> Rows(bool answers = false) => _rows.Select(() => NewMap(answers), Environment.ProcessorCount);

    public void Dispose() => _rows.Dispose();

    /// <summary>One thread's map from a row to a cohort row, with its own cache of <c>--by</c> groups.</summary>
    private Func<SurveyRow, CohortRow> NewMap(bool answers)
    {
        var dateColumn = _rows.OptionalColumn;
        var groups = new KeptCombinations<GroupKey>(dateColumn >= 0 ? dateColumn : _rows.Columns.KeepNames.Count, GroupKey.FromValues);
        return row =>
        {
            if (!row.IsValid)
            {
                return CohortRow.Error(row.Line, row.Problems);
            }

            DateTime? date = null;
            var dateText = dateColumn >= 0 ? row.Kept(dateColumn) : ReadOnlySpan<char>.Empty;
            if (!dateText.IsEmpty)
            {
                if (!DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return CohortRow.Error(row.Line, $"{SurveyDateColumn}: not a date written yyyy-mm-dd");
                }

                date = parsed;
            }

            return new CohortRow(
                row.Line,
                null,
                new RespondentId(row.RespondentId.ToString()),
                row.Round,
                date,
                groups.Of(row),
                _engine.ComputeScores(row.Answers, 0),
                answers ? (Answer[])row.Answers.Clone() : null);
        };
    }
}
