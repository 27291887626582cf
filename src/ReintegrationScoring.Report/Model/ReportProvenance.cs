using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Report;

/// <summary>What produced a report's figures, shown at the top of the page so that a printed copy says where it comes from.</summary>
/// <param name="Title">The page title chosen by the user (<c>--title</c>), or null for the default title of the language.</param>
/// <param name="InputFileName">The input file's name, without its folder.</param>
/// <param name="GeneratedAt">When the report was generated.</param>
/// <param name="RowsOk">Rows scored completely.</param>
/// <param name="RowsIncomplete">Rows read without error where at least one score could not be computed under the policy.</param>
/// <param name="RowsError">Rows with an error, left out of every figure.</param>
/// <param name="CatalogId">The catalog's id.</param>
/// <param name="CatalogVersion">The catalog's version.</param>
/// <param name="Dimensions">The catalog's dimensions with their labels, which name the scores on the page.</param>
/// <param name="WeightSetId">The weight set's id.</param>
/// <param name="WeightSetVersion">The weight set's version.</param>
/// <param name="WeightsAreProvisionalDefault">
/// Whether the weights are the project's provisional default (<c>equal-by-indicator</c>) rather than a programme's own;
/// the page then says so in a visible note.
/// </param>
/// <param name="Policy">The missing-answer policy.</param>
/// <param name="Threshold">The threshold chosen by the user, or null.</param>
public sealed record ReportProvenance(
    string? Title,
    string InputFileName,
    DateTimeOffset GeneratedAt,
    long RowsOk,
    long RowsIncomplete,
    long RowsError,
    string CatalogId,
    string CatalogVersion,
    IReadOnlyList<DimensionDefinition> Dimensions,
    string WeightSetId,
    string WeightSetVersion,
    bool WeightsAreProvisionalDefault,
    MissingAnswerPolicy Policy,
    double? Threshold);
