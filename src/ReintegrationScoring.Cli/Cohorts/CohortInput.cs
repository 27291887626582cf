using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// The cohort commands' view of their input: every data row, in input order, as a scored <see cref="CohortSurvey"/>
/// carrying the <c>--by</c> columns, or as an error row. The rows are read by <see cref="SurveyRows"/>, as
/// <c>rss score</c> reads them (any input kind, the same reading options, errors and line numbers); this adds the
/// optional <c>survey_date</c> column and the scoring.
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
    /// <exception cref="CliException">The header cannot be read, a required column is missing, or a <c>--by</c> column does not exist.</exception>
    public static CohortInput Open(Stream input, string inputName, ScoringEngine engine, IReadOnlyList<string> attributes, ScoreInput? settings = null) =>
        new(SurveyRows.Open(input, inputName, engine.Catalog, (settings ?? ScoreInput.Default) with { Keep = attributes }, "--by", SurveyDateColumn), engine);

    /// <summary>The data rows, in input order; blank lines are skipped.</summary>
    /// <param name="cancellation">Stops the reading between rows.</param>
    /// <returns>One entry per non-blank data row.</returns>
    public IEnumerable<CohortRow> Rows(CancellationToken cancellation = default)
    {
        var names = _rows.Columns.KeepNames;
        var byCount = _rows.OptionalColumn >= 0 ? _rows.OptionalColumn : names.Count;
        while (_rows.MoveNext())
        {
            cancellation.ThrowIfCancellationRequested();
            if (!_rows.IsValid)
            {
                yield return CohortRow.Error(_rows.Line, _rows.Problems);
                continue;
            }

            DateTime? date = null;
            var dateText = _rows.OptionalColumn >= 0 ? _rows.Kept(_rows.OptionalColumn) : ReadOnlySpan<char>.Empty;
            if (!dateText.IsEmpty)
            {
                if (!DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    yield return CohortRow.Error(_rows.Line, $"{SurveyDateColumn}: not a date written yyyy-mm-dd");
                    continue;
                }

                date = parsed;
            }

            var attributes = new Dictionary<string, string>(byCount, StringComparer.OrdinalIgnoreCase);
            for (var a = 0; a < byCount; a++)
            {
                attributes[names[a]] = _rows.Kept(a).ToString();
            }

            var response = SurveyResponse.FromAnswers(_engine.Catalog, new RespondentId(_rows.RespondentId.ToString()), _rows.Round, _rows.Answers, date);
            yield return new CohortRow(_rows.Line, new CohortSurvey(_engine.Score(response), attributes), null);
        }
    }

    public void Dispose() => _rows.Dispose();
}
