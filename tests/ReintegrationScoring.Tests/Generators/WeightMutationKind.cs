namespace ReintegrationScoring.Tests.Generators;

/// <summary>A way of breaking a valid list of weight entries.</summary>
public enum WeightMutationKind
{
    /// <summary>Drop every entry of a measure.</summary>
    Remove,

    /// <summary>Append a second entry for a measure.</summary>
    Duplicate,

    /// <summary>Append an entry for a code that is not in the catalog.</summary>
    AddUnknown,

    /// <summary>Give a measure a negative or non-finite dimensional weight.</summary>
    BadDimensional,

    /// <summary>Give a measure a negative or non-finite composite weight.</summary>
    BadComposite,

    /// <summary>Multiply every dimensional weight of a dimension by a factor other than 1.</summary>
    ScaleDimension,

    /// <summary>Multiply every composite weight by a factor other than 1.</summary>
    ScaleComposite,
}
