using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// How the package writes JSON: documents indented by two spaces with <c>\n</c> line breaks on every platform, JSON Lines
/// records on one line each, and non-ASCII text (French labels) written as is rather than escaped.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions DocumentOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions RecordOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one indented document followed by a line break.</summary>
    public static void WriteDocument<T>(Stream stream, T value, Action<Utf8JsonWriter, T> write)
    {
        using (var writer = new Utf8JsonWriter(stream, DocumentOptions))
        {
            write(writer, value);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The text <see cref="WriteDocument"/> writes.</summary>
    public static string Serialize<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        WriteDocument(stream, value, write);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes an array of values as one indented document followed by a line break.</summary>
    public static void WriteArray<T>(Stream stream, System.Collections.Generic.IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        using (var writer = new Utf8JsonWriter(stream, DocumentOptions))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                write(writer, value);
            }

            writer.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes each value on its own line (JSON Lines), flushing after each record.</summary>
    public static void WriteLines<T>(Stream stream, System.Collections.Generic.IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        using var writer = new Utf8JsonWriter(stream, RecordOptions);
        foreach (var value in values)
        {
            write(writer, value);
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset(stream);
        }
    }
}
