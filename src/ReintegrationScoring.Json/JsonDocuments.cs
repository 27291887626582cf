using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>Parses whole documents with the package's strict settings, turning syntax errors into <see cref="RssJsonException"/>.</summary>
internal static class JsonDocuments
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = JsonLimits.MaxDepth,
    };

    public static JsonDocument Parse(byte[] utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            // The reader's own message can quote the offending character; keep only the position.
            throw new RssJsonException("$", "the document is not valid JSON (or is nested too deeply)", e.LineNumber, e.BytePositionInLine);
        }
    }
}
