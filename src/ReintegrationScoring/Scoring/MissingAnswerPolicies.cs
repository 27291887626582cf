using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The file codes of <see cref="MissingAnswerPolicy"/> values, and the list of all policies.</summary>
public static class MissingAnswerPolicies
{
    /// <summary>All policies: strict, renormalize, zero.</summary>
    public static IReadOnlyList<MissingAnswerPolicy> All { get; } =
        Array.AsReadOnly(new[] { MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero });

    /// <summary>The stable lower-case code used in files and on the command line.</summary>
    /// <param name="policy">A defined policy.</param>
    /// <returns><c>strict</c>, <c>renormalize</c> or <c>zero</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined policy.</exception>
    public static string ToCode(this MissingAnswerPolicy policy) => policy switch
    {
        MissingAnswerPolicy.Strict => "strict",
        MissingAnswerPolicy.Renormalize => "renormalize",
        MissingAnswerPolicy.Zero => "zero",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Expected strict, renormalize or zero."),
    };

    /// <summary>Parses a policy code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="policy">The policy, or <c>default</c> when the text names none.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a policy.</returns>
    public static bool TryParse(string? code, out MissingAnswerPolicy policy) => Codes.TryParse(code, All, ToCode, out policy);
}
