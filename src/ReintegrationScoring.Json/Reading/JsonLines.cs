using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ReintegrationScoring.Json;

/// <summary>Reads JSON Lines streams one record at a time, turning each record's problems into its result instead of an exception.</summary>
internal static class JsonLines
{
    public static IEnumerable<JsonLineRecord<T>> Read<T>(Stream stream, Func<JsonCursor, T> read)
        where T : class
    {
        using var splitter = new JsonLineSplitter();
        while (true)
        {
            while (splitter.TryTakeLine(out var line))
            {
                yield return ToRecord(line, read);
            }

            if (splitter.IsFinished)
            {
                yield break;
            }

            var buffer = splitter.GetReadBuffer();
            splitter.Advance(stream.Read(buffer.Array!, buffer.Offset, buffer.Count));
        }
    }

    public static async IAsyncEnumerable<JsonLineRecord<T>> ReadAsync<T>(Stream stream, Func<JsonCursor, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        using var splitter = new JsonLineSplitter();
        while (true)
        {
            while (splitter.TryTakeLine(out var line))
            {
                yield return ToRecord(line, read);
            }

            if (splitter.IsFinished)
            {
                yield break;
            }

            var buffer = splitter.GetReadBuffer();
            splitter.Advance(await ReadChunkAsync(stream, buffer, cancellationToken).ConfigureAwait(false));
        }
    }

    private static System.Threading.Tasks.Task<int> ReadChunkAsync(Stream stream, ArraySegment<byte> buffer, CancellationToken cancellationToken) =>
#if NET
        stream.ReadAsync(buffer.AsMemory(), cancellationToken).AsTask();
#else
        stream.ReadAsync(buffer.Array!, buffer.Offset, buffer.Count, cancellationToken);
#endif

    private static JsonLineRecord<T> ToRecord<T>(JsonLine line, Func<JsonCursor, T> read)
        where T : class
    {
        if (line.TooLong)
        {
            return new JsonLineRecord<T>(line.Number, new[] { new JsonProblem(JsonPaths.Root, $"the record is longer than the limit of {JsonLimits.MaxRecordBytes} bytes") });
        }

        try
        {
            using var document = StrictJson.Parse(line.Content);
            return new JsonLineRecord<T>(line.Number, read(new JsonCursor(document.RootElement, JsonPaths.Root)));
        }
        catch (RssJsonException e)
        {
            return new JsonLineRecord<T>(line.Number, e.Problems);
        }
        catch (ArgumentException e)
        {
            return new JsonLineRecord<T>(line.Number, new[] { new JsonProblem(JsonPaths.Root, CoreErrors.Reason(e)) });
        }
    }
}
