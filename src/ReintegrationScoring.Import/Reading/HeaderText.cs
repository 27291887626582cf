using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReintegrationScoring.Import;

/// <summary>
/// Reads a CSV's first record (its header) as text, before the delimiter is known, and gives back a reader of the
/// rest; splits a header line at a candidate delimiter.
/// </summary>
internal static class HeaderText
{
    /// <summary>Reads up to the first line break outside quotes.</summary>
    /// <returns>The header's text without its line break, the line breaks inside it, and whether the file was empty.</returns>
    public static string? ReadRecord(TextReader reader, out int lineBreaks)
    {
        var text = new StringBuilder();
        var quoted = false;
        lineBreaks = 0;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                lineBreaks++;
                break;
            }
            else if (c == '\r' && !quoted)
            {
                lineBreaks++;
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                break;
            }
            else if (c == '\n')
            {
                lineBreaks++;
            }

            text.Append(c);
            if (text.Length > 1 << 20)
            {
                throw new InvalidDataException("header longer than 1 MiB");
            }
        }

        return next < 0 && text.Length == 0 ? null : text.ToString();
    }

    /// <summary>Splits <paramref name="line"/> at <paramref name="delimiter"/> outside quotes, unquoting each field.</summary>
    public static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
