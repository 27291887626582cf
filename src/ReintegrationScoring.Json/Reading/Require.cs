using System;

namespace ReintegrationScoring.Json;

/// <summary>Argument checks that name the caller's parameter.</summary>
internal static class Require
{
    public static T NotNull<T>(T? value, string parameterName)
        where T : class
        => value ?? throw new ArgumentNullException(parameterName);
}
