using ReintegrationScoring.Internal;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReintegrationScoring.Json;

/// <summary>
/// <see cref="JsonSerializer"/> settings for the package's types (<see cref="Catalog"/>, <see cref="WeightSet"/>,
/// <see cref="SurveyResponse"/>, <see cref="ScoreResult"/>, <see cref="StoredScoreResult"/>), backed by a
/// source-generated <c>JsonSerializerContext</c>: usable in trimmed and ahead-of-time compiled applications. Every type
/// goes through the package's converters, which call the core's validating factories and turn every failure into
/// <see cref="RssJsonException"/>.
/// </summary>
/// <example>
/// <code>
/// var options = RssJsonOptions.Create(catalog);
/// var typeInfo = (JsonTypeInfo&lt;SurveyResponse&gt;)options.GetTypeInfo(typeof(SurveyResponse));
/// SurveyResponse response = JsonSerializer.Deserialize(json, typeInfo)!;
/// </code>
/// </example>
public static class RssJsonOptions
{
    /// <summary>
    /// The source-generated metadata for the package's types, for a <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>.
    /// On its own it reads weight sets and responses of the built-in catalog; add <see cref="AddConverters"/> for another.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => RssJsonSerializerContext.Default;

    /// <summary>
    /// New options that read and write the package's types for <paramref name="catalog"/> without reflection: the
    /// source-generated resolver, the converters, the package's depth limit, and non-ASCII text written as is.
    /// </summary>
    /// <param name="catalog">The catalog that weight sets and responses refer to.</param>
    /// <param name="includeBreakdown">Whether live <see cref="ScoreResult"/>s are written with their per-measure breakdown.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <returns>New, mutable options; the caller may add to them before first use.</returns>
    public static JsonSerializerOptions Create(Catalog catalog, bool includeBreakdown = false)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = RssJsonSerializerContext.Default,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = JsonLimits.MaxDepth,
        };
        AddConverters(options, catalog, includeBreakdown);
        return options;
    }

    /// <summary>
    /// Adds the package's converters, bound to <paramref name="catalog"/>, to your own options, so that your types can
    /// hold catalogs, weight sets, responses and results (the NodaTime-style <c>Configure…</c> step).
    /// </summary>
    /// <param name="options">Options that are not yet in use.</param>
    /// <param name="catalog">The catalog that weight sets and responses refer to.</param>
    /// <param name="includeBreakdown">Whether live <see cref="ScoreResult"/>s are written with their per-measure breakdown.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.InvalidOperationException"><paramref name="options"/> are already in use (read-only).</exception>
    public static void AddConverters(JsonSerializerOptions options, Catalog catalog, bool includeBreakdown = false)
    {
        Preconditions.NotNull(options);
        Preconditions.NotNull(catalog);
        options.Converters.Add(new InstrumentJsonConverter());
        options.Converters.Add(new WeightSetJsonConverter(catalog));
        options.Converters.Add(new SurveyResponseJsonConverter(catalog));
        options.Converters.Add(new ScoreResultJsonConverter(includeBreakdown));
        options.Converters.Add(new StoredScoreResultJsonConverter());
    }
}
