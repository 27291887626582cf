using System;
using System.Collections.Generic;
using ReintegrationScoring.Analysis.Sensitivity;

namespace ReintegrationScoring.Report;

/// <summary>What a report is about, beyond the surveys: where they came from, when, and how to group them.</summary>
/// <param name="InputFileName">The input file's name as shown on the page (without its folder).</param>
/// <param name="GeneratedAt">The generation time shown on the page.</param>
/// <param name="Attributes">The <c>--by</c> attributes: one group comparison each; may be empty.</param>
/// <param name="Threshold">The threshold in [0, 1] of the needs section, or null.</param>
/// <param name="Title">The page title, or null for the default title of the language.</param>
/// <param name="Sensitivity">
/// The weight draws of the robustness section, which ranks the groups of the first attribute; null (or no attribute)
/// leaves the section out.
/// </param>
public sealed record CohortReportSettings(
    string InputFileName,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Attributes,
    double? Threshold = null,
    string? Title = null,
    SensitivitySettings? Sensitivity = null);
