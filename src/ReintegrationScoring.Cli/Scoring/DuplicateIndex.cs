using System;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Remembers which (respondent id, round) pairs were seen, and on which line first, in 12 bytes per distinct pair:
/// a 64-bit hash of the pair and the line number, in an open-addressing table kept at most three-quarters full. No id
/// is stored. Two different pairs share a hash with probability about n² / 2⁶⁵ (about 3 in 100 million for a million
/// rows); such a collision would only add a spurious warning, never change a score.
/// </summary>
internal sealed class DuplicateIndex
{
    private ulong[] _keys = new ulong[1024];
    private int[] _lines = new int[1024];
    private int _count;

    public int Count => _count;

    /// <summary>Records <paramref name="key"/> (never 0) first seen at <paramref name="line"/>.</summary>
    /// <returns>The line where the same key was first seen, or 0 when it is new.</returns>
    public int Add(ulong key, int line)
    {
        if (key == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key, "0 marks an empty slot.");
        }

        if ((_count + 1) * 4L > _keys.Length * 3L)
        {
            Grow();
        }

        var slot = Find(_keys, key);
        if (_keys[slot] == key)
        {
            return _lines[slot];
        }

        _keys[slot] = key;
        _lines[slot] = line;
        _count++;
        return 0;
    }

    private static int Find(ulong[] keys, ulong key)
    {
        var mask = keys.Length - 1;
        var slot = (int)((key ^ (key >> 32)) & (ulong)mask);
        while (keys[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var keys = new ulong[_keys.Length * 2];
        var lines = new int[keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                var slot = Find(keys, _keys[i]);
                keys[slot] = _keys[i];
                lines[slot] = _lines[i];
            }
        }

        _keys = keys;
        _lines = lines;
    }
}
