namespace ReintegrationScoring.Extensions.Options;

/// <summary>An engine built from validated options, and where its catalog and weight set came from (for the start-up log).</summary>
internal sealed record BuiltScorer(ScoringEngine Engine, string CatalogSource, string WeightSetSource);
