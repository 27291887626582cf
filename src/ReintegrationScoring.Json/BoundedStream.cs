using System.IO;

namespace ReintegrationScoring.Json;

/// <summary>Reads a stream to its end, refusing documents larger than the documented limit instead of truncating them.</summary>
internal static class BoundedStream
{
    public static byte[] ReadAll(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new RssJsonException("$", $"the document is larger than the limit of {maxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
