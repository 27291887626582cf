namespace ReintegrationScoring.Analysis.Progress;

/// <summary>Compares an exact difference of two doubles with a bound, with no rounding.</summary>
internal static class ExactChange
{
    /// <summary>Whether <paramref name="later"/> − <paramref name="earlier"/> &gt; <paramref name="bound"/>, exactly.</summary>
    /// <remarks>
    /// The rounded difference s is on the same side of any double as the exact one, or equal to it; when s equals the
    /// bound, the sign of the rounding error (TwoSum, exact) decides.
    /// </remarks>
    public static bool Exceeds(double later, double earlier, double bound)
    {
        var difference = later - earlier;
        if (difference != bound)
        {
            return difference > bound;
        }

        var back = difference - later;
        var error = (later - (difference - back)) + (-earlier - back);
        return error > 0;
    }
}
