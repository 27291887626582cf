using System.Globalization;

namespace ReintegrationScoring.Internal;

/// <summary>Culture-independent formatting for numbers that appear in messages.</summary>
internal static class Invariant
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// For accounts people read: 15 significant digits, so that 0.75 × 0.15 reads 0.1125 rather than its binary
    /// neighbour 0.11249999999999999. Exact values stay available from the properties.
    /// </summary>
    public static string Display(double value) => value.ToString("G15", CultureInfo.InvariantCulture);
}
