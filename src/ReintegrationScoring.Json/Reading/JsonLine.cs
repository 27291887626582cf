using System;

namespace ReintegrationScoring.Json;

/// <summary>One line cut by <see cref="JsonLineSplitter"/>: its one-based number and its bytes (empty when too long).</summary>
internal readonly struct JsonLine
{
    public JsonLine(long number, ReadOnlyMemory<byte> content, bool tooLong)
    {
        Number = number;
        Content = tooLong ? ReadOnlyMemory<byte>.Empty : content;
        TooLong = tooLong;
    }

    public long Number { get; }

    public ReadOnlyMemory<byte> Content { get; }

    public bool TooLong { get; }
}
