namespace ReintegrationScoring.Report;

/// <summary>How one measure was answered across the surveys read without error. Shares are fractions in [0, 1].</summary>
/// <param name="MeasureCode">The measure's code.</param>
/// <param name="Label">The measure's label from the catalog.</param>
/// <param name="Dimension">The measure's dimension.</param>
/// <param name="Surveys">The surveys counted (the denominator of the shares).</param>
/// <param name="Missing">The share with no answer at all.</param>
/// <param name="DontKnow">The share answered <c>dont_know</c>.</param>
/// <param name="Refused">The share answered <c>refused</c>.</param>
/// <param name="NotApplicable">The share answered <c>not_applicable</c>.</param>
public sealed record MeasureQuality(
    string MeasureCode,
    LocalizedText Label,
    Dimension Dimension,
    long Surveys,
    double Missing,
    double DontKnow,
    double Refused,
    double NotApplicable);
