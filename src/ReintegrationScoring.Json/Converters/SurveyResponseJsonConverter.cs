using ReintegrationScoring.Internal;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReintegrationScoring.Json;

/// <summary>
/// Converts a <see cref="SurveyResponse"/> of one catalog to and from the response format inside
/// <see cref="JsonSerializer"/>. Every invalid input throws <see cref="RssJsonException"/> naming paths relative to the
/// value read and reasons, never the respondent id or answers.
/// </summary>
public sealed class SurveyResponseJsonConverter : JsonConverter<SurveyResponse>
{
    private readonly Catalog _catalog;

    /// <summary>A converter for responses to the built-in catalog, <see cref="RssCatalog.Default"/>.</summary>
    public SurveyResponseJsonConverter()
        : this(RssCatalog.Default)
    {
    }

    /// <summary>A converter for responses to <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <param name="catalog">The catalog whose measures the responses answer.</param>
    public SurveyResponseJsonConverter(Catalog catalog) => _catalog = Preconditions.NotNull(catalog);

    /// <inheritdoc/>
    /// <exception cref="RssJsonException">The value is not a valid response to the converter's catalog.</exception>
    public override SurveyResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return SurveyResponseFormat.Read(new JsonCursor(document.RootElement, JsonPaths.Root), _catalog);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SurveyResponse value, JsonSerializerOptions options) =>
        SurveyResponseFormat.Write(Preconditions.NotNull(writer), Preconditions.NotNull(value));
}
