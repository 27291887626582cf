using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// The cohort commands' view of their input: every data row, in input order, as a scored survey with its <c>--by</c>
/// group (by its parts, or also as a <see cref="CohortSurvey"/>), or as an error row. The rows are read by
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
    /// <param name="surveys">
    /// Whether each valid row also comes as a <see cref="CohortSurvey"/> (response, result, attributes), for analyses
    /// that need more than the row's parts; without, a row allocates only its respondent id.
    /// </param>
    /// <param name="answers">Whether each valid row also carries a copy of its answers (without <paramref name="surveys"/>).</param>
    /// <returns>One entry per non-blank data row.</returns>
    /// <exception cref="CliException">A row is not in the encoding or opens a quote that never closes, or the input cannot be read on.</exception>
    public IEnumerable<CohortRow> Rows(bool surveys, bool answers = false) => _rows.Select(() => NewMap(surveys, answers), Environment.ProcessorCount);

    public void Dispose() => _rows.Dispose();

    /// <summary>One thread's map from a row to a cohort row, with its own attribute combinations.</summary>
    private Func<SurveyRow, CohortRow> NewMap(bool surveys, bool answers)
    {
        var names = _rows.Columns.KeepNames;
        var dateColumn = _rows.OptionalColumn;
        var byCount = dateColumn >= 0 ? dateColumn : names.Count;
        var combinations = new KeptCombinations<AttributeCombination>(byCount, cells => new AttributeCombination(names, cells));
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

            var id = new RespondentId(row.RespondentId.ToString());
            var attributes = combinations.Of(row);
            if (!surveys)
            {
                return new CohortRow(row.Line, null, id, row.Round, date, attributes.Group, _engine.ComputeScores(row.Answers, 0), null, answers ? (Answer[])row.Answers.Clone() : null);
            }

            var result = _engine.Score(SurveyResponse.FromAnswers(_engine.Catalog, id, row.Round, row.Answers, date));
            var survey = new CohortSurvey(result, attributes.Shared ?? attributes.Values);
            attributes.Shared ??= survey.Attributes;
            return new CohortRow(row.Line, null, id, row.Round, date, attributes.Group, result.Scores, survey);
        };
    }

    /// <summary>One combination of <c>--by</c> values: its group, and its attributes, shared by every survey that has it once the first survey checked them.</summary>
    private sealed class AttributeCombination(IReadOnlyList<string> names, string[] cells)
    {
        public GroupKey Group { get; } = GroupKey.FromValues(cells);

        public Dictionary<string, string> Values { get; } = Enumerable.Range(0, cells.Length).ToDictionary(a => names[a], a => cells[a], StringComparer.OrdinalIgnoreCase);

        public IReadOnlyDictionary<string, string>? Shared { get; set; }
    }
}
