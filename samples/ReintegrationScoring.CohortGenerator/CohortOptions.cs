using System;

namespace ReintegrationScoring.CohortGenerator;

/// <summary>What to generate: how many rows, from which seed, with what share of missing answers.</summary>
public sealed record CohortOptions
{
    /// <summary>The seed of the sample file <c>samples/cohort.csv</c>.</summary>
    public const int SampleSeed = 2026;

    /// <summary>Data rows to write (the header is extra); at least 1.</summary>
    public int Rows { get; init; } = 1200;

    /// <summary>The random seed: the same seed and options always give the same file.</summary>
    public int Seed { get; init; } = SampleSeed;

    /// <summary>
    /// The expected share of measure cells left missing (empty, <c>dont_know</c> or <c>refused</c>), in [0, 1]; some
    /// respondents skip more than others. 0 gives a file with no missing answer.
    /// </summary>
    public double MissingShare { get; init; } = 0.01;

    /// <summary>Checks the ranges.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (Rows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Rows), Rows, "At least one row.");
        }

        if (!(MissingShare >= 0 && MissingShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MissingShare), MissingShare, "A share in [0, 1].");
        }
    }
}
