using System;
using System.IO;
using System.Text;
using System.Threading;

namespace ReintegrationScoring.Cli;

/// <summary>
/// Standard error as every command writes to it: each message is escaped (control characters, including line breaks
/// and escape sequences, become <c>\n</c>, <c>\u001B</c>…), so that a file name or a code from a file can never forge
/// a line or recolour the terminal; only <see cref="TextWriter.WriteLine()"/> ends a line. A failing or closed standard
/// error never stops a run: what cannot be shown is dropped. Thread-safe.
/// </summary>
internal sealed class MessageWriter : TextWriter
{
    private readonly TextWriter _target;
    private readonly Lock _gate = new();
    private bool _broken;

    public MessageWriter(TextWriter target)
    {
        _target = target;
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => _target.Encoding;

    /// <summary>The text with every control character written as an escape.</summary>
    public static string Escape(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            plain &= !NeedsEscape(c);
        }

        if (plain)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            Append(escaped, c);
        }

        return escaped.ToString();
    }

    public override void Write(char value) => Emit(NeedsEscape(value) ? Escape(value.ToString()) : value.ToString());

    public override void Write(string? value) => Emit(value is null ? string.Empty : Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    public override void WriteLine() => Emit("\n");

    public override void WriteLine(string? value) => Emit((value is null ? string.Empty : Escape(value)) + "\n");

    public override void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(buffer.ToString());

    /// <summary>Draws a progress line over the previous one (a carriage return, the text, spaces up to <paramref name="width"/>).</summary>
    public void DrawOver(string text, int width) => Emit('\r' + Escape(text).PadRight(width));

    /// <summary>Erases a progress line drawn by <see cref="DrawOver"/>.</summary>
    public void Erase(int width) => Emit('\r' + new string(' ', width) + '\r');

    public override void Flush() => Emit(string.Empty);

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static void Append(StringBuilder escaped, char c)
    {
        switch (c)
        {
            case '\n':
                escaped.Append("\\n");
                break;
            case '\r':
                escaped.Append("\\r");
                break;
            case '\t':
                escaped.Append("\\t");
                break;
            default:
                if (NeedsEscape(c))
                {
                    escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append(c);
                }

                break;
        }
    }

    private void Emit(string text)
    {
        lock (_gate)
        {
            if (_broken)
            {
                return;
            }

            try
            {
                _target.Write(text);
                _target.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                // Nowhere left to tell: the exit code still says what happened.
                _broken = true;
            }
        }
    }
}
