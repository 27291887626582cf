using System;
using System.IO.Hashing;
using System.Linq;
using System.Runtime.InteropServices;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Turns the rows of a batch into their output lines (and explanation lines): reads each row's cells into a reused
/// answer buffer, scores them, and formats the result into the batch. One instance per worker thread; nothing is
/// allocated per row (except with <c>--explain</c>, which asks the library for each row's explanation).
/// </summary>
internal sealed class RowScorer
{
    private const string Invalid = "invalid";

    private static readonly ScoreKind[] Kinds = ScoreKinds.All.ToArray();
    private static readonly string[] KindCodes = Kinds.Select(k => k.ToCode()).ToArray();

    private readonly ScoringEngine _engine;
    private readonly InputColumns _columns;
    private readonly FormulaPolicy _formulas;
    private readonly MeasureFacts[] _measures;
    private readonly string _coverageReason;
    private readonly RowCheck _check;
    private readonly Answer[] _answers;
    private readonly AnswerProblem[] _problems;
    private readonly TextBuffer _detail;
    private readonly NumberTexts _numbers = new();

    /// <param name="engine">The engine to score with.</param>
    /// <param name="columns">Where the cells are.</param>
    /// <param name="lookups">One answer lookup per measure.</param>
    /// <param name="formulas">How the respondent id, echoed from the input, is written.</param>
    public RowScorer(ScoringEngine engine, InputColumns columns, AnswerLookup[] lookups, FormulaPolicy formulas = FormulaPolicy.Keep)
    {
        _engine = engine;
        _columns = columns;
        _formulas = formulas;
        var catalog = engine.Catalog;
        _measures = new MeasureFacts[catalog.Measures.Count];
        for (var i = 0; i < _measures.Length; i++)
        {
            _measures[i] = new MeasureFacts(catalog.Measures[i], engine.WeightSet.Weights[i]);
        }

        _coverageReason = $" (coverage below {NumberText.Format(engine.Options.MinimumCoverage)})";
        _check = new RowCheck(catalog, columns, lookups);
        _answers = _check.Answers;
        _problems = _check.Problems;
        _detail = _check.Detail;
    }

    /// <summary>Scores every data row of <paramref name="batch"/>, appending to its output and explanation text.</summary>
    public void Score(RowBatch batch)
    {
        for (var row = 0; row < batch.Count; row++)
        {
            if (batch.Kind(row) == RowKind.Unscored)
            {
                Score(batch, row);
            }
        }
    }

    private void Score(RowBatch batch, int row)
    {
        var rowValid = _check.Read(batch, row);
        var fieldsMatch = _check.FieldsMatch;
        var roundValid = _check.RoundValid;
        var round = _check.Round;
        var id = batch.Cell(row, 0);
        var scores = default(ScoreSet);
        if (rowValid && batch.Explanation is { } explanation)
        {
            var result = _engine.Score(SurveyResponse.FromAnswers(_engine.Catalog, new RespondentId(id.ToString()), round, _answers));
            scores = result.Scores;
            Explain(explanation, id, round, result);
        }
        else if (rowValid)
        {
            scores = _engine.ComputeScores(_answers, 0);
        }
        else if (batch.Explanation is { } invalid)
        {
            ExplainInvalid(invalid, id, roundValid ? round : null, fieldsMatch);
        }

        var kind = !rowValid ? RowKind.Error : scores.IsComplete ? RowKind.Ok : RowKind.Incomplete;
        if (rowValid)
        {
            DescribeScores(in scores);
        }

        WriteLine(batch.Output, id, roundValid ? round : null, kind, in scores, batch, row);
        batch.SetOutcome(row, kind, fieldsMatch && !id.IsEmpty && roundValid ? DuplicateKey(id, round) : 0);
    }

    internal static ulong DuplicateKey(ReadOnlySpan<char> id, MonitoringRound round)
    {
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id), 1 + (long)round);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>
    /// For a valid row: which scores were not computed and why, then which measures were missing, e.g.
    /// <c>not computed: economic composite (missing answers); missing: ECO_DEBT_RATIO</c>.
    /// </summary>
    private void DescribeScores(in ScoreSet scores)
    {
        Span<ScoreStatus> statuses = stackalloc ScoreStatus[Kinds.Length];
        for (var k = 0; k < Kinds.Length; k++)
        {
            statuses[k] = scores[Kinds[k]].Status;
        }

        var groups = 0;
        for (var status = ScoreStatus.MissingAnswers; status <= ScoreStatus.NoApplicableMeasures; status++)
        {
            if (!statuses.Contains(status))
            {
                continue;
            }

            _detail.Append(groups++ == 0 ? "not computed: " : ", ");
            var first = true;
            for (var k = 0; k < Kinds.Length; k++)
            {
                if (statuses[k] == status)
                {
                    _detail.Append(first ? string.Empty : " ");
                    _detail.Append(KindCodes[k]);
                    first = false;
                }
            }

            _detail.Append(status switch
            {
                ScoreStatus.MissingAnswers => " (missing answers)",
                ScoreStatus.InsufficientCoverage => _coverageReason,
                _ => " (no applicable measure)",
            });
        }

        var missing = 0;
        for (var i = 0; i < _answers.Length; i++)
        {
            if (_answers[i].IsMissing)
            {
                _detail.Append(missing++ == 0 ? (groups > 0 ? "; missing: " : "missing: ") : " ");
                _detail.Append(_measures[i].Code);
            }
        }
    }

    private void WriteLine(TextBuffer line, ReadOnlySpan<char> id, MonitoringRound? round, RowKind kind, in ScoreSet scores, RowBatch batch, int row)
    {
        line.AppendField(id, _formulas);
        line.Append(',');
        if (round is { } r)
        {
            line.Append(r.ToCode());
        }

        for (var k = 0; k < Kinds.Length; k++)
        {
            line.Append(',');
            if (kind != RowKind.Error && scores[Kinds[k]].TryGetValue(out var value))
            {
                line.Append(_numbers.Format(value));
            }
        }

        line.Append(',');
        line.Append(kind switch
        {
            RowKind.Ok => "ok",
            RowKind.Incomplete => "incomplete",
            _ => "error",
        });
        line.Append(',');
        line.AppendField(_detail.Span);
        for (var keep = 0; keep < _columns.Keep.Count; keep++)
        {
            line.Append(',');
            line.AppendField(batch.Cell(row, 2 + _answers.Length + keep), _formulas);
        }

        line.Append('\n');
    }

    private void Explain(TextBuffer text, ReadOnlySpan<char> id, MonitoringRound round, ScoreResult result)
    {
        var contributions = result.Explain();
        for (var i = 0; i < contributions.Count; i++)
        {
            var contribution = contributions[i];
            ExplainStart(text, id, round, i, contribution.Status.ToCode());
            ExplainRest(text, i, contribution.Points, contribution.DimensionContribution, contribution.CompositeContribution);
        }
    }

    /// <summary>An error row's explanation: each measure's status and points as far as known, no contributions.</summary>
    private void ExplainInvalid(TextBuffer text, ReadOnlySpan<char> id, MonitoringRound? round, bool fieldsMatch)
    {
        for (var i = 0; i < _measures.Length; i++)
        {
            var answer = _answers[i];
            var usable = fieldsMatch && _problems[i] == AnswerProblem.None;
            ExplainStart(text, id, round, i, usable ? answer.ToAnswerStatus().ToCode() : Invalid);
            ExplainRest(text, i, usable ? _measures[i].Measure.PointsOf(answer) : null, null, null);
        }
    }

    private void ExplainStart(TextBuffer text, ReadOnlySpan<char> id, MonitoringRound? round, int measure, string status)
    {
        text.AppendField(id, _formulas);
        text.Append(',');
        if (round is { } r)
        {
            text.Append(r.ToCode());
        }

        text.Append(',');
        text.Append(_measures[measure].Code);
        text.Append(',');
        text.Append(_measures[measure].DimensionCode);
        text.Append(',');
        text.Append(status);
    }

    private void ExplainRest(TextBuffer text, int measure, double? points, double? dimensionContribution, double? compositeContribution)
    {
        AppendOptional(text, points);
        text.Append(',');
        text.Append(_numbers.Format(_measures[measure].Weight.Dimensional));
        text.Append(',');
        text.Append(_numbers.Format(_measures[measure].Weight.Composite));
        AppendOptional(text, dimensionContribution);
        AppendOptional(text, compositeContribution);
        text.Append('\n');
    }

    private void AppendOptional(TextBuffer text, double? value)
    {
        text.Append(',');
        if (value is { } v)
        {
            text.Append(_numbers.Format(v));
        }
    }

    /// <summary>What the scorer needs of a measure, looked up once.</summary>
    private sealed class MeasureFacts
    {
        public MeasureFacts(Measure measure, MeasureWeight weight)
        {
            Measure = measure;
            Code = measure.Code;
            DimensionCode = measure.Dimension.ToCode();
            Weight = weight;
        }

        public Measure Measure { get; }

        public string Code { get; }

        public string DimensionCode { get; }

        public MeasureWeight Weight { get; }
    }
}
