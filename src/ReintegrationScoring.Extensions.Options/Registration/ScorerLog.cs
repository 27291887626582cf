using Microsoft.Extensions.Logging;

namespace ReintegrationScoring.Extensions.Options.Registration;

/// <summary>The package's log messages (source-generated). They name catalogs, weight sets, files and settings, never survey content.</summary>
internal static partial class ScorerLog
{
    /// <summary>The category of the package's log messages.</summary>
    public const string Category = "ReintegrationScoring.Extensions.Options";

    [LoggerMessage(
        EventId = 1,
        EventName = "ScorerBuilt",
        Level = LogLevel.Information,
        Message = "Scorer {Scorer}: catalog {CatalogId} {CatalogVersion} ({CatalogSource}); weight set {WeightSetId} version {WeightSetVersion} ({WeightSetSource}); missing-answer policy {MissingAnswerPolicy}, minimum coverage {MinimumCoverage}.")]
    public static partial void ScorerBuilt(
        ILogger logger,
        string scorer,
        string catalogId,
        string catalogVersion,
        string catalogSource,
        string weightSetId,
        string weightSetVersion,
        string weightSetSource,
        MissingAnswerPolicy missingAnswerPolicy,
        double minimumCoverage);
}
