using System;
using System.IO;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// The in-order end of the pipeline: writes each scored batch's text, counts the rows by status, checks for repeated
/// (respondent, round) pairs and reports progress. Each batch is handed to the outputs before its rows are counted, so
/// the counts (and the progress the reporter keeps) are rows written: when standard output breaks (<c>| head</c>), the
/// tool claims no row it did not write. Runs on one thread.
/// </summary>
internal sealed class BatchWriter
{
    public const string NotUtf8Reason = "not valid UTF-8 text (U+FFFD or bytes that are not UTF-8); save the file as CSV UTF-8";

    private readonly InputColumns _columns;
    private readonly TextWriter _output;
    private readonly TextWriter? _explanation;
    private readonly RunReporter _reporter;
    private readonly DuplicateIndex _duplicates = new();
    private long _ok;
    private long _incomplete;
    private long _error;
    private long _repeated;

    public BatchWriter(string inputName, InputColumns columns, TextWriter output, TextWriter? explanation, RunReporter reporter)
    {
        InputName = inputName;
        _columns = columns;
        _output = output;
        _explanation = explanation;
        _reporter = reporter;
    }

    public string InputName { get; }

    /// <exception cref="CliException">The batch holds a row that is not UTF-8 or that opens an unterminated quote.</exception>
    /// <exception cref="System.IO.IOException">An output cannot be written; the batch's rows are not counted.</exception>
    public void Write(RowBatch batch)
    {
        Refuse(batch, InputName, _columns);
        batch.Output.WriteTo(_output);
        batch.Explanation?.WriteTo(_explanation!);
        _output.Flush();
        _explanation?.Flush();
        for (var row = 0; row < batch.Count; row++)
        {
            var line = batch.LineNumber(row);
            switch (batch.Kind(row))
            {
                case RowKind.Blank:
                    continue;
                case RowKind.Ok:
                    _ok++;
                    break;
                case RowKind.Incomplete:
                    _incomplete++;
                    break;
                case RowKind.Error:
                    _error++;
                    break;
                default:
                    throw new InvalidOperationException($"Row at line {line} was not scored.");
            }

            var key = batch.DuplicateKey(row);
            if (key != 0)
            {
                var first = _duplicates.Add(key, line);
                if (first != 0)
                {
                    _repeated++;
                    _reporter.Warn($"{InputName}: lines {first} and {line} have the same respondent_id and round; both are scored");
                }
            }
        }

        _reporter.Progress(_ok + _incomplete + _error);
    }

    /// <summary>Refuses the batch before any of it is used when it holds a row that makes the input unreadable.</summary>
    /// <exception cref="CliException">A row is not UTF-8 or opens an unterminated quote.</exception>
    public static void Refuse(RowBatch batch, string inputName, InputColumns columns)
    {
        for (var row = 0; row < batch.Count; row++)
        {
            var line = batch.LineNumber(row);
            switch (batch.Kind(row))
            {
                case RowKind.NotUtf8:
                    throw new CliException($"{inputName}: line {line}: {NotUtf8Reason}");
                case RowKind.UnterminatedQuote:
                    throw new CliException($"{inputName}: line {line}, column {columns.NameOf(batch.FieldCount(row))}: unterminated quoted field (a quote opens but never closes)");
            }
        }
    }

    public ScoreSummary Summary(TimeSpan elapsed) => new(_ok, _incomplete, _error, _repeated, elapsed);
}
