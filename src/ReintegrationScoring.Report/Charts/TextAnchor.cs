namespace ReintegrationScoring.Report.Charts;

/// <summary>Where a text sits relative to its x coordinate.</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
