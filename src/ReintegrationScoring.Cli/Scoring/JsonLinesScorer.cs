using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using ReintegrationScoring.Import;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// <c>rss score --format jsonl</c>: one JSON line per input row, in input order, read through the Import package's
/// <see cref="SurveyReader"/>. A response is written in the score-result format (docs/json-formats.md); a row that is
/// not one as <c>{"line", "respondent_id", "round", "status": "error", "problems": [{"column", "reason"}]}</c>.
/// Single-threaded: the CSV output is the fast path.
/// </summary>
internal sealed class JsonLinesScorer
{
    private readonly ScoringEngine _engine;

    public JsonLinesScorer(ScoringEngine engine) => _engine = engine;

    /// <exception cref="CliException">The input cannot be read as a survey table.</exception>
    public ScoreSummary Run(Stream input, string inputName, TextWriter output, RunReporter reporter, ScoreInput settings, CancellationToken cancellation)
    {
        var duplicates = new DuplicateIndex();
        long ok = 0, incomplete = 0, error = 0, repeated = 0;
        using var line = new MemoryStream();
        try
        {
            foreach (var record in SurveyReader.Read(input, inputName, settings.ToOptions(_engine.Catalog)))
            {
                cancellation.ThrowIfCancellationRequested();
                if (record.Response is { } response)
                {
                    var result = _engine.Score(response);
                    line.SetLength(0);
                    ScoreResultJson.WriteLines(line, new[] { result });
                    output.Write(Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length).TrimEnd('\n'));
                    _ = result.Scores.IsComplete ? ok++ : incomplete++;
                }
                else
                {
                    output.Write(ErrorLine(record));
                    error++;
                }

                output.Write('\n');
                if (record.RespondentId.Length > 0 && record.Round is { } round && record.Problems.Count == 0)
                {
                    var first = duplicates.Add(RowScorer.DuplicateKey(record.RespondentId, round), (int)record.LineNumber);
                    if (first != 0)
                    {
                        repeated++;
                        reporter.Warn($"{inputName}: lines {first} and {record.LineNumber} have the same respondent_id and round; both are scored");
                    }
                }

                if (((ok + incomplete + error) & 511) == 0)
                {
                    output.Flush();
                    reporter.Progress(ok + incomplete + error);
                }
            }
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems, e);
        }

        output.Flush();
        reporter.Progress(ok + incomplete + error);
        return new ScoreSummary(ok, incomplete, error, repeated, reporter.Elapsed);
    }

    private static string ErrorLine(SurveyRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("line", record.LineNumber);
            json.WriteString("respondent_id", record.RespondentId);
            if (record.Round is { } round)
            {
                json.WriteString("round", round.ToCode());
            }
            else
            {
                json.WriteNull("round");
            }

            json.WriteString("status", "error");
            json.WriteStartArray("problems");
            foreach (var problem in record.Problems)
            {
                json.WriteStartObject();
                json.WriteString("column", problem.Column);
                json.WriteString("reason", problem.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
