using System;
using System.IO;
using System.Linq;
using System.Threading;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Scores a survey table into the output CSV (and optionally the explanation CSV), streaming, through
/// <see cref="OrderedBatches"/>: one reader thread parses the input (Sep for CSV, the Import package for XLSX and JSON)
/// and copies the cells the tool reads into batches of <see cref="RowBatch.RowCapacity"/> rows; worker threads score
/// batches and format their text; the calling thread writes batches in input order. The only state that grows with the
/// input is 12 bytes per distinct (respondent, round) pair for the duplicate warning (see <see cref="DuplicateIndex"/>).
/// </summary>
internal sealed class ScorePipeline
{
    public const string OutputHeader = "respondent_id,round,economic,social,psychosocial,composite,status,detail";

    public const string ExplanationHeader =
        "respondent_id,round,measure,dimension,answer_status,points,dimensional_weight,composite_weight,dimension_contribution,composite_contribution";

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

    /// <summary>Scores a UTF-8 CSV with the default settings: see the overload with settings.</summary>
    public ScoreSummary Run(Stream input, string inputName, TextWriter output, TextWriter? explanation, RunReporter reporter, CancellationToken cancellation = default) =>
        Run(input, inputName, output, explanation, reporter, null, cancellation);

    /// <summary>Scores <paramref name="input"/> (by default a UTF-8 CSV, with or without byte-order mark) into <paramref name="output"/>.</summary>
    /// <param name="input">The survey table.</param>
    /// <param name="inputName">The input's name in messages (and, for <see cref="SurveyInputFormat.Auto"/>, its format).</param>
    /// <param name="output">Receives the scores CSV.</param>
    /// <param name="explanation">Receives the per-measure explanation CSV, or null.</param>
    /// <param name="reporter">Receives warnings and progress.</param>
    /// <param name="cancellation">Stops the run between batches.</param>
    /// <param name="settings">How to read the input (format, delimiter, encoding, column names, mapping, <c>--keep</c>); null for the defaults.</param>
    /// <returns>The counts; the caller reports them.</returns>
    /// <exception cref="CliException">The input cannot be scored at all: required columns missing, not in the encoding, an unterminated quote.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public ScoreSummary Run(
        Stream input,
        string inputName,
        TextWriter output,
        TextWriter? explanation,
        RunReporter reporter,
        ScoreInput? settings,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reporter);
        settings ??= ScoreInput.Default;
        using var source = RowSources.Open(input, inputName, settings, _engine.Catalog);
        var columns = InputColumns.FromLayout(source.Layout, settings.Keep, inputName);
        var lookups = RowSources.Lookups(_engine.Catalog, columns, _lookups);

        output.Write(OutputHeader);
        foreach (var name in columns.KeepNames)
        {
            output.Write(',');
            output.Write(CsvCell.Escape(name));
        }

        output.Write('\n');
        explanation?.Write(ExplanationHeader);
        explanation?.Write('\n');
        var writer = new BatchWriter(inputName, columns, output, explanation, reporter);
        var fields = columns.Fields;
        try
        {
            if (_workers == 1)
            {
                RunSequentially(source, fields, columns, lookups, explanation is not null, writer, cancellation);
            }
            else
            {
                RunInParallel(source, fields, columns, lookups, explanation is not null, writer, cancellation);
            }
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems, e);
        }

        return writer.Summary(reporter.Elapsed);
    }

    private void RunSequentially(IRowSource source, int[] fields, InputColumns columns, AnswerLookup[] lookups, bool explain, BatchWriter writer, CancellationToken cancellation)
    {
        var batch = new RowBatch(fields.Length, explain);
        var scorer = new RowScorer(_engine, columns, lookups, _formulas);
        while (source.Fill(batch, fields))
        {
            cancellation.ThrowIfCancellationRequested();
            scorer.Score(batch);
            writer.Write(batch);
        }
    }

    private void RunInParallel(IRowSource source, int[] fields, InputColumns columns, AnswerLookup[] lookups, bool explain, BatchWriter writer, CancellationToken cancellation)
    {
        var batches = OrderedBatches.Run(
            _workers,
            () => new RowBatch(fields.Length, explain),
            batch => source.Fill(batch, fields),
            () => new RowScorer(_engine, columns, lookups, _formulas).Score,
            cancellation);
        foreach (var batch in batches)
        {
            writer.Write(batch);
        }
    }
}
