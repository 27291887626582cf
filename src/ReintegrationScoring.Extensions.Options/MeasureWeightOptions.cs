namespace ReintegrationScoring.Extensions.Options;

/// <summary>One inline weight entry: a measure code and its two weights (finite, at least 0).</summary>
public sealed class MeasureWeightOptions
{
    /// <summary>The measure's code, e.g. <c>ECO_SATISFACTION</c>.</summary>
    public string? Measure { get; set; }

    /// <summary>The weight in the measure's dimension score.</summary>
    public double Dimensional { get; set; }

    /// <summary>The weight in the composite score.</summary>
    public double Composite { get; set; }
}
