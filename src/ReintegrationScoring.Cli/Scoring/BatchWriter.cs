using System;
using System.IO;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// The in-order end of the pipeline: writes each scored batch's text, counts the rows by status, checks for repeated
/// (respondent, round) pairs and reports progress. Runs on one thread.
/// </summary>
internal sealed class BatchWriter
{
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

    /// <summary>The line where the last row written starts (1, the header, before any).</summary>
    public int LastLine { get; private set; } = 1;

    /// <exception cref="CliException">The batch ends with an unterminated quoted field.</exception>
    public void Write(RowBatch batch)
    {
        // The output text holds the data rows only; an unterminated quote can only be the file's last row.
        batch.Output.WriteTo(_output);
        batch.Explanation?.WriteTo(_explanation!);
        for (var row = 0; row < batch.Count; row++)
        {
            var line = batch.LineNumber(row);
            switch (batch.Kind(row))
            {
                case RowKind.Blank:
                    continue;
                case RowKind.UnterminatedQuote:
                    throw new CliException($"{InputName}: line {line}, column {_columns.NameOf(batch.FieldCount(row))}: unterminated quoted field (a quote opens but never closes)");
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

            LastLine = line;
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

    public ScoreSummary Summary(TimeSpan elapsed) => new(_ok, _incomplete, _error, _repeated, elapsed);
}
