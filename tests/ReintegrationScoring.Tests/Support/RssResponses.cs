using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Tests.Support;

/// <summary>Builds responses to the built-in catalog from answer keys, with every other measure given one default key.</summary>
public static class RssResponses
{
    public static RespondentId Id { get; } = new("test-respondent");

    /// <summary>Every measure answered with the option at <paramref name="optionIndex"/> (clamped to its scale), then <paramref name="overrides"/>.</summary>
    public static SurveyResponse Uniform(int optionIndex, params (string Code, string? Key)[] overrides) =>
        Build(m => m.Scale.Options[Math.Min(optionIndex, m.Scale.Options.Count - 1)].Key, overrides);

    /// <summary>The answer keys of <see cref="Uniform"/>, for tests that parse text.</summary>
    public static Dictionary<string, string> Keys(int optionIndex, params (string Code, string? Key)[] overrides)
    {
        var keys = RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => m.Scale.Options[Math.Min(optionIndex, m.Scale.Options.Count - 1)].Key);
        foreach (var (code, key) in overrides)
        {
            keys[code] = key ?? string.Empty;
        }

        return keys;
    }

    public static SurveyResponse Build(Func<Measure, string?> keyOf, params (string Code, string? Key)[] overrides)
    {
        var keys = RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => keyOf(m) ?? string.Empty);
        foreach (var (code, key) in overrides)
        {
            keys[code] = key ?? string.Empty;
        }

        return SurveyResponse.Parse(RssCatalog.Default, Id, MonitoringRound.Initial, keys);
    }
}
