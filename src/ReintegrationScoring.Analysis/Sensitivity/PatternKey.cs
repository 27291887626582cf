using System;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// A set of surveys whose score is the same function of the weights: one group, one score, the same applicable measures
/// and the same answered ones (bit j of a mask: the score's j-th measure in the engine's visiting order).
/// </summary>
internal readonly struct PatternKey : IEquatable<PatternKey>
{
    /// <summary>The most measures a mask holds.</summary>
    public const int MaxMeasures = 64;

    public PatternKey(int cell, ulong applicable, ulong answered)
    {
        Cell = cell;
        Applicable = applicable;
        Answered = answered;
    }

    /// <summary>The (group, score) cell: group index × 4 + score kind.</summary>
    public int Cell { get; }

    public ulong Applicable { get; }

    public ulong Answered { get; }

    public bool Equals(PatternKey other) => Cell == other.Cell && Applicable == other.Applicable && Answered == other.Answered;

    public override bool Equals(object? obj) => obj is PatternKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (Applicable * 0x9E3779B97F4A7C15UL) ^ (Answered * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)Cell * 0x165667B19E3779F9UL);
            return (int)(hash ^ (hash >> 32));
        }
    }
}
