using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;
using ReintegrationScoring.Scoring.Engine;

namespace ReintegrationScoring;

/// <summary>
/// Scores survey responses: three dimension scores and the composite, under a missing-answer policy (reference
/// sections 2, 6 and 7). Built once per weight set and options, with per-measure contributions precomputed; immutable
/// and thread-safe, so one instance serves any number of threads.
/// </summary>
/// <remarks>
/// Every sum (Σ_A p·w, Σ_A w, Σ_S w) is carried in twice a double's precision and every quotient (score, coverage) is
/// formed from those sums and rounded once: results are the exact value of the formulas rounded to the nearest double,
/// except that a value within a relative n² × 2^-104 (n: the measures summed) of halfway between two doubles may round
/// to the other neighbour (docs/method.md).
/// Each dimension's sums run over its measures in catalog order, starting from 0; the composite's run over all measures,
/// grouped by dimension (economic, social, psychosocial) and in catalog order within each. Every way of scoring (one
/// response, a batch, in parallel, with or without the accelerators of docs/performance.md) makes exactly these
/// operations, so results are deterministic and bit-identical whichever computed them.
/// </remarks>
public sealed partial class ScoringEngine
{
    private readonly EngineTables _tables;
    private readonly ScoreRules _rules;
    private readonly ReferenceKernel _reference;
    private readonly ScoringKernel _kernel;

    /// <summary>Creates an engine for <paramref name="weightSet"/> (and its catalog).</summary>
    /// <param name="weightSet">The validated weights.</param>
    /// <param name="options">The missing-answer policy; <see cref="ScoringOptions.Default"/> (strict) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weightSet"/> is null.</exception>
    /// <exception cref="NotSupportedException">
    /// The <c>ReintegrationScoring.ScoringKernel</c> AppContext setting or the <c>RSS_SCORING_KERNEL</c> environment
    /// variable names a kernel that is unknown or cannot run here (docs/performance.md).
    /// </exception>
    public ScoringEngine(WeightSet weightSet, ScoringOptions? options = null)
    {
        WeightSet = Preconditions.NotNull(weightSet);
        Options = options ?? ScoringOptions.Default;
        _tables = new EngineTables(weightSet);
        _rules = new ScoreRules(Options);
        _reference = new ReferenceKernel(_tables, _rules);
        _kernel = KernelFactory.Create(_tables, _rules, _reference);
    }

    /// <summary>The engine for the built-in catalog with <c>equal-by-indicator</c> weights and the strict policy.</summary>
    public static ScoringEngine Default { get; } = new(BuiltInWeightSets.EqualByIndicator);

    /// <summary>The catalog scored (the weight set's).</summary>
    public Catalog Catalog => WeightSet.Catalog;

    /// <summary>The weights used.</summary>
    public WeightSet WeightSet { get; }

    /// <summary>The missing-answer policy and minimum coverage.</summary>
    public ScoringOptions Options { get; }

    /// <summary>The name of the kernel computing the scores (docs/performance.md).</summary>
    internal string KernelName => _kernel.Name;

    /// <summary>Scores a response into a result that can explain itself. Allocates only the result.</summary>
    /// <param name="response">A response for this engine's catalog.</param>
    /// <returns>The scores with the response, the weight set and the policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The response is for a different catalog.</exception>
    public ScoreResult Score(SurveyResponse response) => new(this, response, ComputeScores(response));

    /// <summary>Computes the four scores of a response without allocating.</summary>
    /// <param name="response">A response for this engine's catalog.</param>
    /// <returns>The four scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The response is for a different catalog.</exception>
    public ScoreSet ComputeScores(SurveyResponse response)
    {
        Preconditions.NotNull(response);
        if (!IsForCatalog(response))
        {
            throw new ArgumentException($"The response is for catalog {MessageText.Quote(response.Catalog.ToString())}, the engine scores catalog {MessageText.Quote(Catalog.ToString())}.", nameof(response));
        }

        return _kernel.Score(response.AnswerArray, 0, -1);
    }

    /// <summary>
    /// Computes the four scores of the answers at <paramref name="offset"/> of a caller-owned buffer: one answer per
    /// catalog measure, in catalog order. Lets callers reuse one buffer for many responses without allocating.
    /// </summary>
    /// <param name="answers">The buffer.</param>
    /// <param name="offset">The index of the response's first answer, in [0, <c>answers.Length</c> - the measure count].</param>
    /// <returns>The four scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The buffer holds fewer than one response's answers at <paramref name="offset"/>.</exception>
    /// <exception cref="InvalidAnswerException">An answer is not valid for its measure.</exception>
    public ScoreSet ComputeScores(Answer[] answers, int offset = 0)
    {
        Preconditions.NotNull(answers);
        if (offset < 0 || offset > answers.Length - _tables.MeasureCount)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"The buffer must hold {_tables.MeasureCount} answers from the offset on; it has {answers.Length} in all.");
        }

        return _kernel.Score(answers, offset, -1);
    }

    /// <summary>Every measure's contribution to <paramref name="scores"/>, the scores of <paramref name="response"/>.</summary>
    internal IReadOnlyList<MeasureContribution> Explain(SurveyResponse response, ScoreSet scores) =>
        Explanation.Of(_reference, _rules, WeightSet, response, scores);

    /// <summary>Whether the response's answers line up with this engine's tables (same measures, same scales).</summary>
    private bool IsForCatalog(SurveyResponse response) =>
        ReferenceEquals(response.Catalog, Catalog) || response.Catalog.IsSameInstrument(Catalog);
}
