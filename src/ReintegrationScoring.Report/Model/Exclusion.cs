namespace ReintegrationScoring.Report;

/// <summary>A count of rows or respondents left out of some figures, and why.</summary>
/// <param name="Reason">Why they were left out (and so which figures they are missing from).</param>
/// <param name="Count">How many.</param>
public sealed record Exclusion(ExclusionReason Reason, long Count);
