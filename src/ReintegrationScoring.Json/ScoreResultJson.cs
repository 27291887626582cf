using ReintegrationScoring.Internal;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Json;

/// <summary>
/// Reads and writes score results: the four scores with status, value, coverage and missing measures, the catalog and
/// weight set (id and version) and the policy used, and optionally the per-measure breakdown. Writing takes a live
/// <see cref="ScoreResult"/> or a <see cref="StoredScoreResult"/>; reading gives a <see cref="StoredScoreResult"/>.
/// The shape is documented in <c>docs/json-formats.md</c> and <c>docs/schemas/score-result.schema.json</c>.
/// </summary>
/// <remarks>
/// Every problem in input throws <see cref="RssJsonException"/> (JSON Lines: is reported in its record) naming the path
/// and reason, never the value read. Limits: <see cref="JsonLimits"/>.
/// </remarks>
public static class ScoreResultJson
{
    /// <summary>Parses one stored result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RssJsonException">The text is not a result of the documented shape.</exception>
    /// <param name="json">The result document.</param>
    /// <returns>The stored result.</returns>
    public static StoredScoreResult Parse(string json) => JsonInput.FromText(json, ScoreResultFormat.Read);

    /// <summary>Reads one UTF-8 result document; the stream is read to its end, not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not a result of the documented shape.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 result document.</param>
    /// <returns>The stored result.</returns>
    public static StoredScoreResult Read(Stream utf8Json) => JsonInput.FromStream(utf8Json, ScoreResultFormat.Read);

    /// <summary>Reads one result as <see cref="Read"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not a result of the documented shape.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 result document.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task whose result is the stored result.</returns>
    public static Task<StoredScoreResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonInput.FromStreamAsync(utf8Json, ScoreResultFormat.Read, cancellationToken);

    /// <summary>Reads a JSON Lines stream of results lazily, one record per line; bad records are reported, never thrown.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed (thrown while enumerating).</exception>
    /// <param name="utf8JsonLines">The stream of UTF-8 JSON Lines, one result per line.</param>
    /// <returns>One record per non-blank line, in order: the result, or the line's problems.</returns>
    public static IEnumerable<JsonLineRecord<StoredScoreResult>> ReadLines(Stream utf8JsonLines) =>
        JsonLines.Read(Preconditions.NotNull(utf8JsonLines), ScoreResultFormat.Read);

    /// <summary>Reads a JSON Lines stream of results as <see cref="ReadLines"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (thrown while enumerating).</exception>
    /// <param name="utf8JsonLines">The stream of UTF-8 JSON Lines, one result per line.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>One record per non-blank line, in order: the result, or the line's problems.</returns>
    public static IAsyncEnumerable<JsonLineRecord<StoredScoreResult>> ReadLinesAsync(Stream utf8JsonLines, CancellationToken cancellationToken = default) =>
        JsonLines.ReadAsync(Preconditions.NotNull(utf8JsonLines), ScoreResultFormat.Read, cancellationToken);

    /// <summary>Writes a stored result as indented UTF-8 JSON; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="result">The stored result to write.</param>
    public static void Write(Stream utf8Json, StoredScoreResult result) =>
        JsonOutput.WriteDocument(Preconditions.NotNull(utf8Json), Preconditions.NotNull(result), ScoreResultFormat.Write);

    /// <summary>Writes a result as indented UTF-8 JSON, with the per-measure breakdown when <paramref name="includeBreakdown"/>; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="result">The result to write.</param>
    /// <param name="includeBreakdown">Whether to write the per-measure contributions.</param>
    public static void Write(Stream utf8Json, ScoreResult result, bool includeBreakdown = false) =>
        Write(utf8Json, StoredScoreResult.From(Preconditions.NotNull(result), includeBreakdown));

    /// <summary>The stored result as the text <see cref="Write(Stream, StoredScoreResult)"/> writes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <param name="result">The stored result to serialize.</param>
    /// <returns>The result document.</returns>
    public static string Serialize(StoredScoreResult result) =>
        JsonOutput.Serialize(Preconditions.NotNull(result), ScoreResultFormat.Write);

    /// <summary>The result as the text <see cref="Write(Stream, ScoreResult, bool)"/> writes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <param name="result">The result to serialize.</param>
    /// <param name="includeBreakdown">Whether to include the per-measure contributions.</param>
    /// <returns>The result document.</returns>
    public static string Serialize(ScoreResult result, bool includeBreakdown = false) =>
        Serialize(StoredScoreResult.From(Preconditions.NotNull(result), includeBreakdown));

    /// <summary>Writes stored results as JSON Lines: one compact record per line, each followed by <c>\n</c>; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument or a result is null.</exception>
    /// <param name="utf8JsonLines">The stream written to.</param>
    /// <param name="results">The stored results to write, in order.</param>
    public static void WriteLines(Stream utf8JsonLines, IEnumerable<StoredScoreResult> results) =>
        JsonOutput.WriteLines(
            Preconditions.NotNull(utf8JsonLines),
            Preconditions.NotNull(results),
            (writer, result) => ScoreResultFormat.Write(writer, Preconditions.NotNull(result, nameof(results))));

    /// <summary>Writes results as JSON Lines, each with its breakdown when <paramref name="includeBreakdown"/>; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument or a result is null.</exception>
    /// <param name="utf8JsonLines">The stream written to.</param>
    /// <param name="results">The results to write, in order.</param>
    /// <param name="includeBreakdown">Whether to write each result's per-measure contributions.</param>
    public static void WriteLines(Stream utf8JsonLines, IEnumerable<ScoreResult> results, bool includeBreakdown = false) =>
        WriteLines(utf8JsonLines, Preconditions.NotNull(results).Select(result => StoredScoreResult.From(Preconditions.NotNull(result, nameof(results)), includeBreakdown)));
}
