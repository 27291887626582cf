namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>How far an uncertainty analysis has got: the draws evaluated so far, of all.</summary>
/// <param name="CompletedDraws">Draws evaluated, in [0, <paramref name="TotalDraws"/>].</param>
/// <param name="TotalDraws">The number of draws N.</param>
public readonly record struct SensitivityProgress(int CompletedDraws, int TotalDraws);
