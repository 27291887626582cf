using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// A survey instrument: its dimensions, indicators and measures, with their answer scales. The built-in one is
/// <see cref="RssCatalog.Default"/>; any other instrument with the same three dimensions can be defined and scored by
/// the same engine. Immutable and thread-safe; measure and indicator codes are looked up ignoring case.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, int> _measureIndex;
    private readonly Dictionary<string, Indicator> _indicatorByCode;
    private readonly IReadOnlyList<Measure>[] _measuresByDimension;
    private readonly IReadOnlyList<Indicator>[] _indicatorsByDimension;
    private readonly DimensionDefinition[] _dimensionByValue;

    private Catalog(
        string id,
        string version,
        LocalizedText? title,
        DimensionDefinition[] dimensions,
        List<Indicator> indicators,
        List<Measure> measures)
    {
        Id = id;
        Version = version;
        Title = title ?? LocalizedText.OfEnglish(id);
        _dimensionByValue = dimensions;
        Dimensions = Array.AsReadOnly(dimensions);
        Indicators = indicators.AsReadOnly();
        Measures = measures.AsReadOnly();
        _measureIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < measures.Count; i++)
        {
            _measureIndex.Add(measures[i].Code, i);
        }

        _indicatorByCode = indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        _measuresByDimension = new IReadOnlyList<Measure>[Dimensions.Count];
        _indicatorsByDimension = new IReadOnlyList<Indicator>[Dimensions.Count];
        foreach (var dimension in ReintegrationScoring.Dimensions.All)
        {
            _measuresByDimension[(int)dimension] = measures.Where(m => m.Dimension == dimension).ToList().AsReadOnly();
            _indicatorsByDimension[(int)dimension] = indicators.Where(i => i.Dimension == dimension).ToList().AsReadOnly();
        }
    }

    /// <summary>The catalog's identifier, e.g. <c>rss-reconstructed</c>.</summary>
    public string Id { get; }

    /// <summary>The catalog's version; scores record it so they can be traced and recomputed.</summary>
    public string Version { get; }

    /// <summary>The catalog's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The three dimensions, in the order economic, social, psychosocial.</summary>
    public IReadOnlyList<DimensionDefinition> Dimensions { get; }

    /// <summary>The indicators, in catalog order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The measures, in catalog order. A measure's position here is its index in answer arrays.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Creates and validates a catalog.</summary>
    /// <param name="id">The catalog's identifier.</param>
    /// <param name="version">The catalog's version.</param>
    /// <param name="indicators">The indicators; every dimension needs at least one.</param>
    /// <param name="measures">
    /// The measures; every indicator needs at least one, every measure's indicator must be listed, and scales sharing a
    /// code must be equal (files refer to scales by code).
    /// </param>
    /// <param name="dimensions">Labels of the dimensions; defaults to <see cref="DimensionDefinition.Default"/> for those not given.</param>
    /// <param name="title">A title; defaults to the id.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidCatalogException">The definition is invalid; every problem is listed.</exception>
    public static Catalog Create(
        string id,
        string version,
        IEnumerable<Indicator> indicators,
        IEnumerable<Measure> measures,
        IEnumerable<DimensionDefinition>? dimensions = null,
        LocalizedText? title = null) =>
        TryCreate(id, version, indicators, measures, dimensions, title).Value;

    /// <summary>Creates and validates a catalog, returning every problem instead of throwing.</summary>
    /// <param name="id">The catalog's identifier.</param>
    /// <param name="version">The catalog's version.</param>
    /// <param name="indicators">The indicators; every dimension needs at least one.</param>
    /// <param name="measures">The measures, as for <see cref="Create"/>.</param>
    /// <param name="dimensions">Labels of the dimensions; defaults to <see cref="DimensionDefinition.Default"/> for those not given.</param>
    /// <param name="title">A title; defaults to the id.</param>
    /// <returns>The catalog, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or <paramref name="measures"/> is null.</exception>
    public static ValidationResult<Catalog, CatalogProblem> TryCreate(
        string id,
        string version,
        IEnumerable<Indicator> indicators,
        IEnumerable<Measure> measures,
        IEnumerable<DimensionDefinition>? dimensions = null,
        LocalizedText? title = null)
    {
        Preconditions.NotNull(indicators);
        Preconditions.NotNull(measures);
        var validator = new CatalogValidator(id, version, indicators, measures, dimensions);
        return validator.Problems.Count == 0
            ? ValidationResult<Catalog, CatalogProblem>.Success(new Catalog(id.Trim(), version.Trim(), title, validator.Dimensions, validator.Indicators, validator.Measures))
            : ValidationResult<Catalog, CatalogProblem>.Failure(validator.Problems, problems => new InvalidCatalogException(problems));
    }

    /// <summary>The measure with <paramref name="code"/> (ignoring case).</summary>
    /// <exception cref="UnknownMeasureException">No measure has that code.</exception>
    /// <param name="code">The measure code, e.g. <c>econ_satisfaction</c>.</param>
    /// <returns>The catalog's measure with that code.</returns>
    public Measure GetMeasure(string code)
    {
        var index = IndexOf(code);
        if (index < 0)
        {
            ThrowHelper.UnknownMeasure(code, Id);
        }

        return Measures[index];
    }

    /// <summary>Looks up the measure with <paramref name="code"/> (ignoring case).</summary>
    /// <param name="code">The measure code; null finds nothing.</param>
    /// <param name="measure">The measure found, or null.</param>
    /// <returns><see langword="true"/> when the catalog has a measure with <paramref name="code"/>.</returns>
    public bool TryGetMeasure(string code, [NotNullWhen(true)] out Measure? measure)
    {
        var index = IndexOf(code);
        measure = index >= 0 ? Measures[index] : null;
        return measure is not null;
    }

    /// <summary>The position of the measure with <paramref name="code"/> (ignoring case) in <see cref="Measures"/>, or -1.</summary>
    /// <param name="code">The measure code; null finds nothing.</param>
    /// <returns>The zero-based position, or -1 when no measure has that code.</returns>
    public int IndexOf(string code) => code is not null && _measureIndex.TryGetValue(code, out var index) ? index : -1;

    /// <summary>Looks up the indicator with <paramref name="code"/> (ignoring case).</summary>
    /// <param name="code">The indicator code; null finds nothing.</param>
    /// <param name="indicator">The indicator found, or null.</param>
    /// <returns><see langword="true"/> when the catalog has an indicator with <paramref name="code"/>.</returns>
    public bool TryGetIndicator(string code, [NotNullWhen(true)] out Indicator? indicator)
    {
        indicator = null;
        return code is not null && _indicatorByCode.TryGetValue(code, out indicator);
    }

    /// <summary>The measures of <paramref name="dimension"/>, in catalog order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The dimension's measures; empty when the catalog has none in it.</returns>
    public IReadOnlyList<Measure> MeasuresOf(Dimension dimension) => _measuresByDimension[(int)Indicator.CheckDefined(dimension)];

    /// <summary>The indicators of <paramref name="dimension"/>, in catalog order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The dimension's indicators; empty when the catalog has none in it.</returns>
    public IReadOnlyList<Indicator> IndicatorsOf(Dimension dimension) => _indicatorsByDimension[(int)Indicator.CheckDefined(dimension)];

    /// <summary>The definition (label) of <paramref name="dimension"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The catalog's definition of the dimension.</returns>
    public DimensionDefinition GetDimension(Dimension dimension) => _dimensionByValue[(int)Indicator.CheckDefined(dimension)];

    /// <summary>
    /// Whether <paramref name="other"/> describes the same instrument: the same id, version and measures (codes, scales,
    /// indicators). Responses and weight sets built for one catalog can be used with another that is the same instrument.
    /// </summary>
    /// <param name="other">The catalog to compare with; null is never the same instrument.</param>
    /// <returns><see langword="true"/> when both catalogs describe the same instrument.</returns>
    public bool IsSameInstrument(Catalog? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Id == other.Id
            && Version == other.Version
            && Measures.Count == other.Measures.Count
            && Measures.Zip(other.Measures, (a, b) => a.Code == b.Code && a.Dimension == b.Dimension && a.Scale.Equals(b.Scale) && a.AllowsNotApplicable == b.AllowsNotApplicable).All(same => same);
    }

    /// <summary>Formats the catalog's identity for display and logs.</summary>
    /// <returns>The id and version, e.g. <c>rss-reconstructed 1.0</c>.</returns>
    public override string ToString() => $"{Id} {Version}";
}
