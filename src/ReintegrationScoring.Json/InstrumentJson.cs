using ReintegrationScoring.Internal;
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Json;

/// <summary>
/// Reads and writes instruments: complete custom catalogs (dimensions' labels, indicators, answer scales with options and
/// points, measures with their <c>not_applicable</c> allowance, provenance and labels in any languages), so that an
/// instrument such as IOM's official one can be loaded without code. The shape is documented in
/// <c>docs/json-formats.md</c> and <c>docs/schemas/instrument.schema.json</c>.
/// </summary>
/// <remarks>
/// Every invalid input throws <see cref="RssJsonException"/> with the JSON path of every problem: shape errors
/// (unknown or duplicate properties, wrong types, references to undefined indicators or scales, unused scales) and
/// problems the core finds in a well-formed definition (its <see cref="InvalidCatalogException"/> is the inner exception).
/// A top-level <c>$schema</c> string is accepted and ignored. Limits: <see cref="JsonLimits"/>. Written documents list
/// each scale once, in the order measures first use it.
/// </remarks>
public static class InstrumentJson
{
    /// <summary>Parses an instrument.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RssJsonException">The text is not a valid instrument; every problem is located.</exception>
    /// <param name="json">The instrument document.</param>
    /// <returns>The validated catalog.</returns>
    public static Catalog Parse(string json) => JsonInput.FromText(json, InstrumentFormat.Read);

    /// <summary>Reads a UTF-8 instrument document; the stream is read to its end, not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not a valid instrument; every problem is located.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 instrument document.</param>
    /// <returns>The validated catalog.</returns>
    public static Catalog Read(Stream utf8Json) => JsonInput.FromStream(utf8Json, InstrumentFormat.Read);

    /// <summary>Reads an instrument as <see cref="Read"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not a valid instrument; every problem is located.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 instrument document.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task whose result is the validated catalog.</returns>
    public static Task<Catalog> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonInput.FromStreamAsync(utf8Json, InstrumentFormat.Read, cancellationToken);

    /// <summary>Writes <paramref name="catalog"/> as indented UTF-8 JSON; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="catalog">The catalog to write.</param>
    public static void Write(Stream utf8Json, Catalog catalog)
    {
        Preconditions.NotNull(utf8Json);

        JsonOutput.WriteDocument(utf8Json, Preconditions.NotNull(catalog), InstrumentFormat.Write);
    }

    /// <summary>The instrument as the text <see cref="Write"/> writes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <param name="catalog">The catalog to serialize.</param>
    /// <returns>The instrument document.</returns>
    public static string Serialize(Catalog catalog) =>
        JsonOutput.Serialize(Preconditions.NotNull(catalog), InstrumentFormat.Write);
}
