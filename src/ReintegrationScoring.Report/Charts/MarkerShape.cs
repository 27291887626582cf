namespace ReintegrationScoring.Report.Charts;

/// <summary>Marker shapes: series differ by shape as well as colour, so that they read in grey and for colour-blind readers.</summary>
internal enum MarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
}
