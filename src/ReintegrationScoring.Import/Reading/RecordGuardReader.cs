using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ReintegrationScoring.Import;

/// <summary>
/// Stands between the decoder and the CSV parser so that the parser sees exactly the records Python's <c>csv</c> module
/// (and pandas) reads from the same text, however malformed; and refuses, with its line, a record too long to parse.
/// </summary>
/// <remarks>
/// <para>
/// The parser treats a quote anywhere as opening a quoted section, so a stray quote inside an unquoted field
/// (<c>R00"1,final,…</c>) would swallow line breaks up to the next stray quote and merge records. In the CSV dialect
/// every spreadsheet and Python write, a quote is special only where a field starts; elsewhere it is a literal
/// character, and text after a quoted field's closing quote is part of the field. This reader rewrites each field
/// that holds such a literal quote as a well-formed quoted field with the same value (<c>R00"1</c> becomes
/// <c>"R00""1"</c>), so that every quote the parser sees is RFC 4180 and the records and cells are Python's. Text
/// without quotes, nearly all of it, passes through untouched; line breaks are never added or removed, so line
/// numbers stay those of the file. A quoted field still open at the end of the file is passed on as it is: the
/// pipeline refuses the input then, naming the line where the quote opens.
/// </para>
/// <para>
/// A record longer than <see cref="MaxRecordLength"/> characters stops the run (<see cref="SurveyReadException"/>; for the
/// tool, exit code 2) naming the line where it starts, before the parser, which cannot hold it, fails without one. When the
/// decoder found a UTF-16 or UTF-32 byte-order mark, text that is not valid in that encoding stops the run the same
/// way, naming the encoding (for UTF-8 the pipeline reports it row by row).
/// </para>
/// </remarks>
internal sealed class RecordGuardReader : TextReader
{
    /// <summary>The longest record (in characters, line break excluded) the parser accepts: 16 Mi less its margin.</summary>
    public const int MaxRecordLength = (16 * 1024 * 1024) - 4096;

    private const int ChunkSize = 1 << 16;
    private const char Quote = '"';
    private const char Replacement = '\uFFFD';

    private readonly StreamReader _inner;
    private readonly string _inputName;
    private readonly char _delimiter;
    private char[] _in = new char[ChunkSize * 2];
    private int _inStart;
    private int _inEnd;
    private bool _eof;
    private char[] _out = new char[ChunkSize * 2];
    private int _outStart;
    private int _outEnd;
    private string? _strictEncoding;
    private bool _encodingKnown;

    // Where the next character to be passed on lies, and where the record it belongs to started.
    private long _line;
    private bool _afterCr;
    private long _recordLine;
    private long _recordLength;

    /// <param name="inner">The decoded input.</param>
    /// <param name="inputName">The input's name in messages.</param>
    /// <param name="delimiter">The field delimiter: a quote right after it starts a quoted field.</param>
    /// <param name="firstLine">The line number of the first character read (the line after the header).</param>
    public RecordGuardReader(StreamReader inner, string inputName, char delimiter, long firstLine)
    {
        _inner = inner;
        _inputName = inputName;
        _delimiter = delimiter;
        _line = firstLine;
        _recordLine = firstLine;
    }

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, count).CopyTo(buffer);
        _outStart += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => Fill() ? _out[_outStart] : -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool EndsField(char c) => c == _delimiter || c is '\r' or '\n';

    /// <summary>Makes output available; false at the end of the input.</summary>
    private bool Fill()
    {
        while (_outStart == _outEnd)
        {
            if (_eof && _inStart == _inEnd)
            {
                return false;
            }

            _outStart = _outEnd = 0;
            if (!_eof)
            {
                ReadMore();
            }

            Process();
        }

        return true;
    }

    /// <summary>Appends a chunk after the unprocessed text; at least as much as is held, so that rescanning a long field stays linear.</summary>
    private void ReadMore()
    {
        var held = _inEnd - _inStart;
        Array.Copy(_in, _inStart, _in, 0, held);
        _inStart = 0;
        _inEnd = held;
        var chunk = Math.Max(ChunkSize, held);
        if (_in.Length - held < chunk)
        {
            Array.Resize(ref _in, held + chunk);
        }

        var read = _inner.Read(_in, held, chunk);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        CheckDecoding(held, read);
        _inEnd += read;
    }

    /// <summary>Passes on every complete field of the unprocessed text, leaving the last, unfinished one for the next chunk.</summary>
    private void Process()
    {
        var text = _in;
        var p = _inStart;
        var n = _inEnd;

        // p is always where a field starts, or just after a quoted field (at the comma or line break ending it).
        while (p < n)
        {
            if (text[p] == Quote)
            {
                if (!TryQuotedField(p, n, out var end))
                {
                    break;
                }

                p = end;
                continue;
            }

            var quote = Array.IndexOf(text, Quote, p, n - p);
            var stop = quote < 0 ? n : quote;
            var lastBreak = text.AsSpan(p, stop - p).LastIndexOfAny(_delimiter, '\r', '\n');
            var fieldStart = lastBreak < 0 ? p : p + lastBreak + 1;
            if (quote < 0)
            {
                var end = _eof ? n : fieldStart;
                Pass(p, end);
                p = end;
                break;
            }

            Pass(p, fieldStart);
            p = fieldStart;
            if (quote == fieldStart)
            {
                continue;
            }

            // A quote inside an unquoted field is a literal character, up to the end of the field.
            var fieldEnd = text.AsSpan(quote, n - quote).IndexOfAny(_delimiter, '\r', '\n');
            if (fieldEnd < 0 && !_eof)
            {
                break;
            }

            fieldEnd = fieldEnd < 0 ? n : quote + fieldEnd;
            PassQuoted(text.AsSpan(p, fieldEnd - p), ReadOnlySpan<char>.Empty);
            p = fieldEnd;
        }

        _inStart = p;
        if (!_eof && _recordLength + (n - p) > MaxRecordLength)
        {
            throw TooLong();
        }
    }

    /// <summary>Passes on the quoted field that starts at <paramref name="start"/>, if it ends before <paramref name="n"/>.</summary>
    private bool TryQuotedField(int start, int n, out int end)
    {
        var text = _in;
        end = n;
        var i = start + 1;
        while (true)
        {
            var close = Array.IndexOf(text, Quote, i, n - i);
            if (close < 0 || close + 1 == n)
            {
                if (!_eof)
                {
                    return false;
                }

                // Closed at the end of the file, or never: as written (an open quote is then refused with its line).
                Account(text.AsSpan(start, n - start), endsRecords: false);
                Emit(text.AsSpan(start, n - start));
                return true;
            }

            var next = text[close + 1];
            if (next == Quote)
            {
                i = close + 2;
                continue;
            }

            if (EndsField(next))
            {
                end = close + 1;
                Account(text.AsSpan(start, end - start), endsRecords: false);
                Emit(text.AsSpan(start, end - start));
                return true;
            }

            // Text after the closing quote belongs to the field, literally (quotes included), up to its end.
            var fieldEnd = text.AsSpan(close + 1, n - close - 1).IndexOfAny(_delimiter, '\r', '\n');
            if (fieldEnd < 0 && !_eof)
            {
                return false;
            }

            end = fieldEnd < 0 ? n : close + 1 + fieldEnd;
            PassQuoted(Unescape(text.AsSpan(start + 1, close - start - 1)), text.AsSpan(close + 1, end - close - 1));
            return true;
        }
    }

    private static ReadOnlySpan<char> Unescape(ReadOnlySpan<char> inner) =>
        inner.Contains(Quote) ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : inner;

    /// <summary>Passes on text without quotes, whose line breaks end records.</summary>
    private void Pass(int start, int end)
    {
        if (end > start)
        {
            Account(_in.AsSpan(start, end - start), endsRecords: true);
            Emit(_in.AsSpan(start, end - start));
        }
    }

    /// <summary>Passes on a field whose value is <paramref name="head"/> then <paramref name="tail"/>, quoted as RFC 4180 wants.</summary>
    private void PassQuoted(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var quoted = new StringBuilder(head.Length + tail.Length + 8).Append(Quote);
        AppendDoubled(quoted, head);
        AppendDoubled(quoted, tail);
        quoted.Append(Quote);
        var field = quoted.ToString().AsSpan();
        Account(field, endsRecords: false);
        Emit(field);
    }

    private static void AppendDoubled(StringBuilder to, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            to.Append(c);
            if (c == Quote)
            {
                to.Append(Quote);
            }
        }
    }

    /// <summary>Counts the lines and the current record's length, and stops a record that grows too long.</summary>
    private void Account(ReadOnlySpan<char> passed, bool endsRecords)
    {
        if (endsRecords && passed.Length > MaxRecordLength)
        {
            AccountEachCharacter(passed);
            return;
        }

        var breaks = passed.Contains('\r') ? LineBreaks.Count(passed) : passed.Count('\n');
        if (_afterCr && passed[0] == '\n')
        {
            breaks--;
        }

        _line += breaks;
        _afterCr = passed[^1] == '\r';
        var lastBreak = endsRecords ? passed.LastIndexOfAny('\r', '\n') : -1;
        if (lastBreak < 0)
        {
            _recordLength += passed.Length;
        }
        else
        {
            // The record in progress ends at the first break; those after it are shorter than the text passed.
            if (_recordLength + passed.IndexOfAny('\r', '\n') > MaxRecordLength)
            {
                throw TooLong();
            }

            _recordLine = _line;
            _recordLength = passed.Length - lastBreak - 1;
        }

        if (_recordLength > MaxRecordLength)
        {
            throw TooLong();
        }
    }

    /// <summary>The slow, simple count, for text long enough to hold a whole record that is too long (rare).</summary>
    private void AccountEachCharacter(ReadOnlySpan<char> passed)
    {
        foreach (var c in passed)
        {
            if (c == '\n' && _afterCr)
            {
                // The second half of \r\n: neither a line nor part of a record.
                _afterCr = false;
                continue;
            }

            _afterCr = c == '\r';
            if (c is '\r' or '\n')
            {
                _line++;
                _recordLine = _line;
                _recordLength = 0;
            }
            else if (++_recordLength > MaxRecordLength)
            {
                throw TooLong();
            }
        }
    }

    private void Emit(ReadOnlySpan<char> text)
    {
        if (_out.Length - _outEnd < text.Length)
        {
            Array.Resize(ref _out, Math.Max(_out.Length * 2, _outEnd + text.Length));
        }

        text.CopyTo(_out.AsSpan(_outEnd));
        _outEnd += text.Length;
    }

    private SurveyReadException TooLong() => new(new[] { string.Create(
        CultureInfo.InvariantCulture,
        $"{_inputName}: line {_recordLine}: the record that starts here is longer than {MaxRecordLength:N0} characters, the most the reader accepts (a quote left open makes the rest of the file one record)") });

    /// <summary>
    /// After a UTF-16 or UTF-32 byte-order mark, refuses text the decoder could not decode (it gives U+FFFD), naming
    /// the encoding, rather than score it; UTF-8 is checked row by row downstream.
    /// </summary>
    private void CheckDecoding(int from, int count)
    {
        if (!_encodingKnown)
        {
            _encodingKnown = true;
            _strictEncoding = _inner.CurrentEncoding.CodePage switch
            {
                1200 => "UTF-16 (little-endian)",
                1201 => "UTF-16 (big-endian)",
                12000 => "UTF-32 (little-endian)",
                12001 => "UTF-32 (big-endian)",
                _ => null,
            };
        }

        if (_strictEncoding is null)
        {
            return;
        }

        var bad = _in.AsSpan(from, count).IndexOf(Replacement);
        if (bad >= 0)
        {
            var before = _in.AsSpan(_inStart, from + bad - _inStart);
            var line = _line + (before.IsEmpty ? 0 : LineBreaks.Count(before) - (_afterCr && before[0] == '\n' ? 1 : 0));
            throw new SurveyReadException(new[] { string.Create(
                CultureInfo.InvariantCulture,
                $"{_inputName}: line {line}: not valid {_strictEncoding} text, the encoding its byte-order mark announces (bytes that do not decode, or U+FFFD); save the file as CSV UTF-8") });
        }
    }
}
