namespace ReintegrationScoring;

/// <summary>Where a measure of a catalog comes from, so that nobody mistakes a reconstruction for IOM's wording.</summary>
public enum MeasureProvenance
{
    /// <summary>Defined by the catalog's author; the default for custom instruments.</summary>
    Custom = 0,

    /// <summary>Printed in the scoring table of IOM's source document, with its weights.</summary>
    SourceTable = 1,

    /// <summary>The indicator is IOM's; the measure's wording is this project's reconstruction from IOM's public descriptions.</summary>
    Reconstructed = 2,
}
