using ReintegrationScoring.Internal;
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Json;

/// <summary>Reads whole documents (text, stream, or array of records) within the documented limits.</summary>
internal static class JsonInput
{
    public static T FromText<T>(string json, Func<JsonCursor, T> read)
    {
        Preconditions.NotNull(json);

        if (Encoding.UTF8.GetByteCount(json) > JsonLimits.MaxDocumentBytes)
        {
            throw new RssJsonException(JsonPaths.Root, $"the document is larger than the limit of {JsonLimits.MaxDocumentBytes} bytes");
        }

        return FromUtf8(Encoding.UTF8.GetBytes(json), read);
    }

    public static T FromStream<T>(Stream utf8Json, Func<JsonCursor, T> read)
    {
        Preconditions.NotNull(utf8Json);

        return FromUtf8(BoundedStream.ReadAll(utf8Json, JsonLimits.MaxDocumentBytes), read);
    }

    public static async Task<T> FromStreamAsync<T>(Stream utf8Json, Func<JsonCursor, T> read, CancellationToken cancellationToken)
    {
        Preconditions.NotNull(utf8Json);

        return FromUtf8(await BoundedStream.ReadAllAsync(utf8Json, JsonLimits.MaxDocumentBytes, cancellationToken).ConfigureAwait(false), read);
    }

    public static T FromUtf8<T>(ReadOnlyMemory<byte> utf8, Func<JsonCursor, T> read)
    {
        using var document = StrictJson.Parse(SkipByteOrderMark(utf8));
        return read(new JsonCursor(document.RootElement, JsonPaths.Root));
    }

    /// <summary>Reads every element of an array; the problems of all failing elements are reported together.</summary>
    public static IReadOnlyList<T> Array<T>(JsonCursor root, Func<JsonCursor, T> read)
    {
        var values = new List<T>();
        var problems = new List<JsonProblem>();
        Exception? cause = null;
        var failures = 0;
        foreach (var item in root.Items())
        {
            try
            {
                values.Add(read(item));
            }
            catch (RssJsonException e)
            {
                problems.AddRange(e.Problems);
                cause = e.InnerException;
                failures++;
            }
        }

        return problems.Count == 0 ? values.AsReadOnly() : throw new RssJsonException(problems, failures == 1 ? cause : null);
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> utf8) =>
        utf8.Length >= 3 && utf8.Span[0] == 0xEF && utf8.Span[1] == 0xBB && utf8.Span[2] == 0xBF ? utf8.Slice(3) : utf8;
}
