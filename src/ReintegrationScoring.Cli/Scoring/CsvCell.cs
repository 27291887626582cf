using System;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Cleans a raw CSV field the way the input contract reads cells: surrounding white space removed, then an RFC 4180
/// quoted field unquoted (outer quotes dropped, doubled quotes halved) and trimmed again. A field that opens a quote
/// but does not end with one is malformed and kept as it is (it then fails as an unknown answer, never silently).
/// Done here rather than by the parser so that rows without quotes, nearly all of them, pay nothing for it.
/// </summary>
internal static class CsvCell
{
    public static bool IsQuoted(ReadOnlySpan<char> trimmed) => trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"';

    /// <summary>Unquotes a trimmed field for which <see cref="IsQuoted"/> holds into <paramref name="destination"/>.</summary>
    /// <returns>How many characters were written (at most the field's length).</returns>
    public static int Unquote(ReadOnlySpan<char> trimmed, Span<char> destination)
    {
        var inner = trimmed[1..^1];
        var written = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            destination[written++] = inner[i];
            if (inner[i] == '"' && i + 1 < inner.Length && inner[i + 1] == '"')
            {
                i++;
            }
        }

        // Trimmed again, as a quoted cell's inner spaces are not part of the answer; CopyTo allows the overlap.
        var text = destination[..written].Trim();
        text.CopyTo(destination);
        return text.Length;
    }

    /// <summary>A header name or other cell as a string: trimmed and unquoted.</summary>
    public static string ToText(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        if (!IsQuoted(trimmed))
        {
            return trimmed.ToString();
        }

        var buffer = new char[trimmed.Length];
        return new string(buffer, 0, Unquote(trimmed, buffer));
    }

    /// <summary>A header name as a CSV field: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Escape(string name) =>
        name.AsSpan().IndexOfAny(",\"\r\n") < 0 ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
