namespace ReintegrationScoring.Internal;

/// <summary>
/// Shapes of the identifiers that files and APIs use as keys. Codes become CSV column names and JSON keys,
/// so they are restricted to ASCII letters, digits and underscores.
/// </summary>
internal static class Identifiers
{
    public const int MaxLength = 64;

    /// <summary>Measure, indicator and catalog codes: a letter, then letters, digits or underscores.</summary>
    public static bool IsCode(string? value) => IsIdentifier(value, allowUpper: true);

    /// <summary>Option keys: lower_snake_case, a letter first.</summary>
    public static bool IsOptionKey(string? value) => IsIdentifier(value, allowUpper: false);

    private static bool IsIdentifier(string? value, bool allowUpper)
    {
        if (string.IsNullOrEmpty(value) || value!.Length > MaxLength || !IsLetter(value[0], allowUpper))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(IsLetter(c, allowUpper) || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c, bool allowUpper) => (c >= 'a' && c <= 'z') || (allowUpper && c >= 'A' && c <= 'Z');
}
