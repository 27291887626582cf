namespace ReintegrationScoring;

/// <summary>What is wrong with a weight set.</summary>
public enum WeightSetProblemKind
{
    /// <summary>The id is empty.</summary>
    BlankId = 0,

    /// <summary>The version is empty.</summary>
    BlankVersion = 1,

    /// <summary>An entry names a measure that is not in the catalog (or has no code).</summary>
    UnknownMeasure = 2,

    /// <summary>A measure has more than one entry.</summary>
    DuplicateMeasure = 3,

    /// <summary>A catalog measure has no entry.</summary>
    MissingMeasure = 4,

    /// <summary>A dimensional weight is negative or not a finite number.</summary>
    InvalidDimensionalWeight = 5,

    /// <summary>A composite weight is negative or not a finite number.</summary>
    InvalidCompositeWeight = 6,

    /// <summary>A dimension's dimensional weights do not sum to 1.</summary>
    DimensionSumNotOne = 7,

    /// <summary>The composite weights do not sum to 1.</summary>
    CompositeSumNotOne = 8,

    /// <summary>Normalisation was asked for, but a sum is 0.</summary>
    ZeroSum = 9,
}
