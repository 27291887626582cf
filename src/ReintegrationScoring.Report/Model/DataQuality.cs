using System.Collections.Generic;

namespace ReintegrationScoring.Report;

/// <summary>The data-quality section: non-answers per measure and the rows or respondents left out, with why.</summary>
/// <param name="Measures">One entry per measure, in catalog order.</param>
/// <param name="Exclusions">What was left out of the figures and why; reasons with a count of zero may be omitted.</param>
public sealed record DataQuality(IReadOnlyList<MeasureQuality> Measures, IReadOnlyList<Exclusion> Exclusions);
