using System;
using System.Buffers;
using System.Globalization;
using System.IO;

namespace ReintegrationScoring.Cli.Output;

/// <summary>
/// A reusable character buffer for building output lines without allocating per field: numbers are formatted straight
/// into it, and CSV fields are quoted (RFC 4180) only when they need it.
/// </summary>
internal sealed class TextBuffer
{
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private char[] _chars;
    private int _length;

    public TextBuffer(int capacity = 256) => _chars = new char[capacity];

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Append(char value)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = value;
    }

    public void Append(ReadOnlySpan<char> value)
    {
        if (value.Length > _chars.Length - _length)
        {
            Grow(value.Length);
        }

        value.CopyTo(_chars.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Appends the shortest text that parses back to exactly <paramref name="value"/> (invariant culture).</summary>
    public void AppendRoundTrip(double value)
    {
        int written;
        while (!value.TryFormat(_chars.AsSpan(_length), out written, "R", CultureInfo.InvariantCulture))
        {
            Grow(32);
        }

        _length += written;
    }

    /// <summary>Appends a CSV field, quoted with inner quotes doubled when it holds a comma, quote or line break.</summary>
    public void AppendField(ReadOnlySpan<char> value) => AppendField(value, FormulaPolicy.Keep);

    /// <summary>
    /// Appends a text cell echoed from the input: as <see cref="AppendField(ReadOnlySpan{char})"/>, prefixed with
    /// <c>'</c> when <paramref name="formulas"/> neutralizes a cell that starts like a formula.
    /// </summary>
    public void AppendField(ReadOnlySpan<char> value, FormulaPolicy formulas)
    {
        var neutralize = formulas == FormulaPolicy.Neutralize && !value.IsEmpty && FormulaStarts.Contains(value[0]);
        if (value.IndexOfAny(NeedsQuoting) < 0)
        {
            if (neutralize)
            {
                Append('\'');
            }

            Append(value);
            return;
        }

        Append('"');
        if (neutralize)
        {
            Append('\'');
        }

        int quote;
        while ((quote = value.IndexOf('"')) >= 0)
        {
            Append(value[..(quote + 1)]);
            Append('"');
            value = value[(quote + 1)..];
        }

        Append(value);
        Append('"');
    }

    public void WriteTo(TextWriter writer) => writer.Write(_chars, 0, _length);

    public override string ToString() => new(_chars, 0, _length);

    private void Grow(int needed)
    {
        var size = Math.Max(_chars.Length * 2, _length + needed);
        Array.Resize(ref _chars, size);
    }
}
