using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Json;

/// <summary>Reads a stream to its end, refusing documents larger than the documented limit instead of truncating them.</summary>
internal static class BoundedStream
{
    private const int ChunkSize = 81920;

    public static byte[] ReadAll(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await ReadAsync(stream, chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer.ToArray();
    }

    public static Task<int> ReadAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken) =>
#if NET
        stream.ReadAsync(new System.Memory<byte>(buffer), cancellationToken).AsTask();
#else
        stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken);
#endif

    private static void Append(MemoryStream buffer, byte[] chunk, int read, int maxBytes)
    {
        if (buffer.Length + read > maxBytes)
        {
            throw new RssJsonException(JsonPaths.Root, $"the document is larger than the limit of {maxBytes} bytes");
        }

        buffer.Write(chunk, 0, read);
    }
}
