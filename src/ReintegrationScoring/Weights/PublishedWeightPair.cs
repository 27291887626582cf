namespace ReintegrationScoring;

/// <summary>One of the weight pairs printed in IOM's source document, with the source's French name of the measure.</summary>
/// <param name="MeasureCode">The code of the corresponding measure in <see cref="RssCatalog.Default"/>.</param>
/// <param name="SourceName">The measure's name as printed in the (French) source.</param>
/// <param name="Dimensional">The published dimensional weight.</param>
/// <param name="Composite">The published composite weight.</param>
public readonly record struct PublishedWeightPair(string MeasureCode, string SourceName, double Dimensional, double Composite);
