using System.Collections.Generic;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Which weights to score with: set exactly one of <see cref="BuiltIn"/>, <see cref="File"/>, or the inline weights
/// (<see cref="Id"/>, <see cref="Version"/>, <see cref="Description"/>, <see cref="Weights"/>). Setting none is an error:
/// the project's provisional weights are used only when named (<c>BuiltIn = "equal-by-indicator"</c>). Every source is
/// validated as the core validates weight sets.
/// </summary>
public sealed class WeightSetOptions
{
    /// <summary>The name of a built-in weight set: <c>equal-by-indicator</c>, the project's provisional weights, not IOM's (see <see cref="BuiltInWeightSets.Names"/>).</summary>
    public string? BuiltIn { get; set; }

    /// <summary>The path of a JSON weight-set file in the exchange format; relative paths are resolved against <see cref="ReintegrationScoringOptions.BaseDirectory"/>.</summary>
    public string? File { get; set; }

    /// <summary>Inline weights: the weight set's id, recorded in every result.</summary>
    public string? Id { get; set; }

    /// <summary>Inline weights: the weight set's version, recorded in every result.</summary>
    public string? Version { get; set; }

    /// <summary>Inline weights: where the weights come from.</summary>
    public string? Description { get; set; }

    /// <summary>Inline weights: one entry per catalog measure.</summary>
    public IList<MeasureWeightOptions> Weights { get; } = new List<MeasureWeightOptions>();
}
