using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>A measure code is not in the catalog.</summary>
public sealed class UnknownMeasureException : ReintegrationScoringException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="measureCode">The code that was not found.</param>
    /// <param name="catalogId">The id of the catalog searched.</param>
    public UnknownMeasureException(string measureCode, string catalogId)
        : base($"Measure {MessageText.Quote(measureCode)} is not in catalog {MessageText.Quote(catalogId)}.")
    {
        MeasureCode = measureCode;
        CatalogId = catalogId;
    }

    /// <summary>The code that was not found.</summary>
    public string MeasureCode { get; }

    /// <summary>The catalog searched.</summary>
    public string CatalogId { get; }
}
