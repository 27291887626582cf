using ReintegrationScoring.Internal;
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Json;

/// <summary>
/// Reads and writes survey responses: one object, an array of them, or JSON Lines (one response per line) streamed one
/// record at a time. The shape is documented in <c>docs/json-formats.md</c> and
/// <c>docs/schemas/survey-response.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// Respondent ids and answers are personal data: errors name JSON paths (<c>$.answers.ECO_SATISFACTION</c>) and reasons,
/// never what was read. Every problem throws <see cref="RssJsonException"/>: shape errors (the first one found), and
/// invalid answers (every one, located; the core's <see cref="InvalidResponseException"/> is the inner exception).
/// </para>
/// <para>
/// JSON Lines: each record is at most <see cref="JsonLimits.MaxRecordBytes"/> bytes; a bad record (malformed, too long,
/// invalid answers) is reported in its <see cref="JsonLineRecord{T}"/> and reading goes on, so it never drops its
/// neighbours. Memory use does not grow with the stream.
/// </para>
/// </remarks>
public static class SurveyResponseJson
{
    /// <summary>Parses one response for <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The text is not a valid response; every answer problem is listed.</exception>
    /// <param name="json">The response document.</param>
    /// <param name="catalog">The catalog whose measures the response answers.</param>
    /// <returns>The validated response.</returns>
    public static SurveyResponse Parse(string json, Catalog catalog)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromText(json, root => SurveyResponseFormat.Read(root, catalog));
    }

    /// <summary>Reads one UTF-8 response document; the stream is read to its end, not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large or not a valid response.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 response document.</param>
    /// <param name="catalog">The catalog whose measures the response answers.</param>
    /// <returns>The validated response.</returns>
    public static SurveyResponse Read(Stream utf8Json, Catalog catalog)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromStream(utf8Json, root => SurveyResponseFormat.Read(root, catalog));
    }

    /// <summary>Reads one response as <see cref="Read"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large or not a valid response.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 response document.</param>
    /// <param name="catalog">The catalog whose measures the response answers.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task whose result is the validated response.</returns>
    public static Task<SurveyResponse> ReadAsync(Stream utf8Json, Catalog catalog, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromStreamAsync(utf8Json, root => SurveyResponseFormat.Read(root, catalog), cancellationToken);
    }

    /// <summary>Parses an array of responses; all or nothing.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The text is not an array of valid responses; the problems of every failing element are listed (<c>$[3].answers.…</c>).</exception>
    /// <param name="json">The JSON array of responses.</param>
    /// <param name="catalog">The catalog whose measures the responses answer.</param>
    /// <returns>The responses, in document order.</returns>
    public static IReadOnlyList<SurveyResponse> ParseArray(string json, Catalog catalog)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromText(json, root => JsonInput.Array(root, item => SurveyResponseFormat.Read(item, catalog)));
    }

    /// <summary>Reads an array of responses from a UTF-8 document of at most <see cref="JsonLimits.MaxDocumentBytes"/> bytes; all or nothing.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not an array of valid responses; every failing element's problems are listed.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 JSON array of responses.</param>
    /// <param name="catalog">The catalog whose measures the responses answer.</param>
    /// <returns>The responses, in document order.</returns>
    public static IReadOnlyList<SurveyResponse> ReadArray(Stream utf8Json, Catalog catalog)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromStream(utf8Json, root => JsonInput.Array(root, item => SurveyResponseFormat.Read(item, catalog)));
    }

    /// <summary>Reads an array of responses as <see cref="ReadArray"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RssJsonException">The document is too large, or not an array of valid responses.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <param name="utf8Json">The stream holding one UTF-8 JSON array of responses.</param>
    /// <param name="catalog">The catalog whose measures the responses answer.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task whose result is the responses, in document order.</returns>
    public static Task<IReadOnlyList<SurveyResponse>> ReadArrayAsync(Stream utf8Json, Catalog catalog, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(catalog);
        return JsonInput.FromStreamAsync(utf8Json, root => JsonInput.Array(root, item => SurveyResponseFormat.Read(item, catalog)), cancellationToken);
    }

    /// <summary>
    /// Reads a JSON Lines stream lazily, one record per line, each as soon as its line is complete. Bad records are
    /// reported in their <see cref="JsonLineRecord{T}"/>, never thrown; blank lines are skipped. The stream is not closed.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Reading the stream failed (thrown while enumerating).</exception>
    /// <param name="utf8JsonLines">The stream of UTF-8 JSON Lines, one response per line.</param>
    /// <param name="catalog">The catalog whose measures the responses answer.</param>
    /// <returns>One record per non-blank line, in order: the response, or the line's problems.</returns>
    public static IEnumerable<JsonLineRecord<SurveyResponse>> ReadLines(Stream utf8JsonLines, Catalog catalog)
    {
        Preconditions.NotNull(utf8JsonLines);
        Preconditions.NotNull(catalog);
        return JsonLines.Read(utf8JsonLines, root => SurveyResponseFormat.Read(root, catalog));
    }

    /// <summary>Reads a JSON Lines stream as <see cref="ReadLines"/> does, without blocking on the stream.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Reading the stream failed (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (thrown while enumerating).</exception>
    /// <param name="utf8JsonLines">The stream of UTF-8 JSON Lines, one response per line.</param>
    /// <param name="catalog">The catalog whose measures the responses answer.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>One record per non-blank line, in order: the response, or the line's problems.</returns>
    public static IAsyncEnumerable<JsonLineRecord<SurveyResponse>> ReadLinesAsync(Stream utf8JsonLines, Catalog catalog, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(utf8JsonLines);
        Preconditions.NotNull(catalog);
        return JsonLines.ReadAsync(utf8JsonLines, root => SurveyResponseFormat.Read(root, catalog), cancellationToken);
    }

    /// <summary>Writes one response as indented UTF-8 JSON (answers in catalog order, absent answers left out); the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="response">The response to write.</param>
    public static void Write(Stream utf8Json, SurveyResponse response)
    {
        Preconditions.NotNull(utf8Json);
        JsonOutput.WriteDocument(utf8Json, Preconditions.NotNull(response), SurveyResponseFormat.Write);
    }

    /// <summary>The response as the text <see cref="Write"/> writes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <param name="response">The response to serialize.</param>
    /// <returns>The response document.</returns>
    public static string Serialize(SurveyResponse response) =>
        JsonOutput.Serialize(Preconditions.NotNull(response), SurveyResponseFormat.Write);

    /// <summary>Writes the responses as one indented JSON array; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument or a response is null.</exception>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="responses">The responses to write, in order.</param>
    public static void WriteArray(Stream utf8Json, IEnumerable<SurveyResponse> responses)
    {
        Preconditions.NotNull(utf8Json);
        JsonOutput.WriteArray(utf8Json, Preconditions.NotNull(responses), WriteNotNull);
    }

    /// <summary>The responses as the text <see cref="WriteArray"/> writes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or a response is null.</exception>
    /// <param name="responses">The responses to serialize, in order.</param>
    /// <returns>The JSON array document.</returns>
    public static string SerializeArray(IEnumerable<SurveyResponse> responses)
    {
        using var stream = new MemoryStream();
        WriteArray(stream, responses);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the responses as JSON Lines: one compact record per line, each followed by <c>\n</c>; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument or a response is null.</exception>
    /// <param name="utf8JsonLines">The stream written to.</param>
    /// <param name="responses">The responses to write, in order.</param>
    public static void WriteLines(Stream utf8JsonLines, IEnumerable<SurveyResponse> responses)
    {
        Preconditions.NotNull(utf8JsonLines);
        JsonOutput.WriteLines(utf8JsonLines, Preconditions.NotNull(responses), WriteNotNull);
    }

    private static void WriteNotNull(System.Text.Json.Utf8JsonWriter writer, SurveyResponse response) =>
        SurveyResponseFormat.Write(writer, response ?? throw new ArgumentNullException(nameof(response), "A response is null."));
}
