using System.Globalization;
using System.Text;

namespace ReintegrationScoring.Internal;

/// <summary>
/// Puts text that came from input (codes, keys, ids) into exception and problem messages: quoted, with every control
/// character and line or paragraph separator escaped as <c>\uXXXX</c>, so that no input can forge extra lines in a log.
/// Linked into every package (src/Shared).
/// </summary>
internal static class MessageText
{
    /// <summary><paramref name="text"/> between single quotes, escaped; <c>''</c> for null.</summary>
    public static string Quote(string? text) => "'" + Escape(text ?? string.Empty) + "'";

    /// <summary><paramref name="text"/> with control characters and line or paragraph separators escaped.</summary>
    public static string Escape(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            clean &= !NeedsEscape(c);
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
