namespace ReintegrationScoring.Tests.Generators;

/// <summary>A problem the weight-set validator must report: kind, measure or dimension, and the offending value.</summary>
public sealed record ExpectedWeightProblem(WeightSetProblemKind Kind, string? MeasureCode, Dimension? Dimension, double? Actual);
