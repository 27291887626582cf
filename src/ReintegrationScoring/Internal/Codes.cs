using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Internal;

/// <summary>Parsing of the lower-case codes that stand for enumeration values in files.</summary>
internal static class Codes
{
    /// <summary>The value of <paramref name="all"/> whose code is <paramref name="code"/>, ignoring case and surrounding white space.</summary>
    public static bool TryParse<T>(string? code, IReadOnlyList<T> all, Func<T, string> toCode, out T value)
    {
        var text = code?.Trim();
        foreach (var candidate in all)
        {
            if (string.Equals(toCode(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
