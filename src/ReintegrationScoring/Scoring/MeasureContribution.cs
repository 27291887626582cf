using System.Globalization;

namespace ReintegrationScoring;

/// <summary>
/// How one measure entered a survey's scores: its answer status, points, both weights, and what it contributed to its
/// dimension score and to the composite. A score's contributions sum to the score.
/// </summary>
/// <remarks>
/// A contribution is points × weight ÷ the score's denominator (Σ_S w for strict and zero, Σ_A w for renormalize), exact
/// and rounded once; with a complete survey and weights summing to 1 it is simply points × weight, as in the source's
/// worked example. It is null
/// where the measure adds nothing to a computed score (not applicable; missing under strict or renormalize) or the score
/// was not computed; a missing answer under the zero policy contributes 0.
/// </remarks>
public sealed class MeasureContribution
{
    internal MeasureContribution(
        Measure measure,
        Answer answer,
        double? points,
        double dimensionalWeight,
        double compositeWeight,
        double? dimensionContribution,
        double? compositeContribution)
    {
        Measure = measure;
        Answer = answer;
        Status = answer.ToAnswerStatus();
        Points = points;
        DimensionalWeight = dimensionalWeight;
        CompositeWeight = compositeWeight;
        DimensionContribution = dimensionContribution;
        CompositeContribution = compositeContribution;
    }

    /// <summary>The measure.</summary>
    public Measure Measure { get; }

    /// <summary>The measure's code.</summary>
    public string MeasureCode => Measure.Code;

    /// <summary>The measure's dimension.</summary>
    public Dimension Dimension => Measure.Dimension;

    /// <summary>The answer given.</summary>
    public Answer Answer { get; }

    /// <summary>How the answer entered the scores.</summary>
    public AnswerStatus Status { get; }

    /// <summary>The points earned, or null when the measure was not answered with an option.</summary>
    public double? Points { get; }

    /// <summary>The measure's dimensional weight in the weight set.</summary>
    public double DimensionalWeight { get; }

    /// <summary>The measure's composite weight in the weight set.</summary>
    public double CompositeWeight { get; }

    /// <summary>What the measure contributed to its dimension score; see the remarks for when it is null.</summary>
    public double? DimensionContribution { get; }

    /// <summary>What the measure contributed to the composite score; see the remarks for when it is null.</summary>
    public double? CompositeContribution { get; }

    /// <summary>
    /// A one-line account, e.g. <c>ECO_SATISFACTION answered: points 0.75, weights 0.1 / 0.03333333333333333, contributions 0.075 / 0.02586206896551724</c>,
    /// with numbers as <see cref="NumberText.Format"/> writes them, as the files do (they read back as the exact values).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}: points {2}, weights {3} / {4}, contributions {5} / {6}",
            MeasureCode,
            Status.ToCode(),
            Show(Points),
            NumberText.Format(DimensionalWeight),
            NumberText.Format(CompositeWeight),
            Show(DimensionContribution),
            Show(CompositeContribution));

    private static string Show(double? value) => value is null ? "-" : NumberText.Format(value.Value);
}
