namespace ReintegrationScoring;

/// <summary>What is wrong with a catalog definition.</summary>
public enum CatalogProblemKind
{
    /// <summary>The catalog id is empty.</summary>
    BlankId = 0,

    /// <summary>The catalog version is empty.</summary>
    BlankVersion = 1,

    /// <summary>Two indicators share a code (ignoring case).</summary>
    DuplicateIndicator = 2,

    /// <summary>Two measures share a code (ignoring case).</summary>
    DuplicateMeasure = 3,

    /// <summary>A measure's indicator is not among the catalog's indicators.</summary>
    UnknownIndicator = 4,

    /// <summary>An indicator has no measure.</summary>
    IndicatorWithoutMeasures = 5,

    /// <summary>A dimension has no indicator, so it could never be scored.</summary>
    DimensionWithoutIndicators = 6,

    /// <summary>A dimension is defined more than once.</summary>
    DuplicateDimension = 7,

    /// <summary>A null entry in a list.</summary>
    NullEntry = 8,

    /// <summary>Two measures use different scales that share a code; files refer to scales by code.</summary>
    ConflictingScale = 9,
}
