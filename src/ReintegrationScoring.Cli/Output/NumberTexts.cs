using System;

namespace ReintegrationScoring.Cli.Output;

/// <summary>
/// Remembers the round-trip text of recently formatted doubles in a small direct-mapped table. Survey scores take few
/// distinct values (sums of a few points times fixed weights), so most are found here instead of being formatted
/// again; formatting the shortest round-trip text costs about 100 ns, a lookup a few. One instance per thread.
/// </summary>
internal sealed class NumberTexts
{
    private const int SlotBits = 12;

    private readonly ulong[] _bits = new ulong[1 << SlotBits];
    private readonly string?[] _texts = new string?[1 << SlotBits];

    /// <summary>The text <see cref="NumberText.Format"/> gives <paramref name="value"/>: the shortest round-trip text, 0 for -0.</summary>
    public string Format(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var slot = (int)((bits * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        var text = _texts[slot];
        if (text is not null && _bits[slot] == bits)
        {
            return text;
        }

        text = NumberText.Format(value);
        _bits[slot] = bits;
        _texts[slot] = text;
        return text;
    }
}
