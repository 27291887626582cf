using System;
using System.Buffers;

namespace ReintegrationScoring.Json;

/// <summary>
/// Cuts a UTF-8 byte stream into lines without holding more than one record: the caller feeds it chunks
/// (<see cref="GetReadBuffer"/>, <see cref="Advance"/>) and takes lines (<see cref="TryTakeLine"/>). A line longer than
/// <see cref="JsonLimits.MaxRecordBytes"/> is dropped as it streams past and reported as too long, so memory stays
/// bounded whatever the input. Blank lines are skipped; a UTF-8 byte order mark at the start is ignored.
/// </summary>
internal sealed class JsonLineSplitter : IDisposable
{
    private const int InitialSize = 64 * 1024;
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;
    private int _scanned;
    private long _lineNumber;
    private bool _skippingLongLine;
    private bool _endOfInput;
    private bool _atStart = true;

    public bool IsFinished => _endOfInput && _start == _end && !_skippingLongLine;

    /// <summary>Takes the next complete line, if one is buffered (or the last one, once the input has ended).</summary>
    public bool TryTakeLine(out JsonLine line)
    {
        while (true)
        {
            SkipByteOrderMark();
            var newline = Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned);
            if (newline < 0 && !_endOfInput)
            {
                WaitForMore();
                line = default;
                return false;
            }

            if (newline < 0 && _start == _end && !_skippingLongLine)
            {
                line = default;
                return false;
            }

            var stop = newline < 0 ? _end : newline;
            var content = new ReadOnlyMemory<byte>(_buffer, _start, TrimCarriageReturn(_start, stop) - _start);
            _lineNumber++;
            var tooLong = _skippingLongLine || content.Length > JsonLimits.MaxRecordBytes;
            _skippingLongLine = false;
            _start = _scanned = newline < 0 ? _end : newline + 1;
            _atStart = false;
            if (tooLong || !IsBlank(content.Span))
            {
                line = new JsonLine(_lineNumber, content, tooLong);
                return true;
            }
        }
    }

    /// <summary>Where to read the next chunk into; valid until the next call to any member.</summary>
    public ArraySegment<byte> GetReadBuffer()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return new ArraySegment<byte>(_buffer, _end, _buffer.Length - _end);
    }

    /// <summary>Records that <paramref name="count"/> bytes were read into the buffer; 0 means the input has ended.</summary>
    public void Advance(int count)
    {
        if (count == 0)
        {
            _endOfInput = true;
        }

        _end += count;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = Array.Empty<byte>();
    }

    private void WaitForMore()
    {
        _scanned = _end;
        if (_skippingLongLine || _end - _start > JsonLimits.MaxRecordBytes + 1)
        {
            // Too long whatever follows: stop buffering it, and report it when its line ends.
            _skippingLongLine = true;
            _start = _scanned = _end;
        }
    }

    private void SkipByteOrderMark()
    {
        if (!_atStart || (_end - _start < ByteOrderMark.Length && !_endOfInput))
        {
            return;
        }

        _atStart = false;
        if (_end - _start >= ByteOrderMark.Length && new ReadOnlySpan<byte>(_buffer, _start, ByteOrderMark.Length).SequenceEqual(ByteOrderMark))
        {
            _start += ByteOrderMark.Length;
            _scanned = Math.Max(_scanned, _start);
        }
    }

    private int TrimCarriageReturn(int start, int stop) => stop > start && _buffer[stop - 1] == (byte)'\r' ? stop - 1 : stop;

    private static bool IsBlank(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
