using System;
using System.Linq;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>Reads a round cell (<c>initial</c>, <c>intermediate</c>, <c>final</c>, any case) without allocating.</summary>
internal static class RoundCodes
{
    private static readonly MonitoringRound[] Rounds = MonitoringRounds.All.ToArray();
    private static readonly string[] Codes = Rounds.Select(r => r.ToCode()).ToArray();

    public static bool TryParse(ReadOnlySpan<char> cell, out MonitoringRound round)
    {
        for (var i = 0; i < Codes.Length; i++)
        {
            if (cell.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                round = Rounds[i];
                return true;
            }
        }

        round = default;
        return false;
    }
}
