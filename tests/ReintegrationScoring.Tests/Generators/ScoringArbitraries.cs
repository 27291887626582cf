using FsCheck;
using FsCheck.Fluent;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>The arbitraries property tests name in <c>[Property(Arbitrary = ...)]</c>: FsCheck finds them by return type.</summary>
public static class ScoringArbitraries
{
    public static Arbitrary<Catalog> Catalog() => Arb.From(CatalogGenerators.AnyCatalog);

    public static Arbitrary<ScoringCase> ScoringCase() => Arb.From(ScoringGenerators.Case);

    public static Arbitrary<ScoringOptions> ScoringOptions() => Arb.From(ScoringGenerators.Options);

    public static Arbitrary<ValidWeightEntries> ValidWeightEntries() => Arb.From(WeightGenerators.ValidCase);

    public static Arbitrary<InvalidWeightCase> InvalidWeightCase() => Arb.From(WeightGenerators.InvalidCase);
}
