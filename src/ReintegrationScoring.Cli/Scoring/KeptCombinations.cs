using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// One <typeparamref name="T"/> per distinct combination of a row's first extra cells (the <c>--by</c> columns),
/// looked up from the cells themselves, so that a row of a combination already seen allocates nothing. Grows with the
/// distinct combinations, which every grouped analysis holds anyway. One per thread.
/// </summary>
/// <typeparam name="T">What a combination becomes (a group key, a survey's attributes).</typeparam>
internal sealed class KeptCombinations<T>
{
    private readonly int _count;
    private readonly Func<string[], T> _create;
    private readonly Dictionary<string, T> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _joined = new char[256];

    /// <param name="count">How many extra cells make the combination.</param>
    /// <param name="create">Makes the value of a combination seen for the first time from its cells.</param>
    public KeptCombinations(int count, Func<string[], T> create)
    {
        _count = count;
        _create = create;
        _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The value of <paramref name="row"/>'s combination.</summary>
    public T Of(SurveyRow row)
    {
        // Each value preceded by its length (two characters), so that no two combinations join to the same text.
        var length = 0;
        for (var a = 0; a < _count; a++)
        {
            var cell = row.Kept(a);
            if (_joined.Length < length + cell.Length + 2)
            {
                Array.Resize(ref _joined, Math.Max(_joined.Length * 2, length + cell.Length + 2));
            }

            _joined[length++] = (char)(cell.Length & 0xFFFF);
            _joined[length++] = (char)(cell.Length >> 16);
            cell.CopyTo(_joined.AsSpan(length));
            length += cell.Length;
        }

        var joined = _joined.AsSpan(0, length);
        if (!_lookup.TryGetValue(joined, out var value))
        {
            var cells = new string[_count];
            for (var a = 0; a < _count; a++)
            {
                cells[a] = row.Kept(a).ToString();
            }

            value = _create(cells);
            _known.Add(joined.ToString(), value);
        }

        return value;
    }
}
