using System.Globalization;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>One mutation of a list of weight entries: what, on which measure code (or dimension code), with which value.</summary>
public sealed record WeightMutation(WeightMutationKind Kind, string Target, double Value)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Target} {Value}");
}
