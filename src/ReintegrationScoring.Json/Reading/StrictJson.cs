using System;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// Parses JSON text with the package's strict settings (no comments, no trailing commas, at most
/// <see cref="JsonLimits.MaxDepth"/> levels). Syntax errors become <see cref="RssJsonException"/> with the position
/// only: the reader's own message can quote the offending text, so it is never passed on.
/// </summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = JsonLimits.MaxDepth,
    };

    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException)
        {
            throw Diagnose(utf8.Span);
        }
    }

    /// <summary>Finds why <paramref name="utf8"/> was refused (too deep, empty, or not JSON) and where.</summary>
    private static RssJsonException Diagnose(ReadOnlySpan<byte> utf8)
    {
        if (IsWhiteSpace(utf8))
        {
            return new RssJsonException(JsonPaths.Root, "the document is empty");
        }

        // A second, more tolerant pass tells nesting that is too deep from malformed text.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonLimits.MaxDepth * 4 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= JsonLimits.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var (line, column) = Position(utf8, reader.TokenStartIndex);
                    return new RssJsonException(JsonPaths.Root, $"the document is nested deeper than the limit of {JsonLimits.MaxDepth} levels", line, column);
                }
            }

            return new RssJsonException(JsonPaths.Root, "the document is not valid JSON");
        }
        catch (JsonException e)
        {
            return new RssJsonException(JsonPaths.Root, "the document is not valid JSON", e.LineNumber, e.BytePositionInLine);
        }
    }

    private static bool IsWhiteSpace(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static (long Line, long Column) Position(ReadOnlySpan<byte> utf8, long index)
    {
        long line = 0, lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart);
    }
}
