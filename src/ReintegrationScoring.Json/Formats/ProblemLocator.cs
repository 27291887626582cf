using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Json;

/// <summary>
/// Finds the JSON path of the entry a core problem names by code: the first entry with the code, or for the n-th report
/// of a duplicate, the (n+1)-th entry with it. Codes are compared ignoring case, as the core compares them.
/// </summary>
internal sealed class ProblemLocator
{
    private readonly List<KeyValuePair<string, string>> _entries = new();
    private readonly Dictionary<string, int> _duplicatesSeen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records an entry's code and path, in document order.</summary>
    public void Add(string code, string path) => _entries.Add(new KeyValuePair<string, string>(code, path));

    public string? First(string? code) => Nth(code, 0);

    public string? NextDuplicate(string? code)
    {
        if (code is null)
        {
            return null;
        }

        _duplicatesSeen.TryGetValue(code, out var seen);
        _duplicatesSeen[code] = seen + 1;
        return Nth(code, seen + 1);
    }

    private string? Nth(string? code, int n)
    {
        if (code is null)
        {
            return null;
        }

        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, code, StringComparison.OrdinalIgnoreCase) && n-- == 0)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
