using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Cli;

/// <summary>The command or option a mistyped word most likely meant (<c>rss scor</c> → <c>score</c>).</summary>
internal static class ClosestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="word"/> by edit distance (insertions, deletions, substitutions and
    /// swaps of neighbours, ignoring case), if it is within a third of the word's length (at least 1, at most 3
    /// edits), or a candidate that starts with the word.
    /// </summary>
    /// <returns>The candidate, or null when none is close.</returns>
    public static string? Find(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        var bare = word.TrimStart('-');
        var limit = Math.Clamp(bare.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (bare.Length >= 2 && candidate.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase) && candidate.StartsWith(word[..(word.Length - bare.Length)], StringComparison.Ordinal))
            {
                distance = Math.Min(distance, 1);
            }

            if (distance <= limit && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance.</summary>
    private static int Distance(string a, string b)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[a.Length, b.Length];
    }
}
