using System;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>Reads a round cell (<c>initial</c>, <c>intermediate</c>, <c>final</c>, any case) without allocating.</summary>
internal static class RoundCodes
{
    public static bool TryParse(ReadOnlySpan<char> cell, out MonitoringRound round)
    {
        foreach (var candidate in MonitoringRounds.All)
        {
            if (cell.Equals(candidate.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                round = candidate;
                return true;
            }
        }

        round = default;
        return false;
    }
}
