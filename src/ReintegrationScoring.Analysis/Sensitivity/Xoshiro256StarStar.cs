namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// The random stream of the weight draws: xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom number
/// generators", 2018), its 256-bit state filled by SplitMix64 from the seed, as its authors recommend. Only 64-bit integer
/// shifts, rotations, multiplications and xors, so every machine and framework gives the same numbers.
/// </summary>
internal struct Xoshiro256StarStar
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var mix = seed;
        _s0 = SplitMix64(ref mix);
        _s1 = SplitMix64(ref mix);
        _s2 = SplitMix64(ref mix);
        _s3 = SplitMix64(ref mix);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform number in [−1, 1): the top 53 bits as a fraction in [0, 1), times 2, minus 1 (all exact).</summary>
    public double NextSigned() => ((Next() >> 11) * TwoToMinus53 * 2.0) - 1.0;

    private static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
