using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Scoring a generated file through the tool gives exactly (bit for bit) what the library gives for the same
/// responses, parsed by the library's own answer parser: the tool's fast cell lookup, CSV handling and number
/// formatting lose nothing.
/// </summary>
public sealed class ToolMatchesLibraryProperties
{
    private static readonly Catalog Catalog = RssCatalog.Default;

    [Property(MaxTest = 40)]
    public Property Score_GeneratedFile_EqualsLibraryScoresBitForBit() =>
        Prop.ForAll(Arb.From(Cohorts()), cohort =>
        {
            var engine = new ScoringEngine(BuiltInWeightSets.EqualByIndicator, new ScoringOptions
            {
                MissingAnswerPolicy = cohort.Policy,
                MinimumCoverage = cohort.MinimumCoverage,
            });
            using var output = new StringWriter();
            new ScorePipeline(engine, cohort.Workers).Run(
                new MemoryStream(Encoding.UTF8.GetBytes(cohort.Csv())), "in.csv", output, null, RunReporter.Silent);
            var rows = CsvText.Parse(output.ToString()).Skip(1).ToArray();
            return rows.Length == cohort.Rows.Count && cohort.Rows.Zip(rows).All(pair => Matches(engine, pair.First, pair.Second));
        });

    private static bool Matches(ScoringEngine engine, GeneratedRow expected, string[] actual)
    {
        if (actual[0] != expected.Id.Trim() || actual[1] != expected.Round.ToCode())
        {
            return false;
        }

        var parsed = Catalog.Measures.Select((m, i) => (Ok: m.TryParseAnswer(expected.Cells[i], out var answer), Answer: answer)).ToArray();
        if (parsed.Any(p => !p.Ok))
        {
            return actual[6] == "error" && actual[2..6].All(c => c.Length == 0);
        }

        var response = SurveyResponse.FromAnswers(Catalog, new RespondentId(expected.Id.Trim()), expected.Round, parsed.Select(p => p.Answer).ToArray());
        var scores = engine.Score(response).Scores;
        for (var k = 0; k < ScoreKinds.All.Count; k++)
        {
            var score = scores[ScoreKinds.All[k]];
            var cell = actual[2 + k];
            if (score.TryGetValue(out var value)
                ? BitConverter.DoubleToInt64Bits(double.Parse(cell, CultureInfo.InvariantCulture)) != BitConverter.DoubleToInt64Bits(value)
                : cell.Length != 0)
            {
                return false;
            }
        }

        return actual[6] == (scores.IsComplete ? "ok" : "incomplete");
    }

    private static Gen<GeneratedCohort> Cohorts() =>
        from count in Gen.Choose(1, 40)
        from rows in Gen.ListOf(Rows(), count)
        from policy in Gen.Elements(MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero)
        from coverage in Gen.Choose(0, 100).Select(c => c / 100.0)
        from workers in Gen.Choose(1, 3)
        from crlf in Gen.Elements(true, false)
        select new GeneratedCohort(rows.ToList(), policy, coverage, workers, crlf);

    private static Gen<GeneratedRow> Rows() =>
        from id in Gen.Choose(0, 99999).Select(n => $"  id-{n}, \"x\"  ")
        from round in Gen.Elements(MonitoringRounds.All.ToArray())
        from cells in Gen.CollectToArray(Catalog.Measures.Select(Cell))
        select new GeneratedRow(id, round, cells);

    /// <summary>A cell as an export may hold it: any case, padded, sometimes quoted, sometimes missing or invalid.</summary>
    private static Gen<string> Cell(Measure measure)
    {
        var tokens = measure.AnswerKeys.Select(k => k.Key).Where(k => k != Answer.NotApplicableKey || measure.AllowsNotApplicable).ToArray();
        var token = Gen.Frequency(
            (20, Gen.Elements(tokens)),
            (2, Gen.Constant(string.Empty)),
            (1, Gen.Elements("maybe", "not_applicable", "very good", "1")));
        return from text in token
               from upper in Gen.Choose(0, 3)
               from pad in Gen.Elements(string.Empty, " ", "\t")
               select pad + (upper == 0 ? text.ToUpperInvariant() : upper == 1 ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text) : text) + pad;
    }

    private sealed record GeneratedRow(string Id, MonitoringRound Round, string[] Cells);

    private sealed record GeneratedCohort(List<GeneratedRow> Rows, MissingAnswerPolicy Policy, double MinimumCoverage, int Workers, bool Crlf)
    {
        public string Csv()
        {
            var newLine = Crlf ? "\r\n" : "\n";
            var text = new StringBuilder(SurveyCsv.Header).Append(newLine);
            foreach (var row in Rows)
            {
                text.Append(Quote(row.Id)).Append(',').Append(row.Round.ToCode().ToUpperInvariant());
                foreach (var cell in row.Cells)
                {
                    text.Append(',').Append(cell.Length % 3 == 0 ? Quote(cell) : cell);
                }

                text.Append(newLine);
            }

            return text.ToString();
        }

        private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
