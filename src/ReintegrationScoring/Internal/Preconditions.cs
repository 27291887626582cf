using System;

namespace ReintegrationScoring.Internal;

/// <summary>Argument checks that throw BCL exceptions naming the parameter and the allowed range.</summary>
internal static class Preconditions
{
    public static T NotNull<T>(T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    public static string NotBlank(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return value;
    }

    public static double InUnitInterval(double value, string paramName)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be a number in [0, 1].");
        }

        return value;
    }

    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
