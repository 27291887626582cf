using System.Collections.Generic;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// The outcome of an uncertainty analysis of the weights, with its provenance: the nominal weight set, the policy, the
/// settings and the drawn weight sets themselves, so that anyone can recompute every figure. Immutable.
/// </summary>
public sealed class SensitivityResult
{
    internal SensitivityResult(SensitivityRequest request, long surveys, IReadOnlyList<WeightSet> draws, IReadOnlyList<SensitivityRow> rows, IReadOnlyList<RankStability> stability)
    {
        Request = request;
        Surveys = surveys;
        Draws = draws;
        Rows = rows;
        Stability = stability;
    }

    /// <summary>What was analysed: nominal weights, policy, groups, round, N, F and seed.</summary>
    public SensitivityRequest Request { get; }

    /// <summary>The surveys analysed.</summary>
    public long Surveys { get; }

    /// <summary>The drawn weight sets, draw 1 first.</summary>
    public IReadOnlyList<WeightSet> Draws { get; }

    /// <summary>
    /// One row per round, group and score, in the cohort summary's order: round (initial, intermediate, final), then
    /// group values ordinally, then score (economic, social, psychosocial, composite).
    /// </summary>
    public IReadOnlyList<SensitivityRow> Rows { get; }

    /// <summary>One entry per round present and score, in the same order.</summary>
    public IReadOnlyList<RankStability> Stability { get; }
}
