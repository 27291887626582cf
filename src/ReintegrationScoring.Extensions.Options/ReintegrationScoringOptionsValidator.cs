using Microsoft.Extensions.Options;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Checks <see cref="ReintegrationScoringOptions"/> as the core would: the catalog and weight-set sources (files
/// readable and well-formed), every weight-set rule (one entry per measure, finite non-negative weights, sums of 1),
/// the policy and the coverage range. Returns every error at once, each naming the configuration key.
/// </summary>
public sealed class ReintegrationScoringOptionsValidator : IValidateOptions<ReintegrationScoringOptions>
{
    private readonly string? _contentRoot;

    /// <summary>A validator that resolves relative paths against <see cref="ReintegrationScoringOptions.BaseDirectory"/>, else <see cref="System.AppContext.BaseDirectory"/>.</summary>
    public ReintegrationScoringOptionsValidator()
    {
    }

    internal ReintegrationScoringOptionsValidator(string? contentRoot) => _contentRoot = contentRoot;

    /// <inheritdoc/>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ValidateOptionsResult Validate(string? name, ReintegrationScoringOptions options)
    {
        if (options is null)
        {
            throw new System.ArgumentNullException(nameof(options));
        }

        return ScoringSetup.TryBuild(options, _contentRoot, out _, out var errors) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
