using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>Checks a catalog definition and collects every problem, so that a caller fixes them all in one pass.</summary>
internal sealed class CatalogValidator
{
    private readonly List<CatalogProblem> _problems = new();

    public CatalogValidator(string? id, string? version, IEnumerable<Indicator> indicators, IEnumerable<Measure> measures, IEnumerable<DimensionDefinition>? dimensions)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(CatalogProblemKind.BlankId, null, "The catalog id is empty.");
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            Add(CatalogProblemKind.BlankVersion, null, "The catalog version is empty.");
        }

        Dimensions = CheckDimensions(dimensions);
        Indicators = CheckIndicators(indicators);
        Measures = CheckMeasures(measures);
        CheckCoverage();
    }

    public IReadOnlyList<CatalogProblem> Problems => _problems;

    public DimensionDefinition[] Dimensions { get; }

    public List<Indicator> Indicators { get; }

    public List<Measure> Measures { get; }

    private DimensionDefinition[] CheckDimensions(IEnumerable<DimensionDefinition>? dimensions)
    {
        var result = new DimensionDefinition?[ReintegrationScoring.Dimensions.Count];
        foreach (var definition in dimensions ?? Enumerable.Empty<DimensionDefinition>())
        {
            if (definition is null)
            {
                Add(CatalogProblemKind.NullEntry, null, "The dimension list contains a null entry.");
            }
            else if (result[(int)definition.Dimension] is not null)
            {
                Add(CatalogProblemKind.DuplicateDimension, definition.Code, $"Dimension {MessageText.Quote(definition.Code)} is defined more than once.");
            }
            else
            {
                result[(int)definition.Dimension] = definition;
            }
        }

        return ReintegrationScoring.Dimensions.All.Select(d => result[(int)d] ?? DimensionDefinition.Default(d)).ToArray();
    }

    private List<Indicator> CheckIndicators(IEnumerable<Indicator> indicators)
    {
        var result = new List<Indicator>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in indicators)
        {
            if (indicator is null)
            {
                Add(CatalogProblemKind.NullEntry, null, "The indicator list contains a null entry.");
            }
            else if (!codes.Add(indicator.Code))
            {
                Add(CatalogProblemKind.DuplicateIndicator, indicator.Code, $"Indicator {MessageText.Quote(indicator.Code)} is listed more than once.");
            }
            else
            {
                result.Add(indicator);
            }
        }

        return result;
    }

    private List<Measure> CheckMeasures(IEnumerable<Measure> measures)
    {
        var result = new List<Measure>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var scales = new Dictionary<string, AnswerScale>(StringComparer.OrdinalIgnoreCase);
        foreach (var measure in measures)
        {
            if (measure is null)
            {
                Add(CatalogProblemKind.NullEntry, null, "The measure list contains a null entry.");
                continue;
            }

            if (!codes.Add(measure.Code))
            {
                Add(CatalogProblemKind.DuplicateMeasure, measure.Code, $"Measure {MessageText.Quote(measure.Code)} is listed more than once.");
                continue;
            }

            if (!scales.TryGetValue(measure.Scale.Code, out var scale))
            {
                scales.Add(measure.Scale.Code, measure.Scale);
            }
            else if (!scale.Equals(measure.Scale))
            {
                Add(CatalogProblemKind.ConflictingScale, measure.Code, $"Measure {MessageText.Quote(measure.Code)} uses a scale coded {MessageText.Quote(measure.Scale.Code)} that differs from another scale with that code.");
            }

            if (!Indicators.Any(i => i.Equals(measure.Indicator)))
            {
                Add(CatalogProblemKind.UnknownIndicator, measure.Code, $"Measure {MessageText.Quote(measure.Code)} belongs to indicator {MessageText.Quote(measure.Indicator.Code)}, which is not among the catalog's indicators (or differs from it).");
            }

            result.Add(measure);
        }

        return result;
    }

    private void CheckCoverage()
    {
        foreach (var indicator in Indicators.Where(i => !Measures.Any(m => m.Indicator.Equals(i))))
        {
            Add(CatalogProblemKind.IndicatorWithoutMeasures, indicator.Code, $"Indicator {MessageText.Quote(indicator.Code)} has no measure.");
        }

        foreach (var dimension in ReintegrationScoring.Dimensions.All.Where(d => !Indicators.Any(i => i.Dimension == d)))
        {
            Add(CatalogProblemKind.DimensionWithoutIndicators, dimension.ToCode(), $"Dimension {MessageText.Quote(dimension.ToCode())} has no indicator.");
        }
    }

    private void Add(CatalogProblemKind kind, string? code, string message) => _problems.Add(new CatalogProblem(kind, code, message));
}
