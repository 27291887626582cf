using System;
using System.Runtime.CompilerServices;

namespace ReintegrationScoring.Internal;

/// <summary>
/// Argument checks that throw BCL exceptions naming the parameter and the allowed range. Linked into every package
/// (src/Shared), so each has its own internal copy and none depends on another's internals.
/// </summary>
internal static class Preconditions
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
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

    public static double InUnitInterval(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be a number in [0, 1].");
        }

        return value;
    }

    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
