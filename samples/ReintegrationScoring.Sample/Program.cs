using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ReintegrationScoring.Sample;

/// <summary>
/// Scores a small cohort built in code with the library's defaults (built-in catalog, equal-by-indicator weights,
/// strict policy) and prints each survey's scores, one survey's full explanation and one respondent's progress.
/// Messages about problems cite row numbers and measure codes only, never respondent ids or answers.
/// </summary>
internal static class Program
{
    /// <summary>A threshold chosen for this sample to show <see cref="ScoreResult.DimensionsBelow"/>; not an official one.</summary>
    private const double SampleThreshold = 0.5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static void Main()
    {
        var output = Console.Out;
        var engine = ScoringEngine.Default;
        var (scored, rejected) = ScoreCohort(engine, SampleCohort.Records);

        WriteHeader(output, engine);
        WriteScores(output, scored);
        WriteNotComputed(output, scored);
        WriteRoundWindows(output, scored);
        WriteRejected(output, rejected);
        WriteExplanation(output, scored[0]);
        WriteProgress(output, scored);
    }

    private static (List<(int Row, ScoreResult Result)> Scored, List<(int Row, ResponseProblem Problem)> Rejected) ScoreCohort(
        ScoringEngine engine, IReadOnlyList<SampleRecord> records)
    {
        var scored = new List<(int, ScoreResult)>();
        var rejected = new List<(int, ResponseProblem)>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var row = i + 1;
            var parsed = SurveyResponse.TryParse(engine.Catalog, new RespondentId(record.RespondentId), record.Round, record.Answers, record.SurveyDate, record.ArrivalDate);
            if (parsed.TryGetValue(out var response))
            {
                scored.Add((row, engine.Score(response)));
            }
            else
            {
                rejected.AddRange(parsed.Problems.Select(p => (row, p)));
            }
        }

        return (scored, rejected);
    }

    private static void WriteHeader(TextWriter output, ScoringEngine engine)
    {
        output.WriteLine("Reintegration Sustainability Survey: sample cohort");
        output.WriteLine($"  catalog     {engine.Catalog}");
        output.WriteLine($"  weights     {engine.WeightSet} (the project's provisional default, not IOM's weights)");
        output.WriteLine($"  policy      {engine.Options}");
        output.WriteLine();
    }

    private static void WriteScores(TextWriter output, List<(int Row, ScoreResult Result)> scored)
    {
        output.WriteLine("Scores (n/a: not computed)");
        var table = new TextTable(
            ("row", true), ("respondent", false), ("round", false), ("economic", true), ("social", true), ("psychosocial", true),
            ("composite", true), ("status", false), ("weakest", false), ($"below {Number(SampleThreshold, "0.0##")}", false));
        foreach (var (row, result) in scored)
        {
            table.Add(
                row.ToString(Invariant),
                result.RespondentId.Value,
                result.Round.ToCode(),
                Number(result.Economic),
                Number(result.Social),
                Number(result.Psychosocial),
                Number(result.Composite),
                result.IsComplete ? "complete" : "incomplete",
                result.WeakestDimension?.ToCode() ?? "n/a",
                Codes(result.DimensionsBelow(SampleThreshold).Select(d => d.ToCode())));
        }

        table.WriteTo(output);
        output.WriteLine();
    }

    private static void WriteNotComputed(TextWriter output, List<(int Row, ScoreResult Result)> scored)
    {
        output.WriteLine("Scores not computed, and why");
        foreach (var (row, result) in scored.Where(s => !s.Result.IsComplete))
        {
            foreach (var kind in ScoreKinds.All.Where(k => !result.Scores[k].IsComputed))
            {
                var score = result.Scores[kind];
                output.WriteLine($"  row {row}: {kind.ToCode()} not computed ({score.Status}): {Codes(result.MissingMeasures(kind))} missing, coverage {Number(score.Coverage)}");
            }
        }

        output.WriteLine();
    }

    private static void WriteRoundWindows(TextWriter output, List<(int Row, ScoreResult Result)> scored)
    {
        output.WriteLine("Survey dates against their round's window (warnings only; rows not listed are within their window)");
        foreach (var (row, result) in scored)
        {
            var check = result.CheckRoundWindow();
            if (check.Status != RoundWindowStatus.WithinWindow)
            {
                output.WriteLine($"  row {row}: {(check.IsWarning ? "warning" : "note")}: {check.Describe()}");
            }
        }

        output.WriteLine();
    }

    private static void WriteRejected(TextWriter output, List<(int Row, ResponseProblem Problem)> rejected)
    {
        output.WriteLine("Records rejected (nothing else lost; messages never repeat the answer or the respondent id)");
        foreach (var (row, problem) in rejected)
        {
            output.WriteLine($"  row {row}: {problem.Message}");
        }

        output.WriteLine();
    }

    private static void WriteExplanation(TextWriter output, (int Row, ScoreResult Result) survey)
    {
        var (row, result) = survey;
        output.WriteLine($"How row {row}'s scores were computed (contribution = points × weight ÷ the score's applicable weight)");
        var table = new TextTable(
            ("measure", false), ("dimension", false), ("answer", false), ("status", false), ("points", true),
            ("dim. weight", true), ("comp. weight", true), ("to dimension", true), ("to composite", true));
        foreach (var c in result.Explain())
        {
            table.Add(
                c.MeasureCode,
                c.Dimension.ToCode(),
                c.Measure.KeyOf(c.Answer) ?? "(blank)",
                Describe(c.Status),
                Number(c.Points),
                Number(c.DimensionalWeight, "0.0000"),
                Number(c.CompositeWeight, "0.0000"),
                Number(c.DimensionContribution, "0.0000"),
                Number(c.CompositeContribution, "0.0000"));
        }

        table.WriteTo(output);
        output.WriteLine(
            $"  totals: economic {Number(result.Economic)}, social {Number(result.Social)}, psychosocial {Number(result.Psychosocial)}, composite {Number(result.Composite)}");
        output.WriteLine();
    }

    private static void WriteProgress(TextWriter output, List<(int Row, ScoreResult Result)> scored)
    {
        output.WriteLine("Progress between rounds (later minus earlier)");
        foreach (var surveys in scored.GroupBy(s => s.Result.RespondentId).Where(g => g.Count() > 1))
        {
            var ordered = surveys.OrderBy(s => s.Result.Round).ToArray();
            var comparison = ScoreComparison.Compare(ordered[0].Result, ordered[^1].Result);
            output.WriteLine(
                $"  rows {ordered[0].Row} → {ordered[^1].Row} ({comparison.Earlier.Round.ToCode()} → {comparison.Later.Round.ToCode()}): "
                + $"economic {Delta(comparison.Economic)}, social {Delta(comparison.Social)}, psychosocial {Delta(comparison.Psychosocial)}, "
                + $"composite {Delta(comparison.Composite)}"
                + (comparison.IsComparable ? string.Empty : $" (not comparable: {comparison.Issues})"));
        }
    }

    private static string Describe(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Missing => "missing",
        _ => "not applicable",
    };

    private static string Number(Score score) => score.TryGetValue(out var value) ? Number(value) : "n/a";

    private static string Number(double? value, string format = "0.000") => value is { } v ? v.ToString(format, Invariant) : "-";

    private static string Delta(double? delta) => delta is { } d ? d.ToString("+0.000;-0.000;0.000", Invariant) : "n/a";

    private static string Codes(IEnumerable<string> codes)
    {
        var list = string.Join(", ", codes);
        return list.Length == 0 ? "-" : list;
    }
}
