using System.Text.Json.Serialization;

namespace ReintegrationScoring.Json;

/// <summary>
/// Source-generated serialization metadata for the package's types, so that <see cref="System.Text.Json.JsonSerializer"/>
/// needs no reflection (trimming- and AOT-safe). Every type goes through the package's converters; the default options
/// read weight sets and responses of the built-in catalog, <see cref="RssJsonOptions.Create"/> binds another catalog.
/// Internal, so that the generated members for the core's object graph do not become public API.
/// </summary>
[JsonSourceGenerationOptions(
    Converters = new[]
    {
        typeof(InstrumentJsonConverter),
        typeof(WeightSetJsonConverter),
        typeof(SurveyResponseJsonConverter),
        typeof(ScoreResultJsonConverter),
        typeof(StoredScoreResultJsonConverter),
    })]
[JsonSerializable(typeof(Catalog))]
[JsonSerializable(typeof(WeightSet))]
[JsonSerializable(typeof(SurveyResponse))]
[JsonSerializable(typeof(ScoreResult))]
[JsonSerializable(typeof(StoredScoreResult))]
internal sealed partial class RssJsonSerializerContext : JsonSerializerContext
{
}
