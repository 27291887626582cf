using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Scores a survey CSV stream into the output CSV (and optionally the explanation CSV), streaming. One reader thread
/// parses the input (Sep) and copies the cells the tool reads into batches of <see cref="RowBatch.RowCapacity"/> rows;
/// worker threads score batches and format their text; the calling thread writes batches in input order. A fixed pool
/// of batches bounds memory whatever the file size or the speed of the output; the only state that grows with the
/// input is 12 bytes per distinct (respondent, round) pair for the duplicate warning (see <see cref="DuplicateIndex"/>).
/// </summary>
internal sealed class ScorePipeline
{
    public const string OutputHeader = "respondent_id,round,economic,social,psychosocial,composite,status,detail";

    public const string ExplanationHeader =
        "respondent_id,round,measure,dimension,answer_status,points,dimensional_weight,composite_weight,dimension_contribution,composite_contribution";

    private const int ReadBufferSize = 1 << 16;
    private const char Utf8Replacement = '\uFFFD';

    // Invalid bytes decode to U+FFFD, which the reader looks for row by row, so the error can name the line.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ScoringEngine _engine;
    private readonly int _workers;
    private readonly AnswerLookup[] _lookups;
    private readonly FormulaPolicy _formulas;

    /// <param name="engine">The weight set, policy and minimum coverage to score with.</param>
    /// <param name="workers">Scoring threads besides the reader and the writer; 0 for one per processor, 1 for none (everything on the calling thread).</param>
    /// <param name="formulas">How respondent ids, echoed from the input, are written to both outputs.</param>
    public ScorePipeline(ScoringEngine engine, int workers = 0, FormulaPolicy formulas = FormulaPolicy.Keep)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        if (workers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(workers), workers, "Expected 0 (one per processor) or more.");
        }

        _workers = workers == 0 ? Environment.ProcessorCount : workers;
        _lookups = engine.Catalog.Measures.Select(m => new AnswerLookup(m)).ToArray();
        _formulas = formulas;
    }

    /// <summary>Scores <paramref name="input"/> (UTF-8 CSV, with or without byte-order mark) into <paramref name="output"/>.</summary>
    /// <param name="input">The survey CSV.</param>
    /// <param name="inputName">The input's name in messages.</param>
    /// <param name="output">Receives the scores CSV.</param>
    /// <param name="explanation">Receives the per-measure explanation CSV, or null.</param>
    /// <param name="reporter">Receives warnings and progress.</param>
    /// <param name="cancellation">Stops the run between batches.</param>
    /// <returns>The counts; the caller reports them.</returns>
    /// <exception cref="CliException">The input cannot be scored at all: required columns missing, not UTF-8, an unterminated quote.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public ScoreSummary Run(
        Stream input,
        string inputName,
        TextWriter output,
        TextWriter? explanation,
        RunReporter reporter,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reporter);
        using var text = new StreamReader(input, Utf8, detectEncodingFromByteOrderMarks: true, ReadBufferSize, leaveOpen: true);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true })
            .From(new RecordGuardReader(text, inputName));
        var columns = ReadHeader(reader, inputName);
        output.Write(OutputHeader);
        output.Write('\n');
        explanation?.Write(ExplanationHeader);
        explanation?.Write('\n');
        var writer = new BatchWriter(inputName, columns, output, explanation, reporter);
        var fields = new[] { columns.RespondentId, columns.Round }.Concat(columns.Measures).ToArray();
        if (_workers == 1)
        {
            RunSequentially(reader, fields, columns, explanation is not null, writer, cancellation);
        }
        else
        {
            RunInParallel(reader, fields, columns, explanation is not null, writer, cancellation);
        }

        return writer.Summary(reporter.Elapsed);
    }

    /// <summary>Fills <paramref name="batch"/> from the reader.</summary>
    /// <returns>Whether any row was read.</returns>
    private static bool Fill(SepReader reader, RowBatch batch, int[] fields)
    {
        batch.Clear();
        while (!batch.IsFull && reader.MoveNext())
        {
            var row = reader.Current;
            var raw = row.Span;

            // Counted from the end of the row: Sep's LineNumberFrom can be off for the last row of its buffer.
            var lineNumber = row.LineNumberToExcl - 1 - LineBreaks.Count(raw);
            if (raw.IsEmpty)
            {
                batch.AddMarker(RowKind.Blank, lineNumber, 0);
            }
            else if (raw.IndexOfAny('"', Utf8Replacement) < 0)
            {
                batch.AddRow(row, lineNumber, fields);
            }
            else if (raw.Contains(Utf8Replacement))
            {
                batch.AddMarker(RowKind.NotUtf8, lineNumber, 0);
            }
            else if ((raw.Count('"') & 1) != 0)
            {
                // Quotes pair up until the end of the file, so only an unterminated quote leaves an odd count.
                batch.AddMarker(RowKind.UnterminatedQuote, lineNumber, row.ColCount - 1);
            }
            else
            {
                batch.AddQuotedRow(row, lineNumber, fields);
            }
        }

        return batch.Count > 0;
    }

    private InputColumns ReadHeader(SepReader reader, string inputName)
    {
        if (!reader.MoveNext())
        {
            throw new CliException($"{inputName}: the file is empty; expected a header row with respondent_id, round and the measure codes");
        }

        var header = reader.Current;
        var raw = header.Span;
        if (raw.Contains(Utf8Replacement))
        {
            throw new CliException($"{inputName}: line 1: {BatchWriter.NotUtf8Reason}");
        }

        if (raw.Contains('"') && (raw.Count('"') & 1) != 0)
        {
            throw new CliException($"{inputName}: line 1: unterminated quoted field in the header");
        }

        var names = new string[header.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = CsvCell.ToText(header[i].Span);
        }

        return InputColumns.FromHeader(names, _engine.Catalog, $"{inputName}: line 1");
    }

    private void RunSequentially(SepReader reader, int[] fields, InputColumns columns, bool explain, BatchWriter writer, CancellationToken cancellation)
    {
        var batch = new RowBatch(fields.Length, explain);
        var scorer = new RowScorer(_engine, columns, _lookups, _formulas);
        while (Fill(reader, batch, fields))
        {
            cancellation.ThrowIfCancellationRequested();
            scorer.Score(batch);
            writer.Write(batch);
        }
    }

    private void RunInParallel(SepReader reader, int[] fields, InputColumns columns, bool explain, BatchWriter writer, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var free = new BlockingCollection<RowBatch>(new ConcurrentQueue<RowBatch>());
        using var toScore = new BlockingCollection<RowBatch>(new ConcurrentQueue<RowBatch>());
        using var inOrder = new BlockingCollection<RowBatch>(new ConcurrentQueue<RowBatch>());
        for (var i = 0; i < (2 * _workers) + 2; i++)
        {
            free.Add(new RowBatch(fields.Length, explain), CancellationToken.None);
        }

        Exception? readFailure = null;
        var tasks = new List<Task>
        {
            Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        while (true)
                        {
                            var batch = free.Take(stop.Token);
                            if (!Fill(reader, batch, fields))
                            {
                                break;
                            }

                            toScore.Add(batch, stop.Token);
                            inOrder.Add(batch, stop.Token);
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        readFailure = e;
                    }
                    finally
                    {
                        toScore.CompleteAdding();
                        inOrder.CompleteAdding();
                    }
                },
                stop.Token,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default),
        };
        for (var i = 0; i < _workers; i++)
        {
            tasks.Add(Task.Factory.StartNew(() => Score(toScore, columns, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }

        try
        {
            foreach (var batch in inOrder.GetConsumingEnumerable(stop.Token))
            {
                batch.Scored.Wait(stop.Token);
                if (batch.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }

                writer.Write(batch);
                free.Add(batch, stop.Token);
            }

            if (readFailure is not null)
            {
                ExceptionDispatchInfo.Capture(readFailure).Throw();
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll(tasks.ToArray(), CancellationToken.None);
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.All(inner => inner is OperationCanceledException))
            {
                // The threads were told to stop; nothing was lost that the exception in flight does not report.
            }
        }
    }

    private void Score(BlockingCollection<RowBatch> toScore, InputColumns columns, CancellationToken stop)
    {
        var scorer = new RowScorer(_engine, columns, _lookups, _formulas);
        foreach (var batch in toScore.GetConsumingEnumerable(stop))
        {
            try
            {
                scorer.Score(batch);
            }
            catch (Exception e)
            {
                // Handed to the writer, which rethrows it in input order.
                batch.Failure = e;
            }
            finally
            {
                batch.Scored.Set();
            }
        }
    }
}
