using System;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// How the weights are perturbed: the number of draws N, the noise factor F and the seed S. Each nonzero weight is
/// multiplied by 1 + F·u, u uniform on [−1, 1), then each dimension's weights and the composite weights are rescaled to
/// sum to 1 (docs/sensitivity.md). The defaults (N = 1000, F = 0.25, S = 1) follow COINr's <c>get_noisy_weights</c> and
/// the OECD/JRC Handbook's ±25 %. Immutable.
/// </summary>
public sealed class SensitivitySettings
{
    /// <summary>The default number of draws.</summary>
    public const int DefaultDraws = 1000;

    /// <summary>The default noise factor: ±25 % of each weight.</summary>
    public const double DefaultNoise = 0.25;

    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The largest number of draws.</summary>
    public const int MaxDraws = 1_000_000;

    /// <summary>Creates settings.</summary>
    /// <param name="draws">The number of perturbed weight sets, in [1, <see cref="MaxDraws"/>].</param>
    /// <param name="noise">The noise factor F, in [0, 1): a weight moves by at most F times itself and stays positive.</param>
    /// <param name="seed">The seed of the random stream; the same seed gives the same draws everywhere.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="draws"/> or <paramref name="noise"/> is out of range.</exception>
    public SensitivitySettings(int draws = DefaultDraws, double noise = DefaultNoise, ulong seed = DefaultSeed)
    {
        if (draws < 1 || draws > MaxDraws)
        {
            throw new ArgumentOutOfRangeException(nameof(draws), draws, $"The number of draws is in [1, {MaxDraws}].");
        }

        if (!(noise >= 0 && noise < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise, "The noise factor is in [0, 1).");
        }

        Draws = draws;
        Noise = noise;
        Seed = seed;
    }

    /// <summary>N = 1000, F = 0.25, S = 1.</summary>
    public static SensitivitySettings Default { get; } = new();

    /// <summary>The number of draws N.</summary>
    public int Draws { get; }

    /// <summary>The noise factor F.</summary>
    public double Noise { get; }

    /// <summary>The seed S.</summary>
    public ulong Seed { get; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"N = {Draws}, F = {Noise}, seed = {Seed}");
}
