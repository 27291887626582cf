using System.Globalization;

namespace ReintegrationScoring;

/// <summary>
/// The one text of a number everywhere the library and its tools write one: CSV and JSON files, <c>ToString()</c> of
/// scores, contributions and options, and problem messages. It is the shortest invariant-culture text that parses back to
/// exactly the same double (round trip), and negative zero is written <c>0</c>. Reports for people round and localise
/// their numbers themselves.
/// </summary>
/// <remarks>
/// Examples: 0.775 → <c>0.775</c>; the double nearest 0.75 × 0.15 → <c>0.11249999999999999</c> (the exact product rounded
/// once, docs/method.md); 1 → <c>1</c>; 0.00001 → <c>1E-05</c>; -0.0 → <c>0</c>. Non-finite values, which the library
/// never writes to files, give <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>. The same text on every target framework.
/// </remarks>
public static class NumberText
{
    /// <summary>The round-trip text of <paramref name="value"/>.</summary>
    /// <param name="value">Any double.</param>
    /// <returns>The shortest invariant text that parses back to <paramref name="value"/> (<c>0</c> for either zero).</returns>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
#if !NET
        // .NET Framework's "R" can fall short of a round trip; 17 significant digits always make one.
        if (!double.IsNaN(value) && double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) != value)
        {
            text = value.ToString("G17", CultureInfo.InvariantCulture);
        }
#endif
        return text;
    }
}
