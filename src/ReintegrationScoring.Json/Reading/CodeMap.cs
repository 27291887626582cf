using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Json;

/// <summary>The lower-case codes that stand for the values of an enumeration in the JSON formats; matched exactly.</summary>
internal sealed class CodeMap<T>
{
    private readonly KeyValuePair<string, T>[] _codes;

    public CodeMap(params KeyValuePair<string, T>[] codes) => _codes = codes;

    public bool TryParse(string text, out T value)
    {
        foreach (var pair in _codes)
        {
            if (string.Equals(pair.Key, text, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public string ToCode(T value)
    {
        foreach (var pair in _codes)
        {
            if (EqualityComparer<T>.Default.Equals(pair.Value, value))
            {
                return pair.Key;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Expected one of: {Describe()}.");
    }

    public string Describe() => string.Join(", ", _codes.Select(p => p.Key));
}
