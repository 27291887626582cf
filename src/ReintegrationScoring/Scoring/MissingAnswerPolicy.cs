namespace ReintegrationScoring;

/// <summary>
/// How a score treats missing answers (absent, <c>dont_know</c>, <c>refused</c>); reference section 7. For one score,
/// S is its measures minus those answered <c>not_applicable</c>, A ⊆ S the answered ones, w the score's weights.
/// </summary>
public enum MissingAnswerPolicy
{
    /// <summary>Σ_A p·w / Σ_S w, computable only when nothing is missing (A = S). The default.</summary>
    Strict = 0,

    /// <summary>Σ_A p·w / Σ_A w, computable when coverage Σ_A w / Σ_S w reaches the minimum coverage.</summary>
    Renormalize = 1,

    /// <summary>Σ_A p·w / Σ_S w: a missing answer earns 0 points, as a spreadsheet SUMPRODUCT does. Always computable.</summary>
    Zero = 2,
}
