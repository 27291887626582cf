using FsCheck;
using FsCheck.Fluent;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>Generators of whole scoring cases and of scoring options.</summary>
public static class ScoringGenerators
{
    /// <summary>Any catalog, a valid weight set for it, and a response with some missing answers.</summary>
    public static Gen<ScoringCase> Case { get; } =
        from catalog in CatalogGenerators.AnyCatalog
        from weights in WeightGenerators.WeightSet(catalog)
        from answers in AnswerGenerators.Response(catalog)
        select new ScoringCase(weights, answers);

    /// <summary>A policy with a minimum coverage in [0, 1] (often the default 0.75).</summary>
    public static Gen<ScoringOptions> Options { get; } =
        from policy in Gen.Elements(MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero)
        from coverage in Gen.Frequency((1, Gen.Constant(ScoringOptions.DefaultMinimumCoverage)), (1, Gen.Choose(0, 100).Select(i => i / 100.0)))
        select new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = coverage };
}
