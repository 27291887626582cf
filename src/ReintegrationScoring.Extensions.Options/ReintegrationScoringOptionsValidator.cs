using System;
using Microsoft.Extensions.Options;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Checks <see cref="ReintegrationScoringOptions"/> as the core would: that the configuration bound (no unknown key, no
/// value of the wrong type), that a weight set is chosen, the catalog and weight-set sources (files readable and
/// well-formed), every weight-set rule (one entry per measure, finite non-negative weights, sums of 1), the policy and
/// the coverage range. Returns every error at once, each naming the configuration key.
/// </summary>
public sealed class ReintegrationScoringOptionsValidator : IValidateOptions<ReintegrationScoringOptions>
{
    private readonly string? _optionsName;
    private readonly string? _contentRoot;
    private readonly Action<BuiltScorer>? _built;

    /// <summary>A validator of every options instance, resolving relative paths against <see cref="ReintegrationScoringOptions.BaseDirectory"/>, else <see cref="AppContext.BaseDirectory"/>.</summary>
    public ReintegrationScoringOptionsValidator()
    {
    }

    /// <summary>The validator of one registration: its options instance only, handing the engine it built to <paramref name="built"/>.</summary>
    internal ReintegrationScoringOptionsValidator(string optionsName, string? contentRoot, Action<BuiltScorer> built)
    {
        _optionsName = optionsName;
        _contentRoot = contentRoot;
        _built = built;
    }

    /// <summary>Validates the options named <paramref name="name"/>.</summary>
    /// <param name="name">The options instance's name (the registration's key; empty for the default one).</param>
    /// <param name="options">The options to validate.</param>
    /// <returns>Success, or failure with every error, each prefixed with its configuration key; skipped for options of another registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ValidateOptionsResult Validate(string? name, ReintegrationScoringOptions options)
    {
        Preconditions.NotNull(options);
        if (_optionsName is not null && _optionsName != (name ?? Microsoft.Extensions.Options.Options.DefaultName))
        {
            return ValidateOptionsResult.Skip;
        }

        if (!ScoringSetup.TryBuild(options, _contentRoot, out var scorer, out var errors))
        {
            return ValidateOptionsResult.Fail(errors);
        }

        _built?.Invoke(scorer!);
        return ValidateOptionsResult.Success;
    }
}
