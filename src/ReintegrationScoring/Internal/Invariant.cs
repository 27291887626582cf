using System.Globalization;

namespace ReintegrationScoring.Internal;

/// <summary>Culture-independent formatting for numbers that appear in messages.</summary>
internal static class Invariant
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
