using System.Linq;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>Valid weight entries for a catalog, in any order.</summary>
public sealed record ValidWeightEntries(Catalog Catalog, MeasureWeight[] Entries)
{
    public override string ToString() => $"{Catalog}: [{string.Join(", ", Entries.Select(e => e.ToString()))}]";
}
