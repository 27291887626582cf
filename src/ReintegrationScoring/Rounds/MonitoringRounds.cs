using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The file codes of <see cref="MonitoringRound"/> values, and the list of all rounds.</summary>
public static class MonitoringRounds
{
    /// <summary>All rounds in chronological order.</summary>
    public static IReadOnlyList<MonitoringRound> All { get; } = Array.AsReadOnly(new[] { MonitoringRound.Initial, MonitoringRound.Intermediate, MonitoringRound.Final });

    /// <summary>The stable lower-case code used in files: <c>initial</c>, <c>intermediate</c> or <c>final</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined round.</exception>
    /// <param name="round">The round.</param>
    /// <returns>The round's code.</returns>
    public static string ToCode(this MonitoringRound round) => round switch
    {
        MonitoringRound.Initial => "initial",
        MonitoringRound.Intermediate => "intermediate",
        MonitoringRound.Final => "final",
        _ => throw new ArgumentOutOfRangeException(nameof(round), round, "Expected initial, intermediate or final."),
    };

    /// <summary>Parses a round code, ignoring case and surrounding white space.</summary>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a round.</returns>
    /// <param name="code">The code to parse, e.g. <c>Final</c>; null or blank is not a round.</param>
    /// <param name="round">The round named, or <c>default</c> when parsing fails.</param>
    public static bool TryParse(string? code, out MonitoringRound round) => Codes.TryParse(code, All, ToCode, out round);

    internal static MonitoringRound CheckDefined(MonitoringRound round) =>
        round is MonitoringRound.Initial or MonitoringRound.Intermediate or MonitoringRound.Final
            ? round
            : throw new ArgumentOutOfRangeException(nameof(round), round, "Expected initial, intermediate or final.");
}
