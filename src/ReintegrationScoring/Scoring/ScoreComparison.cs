using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// The change in one respondent's scores between two surveys (later minus earlier). Progress is only meaningful
/// between scores computed with the same catalog, weight set and policy; otherwise the comparison is flagged.
/// </summary>
public sealed class ScoreComparison
{
    private ScoreComparison(ScoreResult earlier, ScoreResult later, ComparisonIssues issues)
    {
        Earlier = earlier;
        Later = later;
        Issues = issues;
    }

    /// <summary>The earlier result.</summary>
    public ScoreResult Earlier { get; }

    /// <summary>The later result.</summary>
    public ScoreResult Later { get; }

    /// <summary>Why the results may not be comparable; <see cref="ComparisonIssues.None"/> when they are.</summary>
    public ComparisonIssues Issues { get; }

    /// <summary>Whether both results use the same catalog, weight set and policy (round order aside).</summary>
    public bool IsComparable => (Issues & ~ComparisonIssues.RoundsNotInOrder) == ComparisonIssues.None;

    /// <summary>The change in the economic score, or null when either score was not computed.</summary>
    public double? Economic => Delta(ScoreKind.Economic);

    /// <summary>The change in the social score, or null when either score was not computed.</summary>
    public double? Social => Delta(ScoreKind.Social);

    /// <summary>The change in the psychosocial score, or null when either score was not computed.</summary>
    public double? Psychosocial => Delta(ScoreKind.Psychosocial);

    /// <summary>The change in the composite score, or null when either score was not computed.</summary>
    public double? Composite => Delta(ScoreKind.Composite);

    /// <summary>Compares two results of one respondent.</summary>
    /// <exception cref="ArgumentNullException">A result is null.</exception>
    /// <exception cref="ArgumentException">The results belong to different respondents.</exception>
    /// <param name="earlier">The result of the earlier survey.</param>
    /// <param name="later">The result of the later survey.</param>
    /// <returns>The deltas of the four scores and any issues that make them hard to compare.</returns>
    public static ScoreComparison Compare(ScoreResult earlier, ScoreResult later)
    {
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(later);
        if (earlier.RespondentId != later.RespondentId)
        {
            throw new ArgumentException("The two results belong to different respondents.", nameof(later));
        }

        var issues = ComparisonIssues.None;
        if (!earlier.WeightSet.Catalog.IsSameInstrument(later.WeightSet.Catalog))
        {
            issues |= ComparisonIssues.DifferentCatalog;
        }

        if (!earlier.WeightSet.HasSameIdentity(later.WeightSet) || !earlier.WeightSet.HasSameWeights(later.WeightSet))
        {
            issues |= ComparisonIssues.DifferentWeightSet;
        }

        if (!earlier.Options.Equals(later.Options))
        {
            issues |= ComparisonIssues.DifferentPolicy;
        }

        if (later.Round <= earlier.Round)
        {
            issues |= ComparisonIssues.RoundsNotInOrder;
        }

        return new ScoreComparison(earlier, later, issues);
    }

    /// <summary>The change in the score of <paramref name="kind"/>, or null when either score was not computed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <param name="kind">The score compared.</param>
    /// <returns>The later score minus the earlier one, or null.</returns>
    public double? Delta(ScoreKind kind) =>
        Earlier.Scores[kind].TryGetValue(out var before) && Later.Scores[kind].TryGetValue(out var after) ? after - before : null;

    /// <summary>Formats the comparison for logs without revealing the respondent.</summary>
    /// <returns>The rounds, the deltas and the issues; never the respondent id.</returns>
    public override string ToString() =>
        $"{Earlier.Round.ToCode()} → {Later.Round.ToCode()}: economic {Show(Economic)}, social {Show(Social)}, psychosocial {Show(Psychosocial)}, composite {Show(Composite)}" + (Issues == ComparisonIssues.None ? string.Empty : $" [{Issues}]");

    private static string Show(double? delta) => delta is null ? "n/a" : NumberText.Format(delta.Value);
}
