using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Configuration of a registered scorer: which catalog, which weight set, and how missing answers are handled. A
/// mutable class for configuration binding only; <see cref="ReintegrationScoringServiceCollectionExtensions"/> turns it,
/// once, into an immutable <see cref="ScoringEngine"/>.
/// </summary>
/// <remarks>
/// The weight set must be chosen explicitly (<see cref="WeightSetOptions"/>): there is no default, so that a missing
/// configuration section never means the project's provisional weights. Every setting is checked at start-up by
/// <see cref="ReintegrationScoringOptionsValidator"/>, which reports every error at once.
/// </remarks>
public sealed class ReintegrationScoringOptions
{
    /// <summary>The conventional configuration section: <c>ReintegrationScoring</c>.</summary>
    public const string SectionName = "ReintegrationScoring";

    /// <summary>The instrument scored: built in (when nothing is set) or read from a JSON instrument file.</summary>
    public CatalogOptions Catalog { get; set; } = new();

    /// <summary>The weights, chosen explicitly: a built-in set by name, a JSON file, or inline weights.</summary>
    public WeightSetOptions WeightSet { get; set; } = new();

    /// <summary>How missing answers are handled; <see cref="ReintegrationScoring.MissingAnswerPolicy.Strict"/> unless set.</summary>
    public MissingAnswerPolicy MissingAnswerPolicy { get; set; } = MissingAnswerPolicy.Strict;

    /// <summary>The least coverage at which the renormalize policy computes a score, in [0, 1]; 0.75 unless set.</summary>
    public double MinimumCoverage { get; set; } = ScoringOptions.DefaultMinimumCoverage;

    /// <summary>
    /// The directory that relative file paths (<see cref="CatalogOptions.File"/>, <see cref="WeightSetOptions.File"/>) are
    /// resolved against. When not set: the host's content root (the <c>contentRoot</c> configuration value that the
    /// generic host and ASP.NET Core set), or else <see cref="AppContext.BaseDirectory"/> (the application's folder).
    /// </summary>
    public string? BaseDirectory { get; set; }

    /// <summary>The path of the configuration section these options were bound from; null when configured in code.</summary>
    internal string? ConfigurationPath { get; set; }

    /// <summary>What the configuration section could not bind (unknown keys, values of the wrong type), each with its key.</summary>
    internal IReadOnlyList<string> BindingProblems { get; set; } = Array.Empty<string>();
}
