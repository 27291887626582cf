using ReintegrationScoring.Internal;
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Json;

/// <summary>
/// Reads and writes weight sets in the exchange format:
/// <c>{ "id": "...", "version": "...", "description": "...", "weights": [ { "measure": "ECO_SATISFACTION", "dimensional": 0.15, "composite": 0.05 } ] }</c>.
/// One entry per catalog measure. Reading applies the core validation and reports every problem at once.
/// </summary>
/// <remarks>
/// Documents are at most <see cref="JsonLimits.MaxDocumentBytes"/> bytes and <see cref="JsonLimits.MaxDepth"/> levels
/// deep. Every invalid input throws <see cref="RssJsonException"/> with the JSON path of every problem: unknown or
/// duplicate properties, wrong types, non-finite numbers, and weights the core refuses (its
/// <see cref="InvalidWeightSetException"/> is the inner exception). A top-level <c>$schema</c> string is accepted and
/// ignored. Written documents are indented with two spaces, use <c>\n</c>
/// line breaks and end with one; entries are in catalog order.
/// </remarks>
public static class WeightSetJson
{
    /// <summary>Parses a weight set for <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The text is not a valid weight set for the catalog; every problem is located.</exception>
    /// <param name="json">The weight-set document.</param>
    /// <param name="catalog">The catalog whose measures the weights are for.</param>
    /// <returns>The validated weight set.</returns>
    public static WeightSet Parse(string json, Catalog catalog)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromText(json, root => WeightSetFormat.Read(root, catalog));
    }

    /// <summary>Reads a UTF-8 weight-set document of at most <see cref="JsonLimits.MaxDocumentBytes"/> bytes; the stream is read to its end, not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not a valid weight set for the catalog; every problem is located.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 weight-set document.</param>
    /// <param name="catalog">The catalog whose measures the weights are for.</param>
    /// <returns>The validated weight set.</returns>
    public static WeightSet Read(Stream utf8Json, Catalog catalog)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromStream(utf8Json, root => WeightSetFormat.Read(root, catalog));
    }

    /// <summary>Reads a weight set as <see cref="Read"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not a valid weight set for the catalog; every problem is located.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 weight-set document.</param>
    /// <param name="catalog">The catalog whose measures the weights are for.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task whose result is the validated weight set.</returns>
    public static Task<WeightSet> ReadAsync(Stream utf8Json, Catalog catalog, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromStreamAsync(utf8Json, root => WeightSetFormat.Read(root, catalog), cancellationToken);
    }

    /// <summary>Writes <paramref name="weightSet"/> as indented UTF-8 JSON, entries in catalog order; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="weightSet">The weight set to write.</param>
    public static void Write(Stream utf8Json, WeightSet weightSet)
    {
        Preconditions.NotNull(utf8Json);

        JsonOutput.WriteDocument(utf8Json, Preconditions.NotNull(weightSet), WeightSetFormat.Write);
    }

    /// <summary>The weight set as the text <see cref="Write"/> writes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="weightSet"/> is null.</exception>
    /// <param name="weightSet">The weight set to serialize.</param>
    /// <returns>The weight-set document.</returns>
    public static string Serialize(WeightSet weightSet) =>
        JsonOutput.Serialize(Preconditions.NotNull(weightSet), WeightSetFormat.Write);
}
