using System;

namespace ReintegrationScoring.Json;

/// <summary>Turns the core's argument exceptions into reasons for <see cref="RssJsonException"/>.</summary>
internal static class CoreErrors
{
    /// <summary>
    /// The exception's message as a reason: without the parameter name the runtime appends, nor the final period. Core
    /// messages about catalogs and weight sets name codes and numbers only, never answers or respondent ids.
    /// </summary>
    public static string Reason(ArgumentException exception)
    {
        var message = exception.Message;
        if (exception.ParamName is { } name)
        {
            foreach (var suffix in new[] { $" (Parameter '{name}')", $"{Environment.NewLine}Parameter name: {name}" })
            {
                var at = message.IndexOf(suffix, StringComparison.Ordinal);
                if (at >= 0)
                {
                    message = message.Substring(0, at);
                }
            }
        }

        message = message.Trim().TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message.Substring(1) : "invalid value";
    }
}
