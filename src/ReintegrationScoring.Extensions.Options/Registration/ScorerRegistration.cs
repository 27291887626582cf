using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReintegrationScoring.Extensions.Options.Registration;

/// <summary>
/// One registered scorer (the default one, or one per key): the engine that its options' first successful validation
/// built, kept for the life of the service provider and logged once. With <c>ValidateOnStart</c> that validation runs
/// when the host starts, so the log line appears at start-up; without a host, at the engine's first resolution.
/// </summary>
internal sealed class ScorerRegistration
{
    private ScoringEngine? _engine;

    public ScorerRegistration(string? key) => Key = key;

    /// <summary>The service key; null for the default (unkeyed) scorer.</summary>
    public string? Key { get; }

    /// <summary>The name of the options instance: the key, or the default name.</summary>
    public string OptionsName => Key ?? Microsoft.Extensions.Options.Options.DefaultName;

    /// <summary>Keeps <paramref name="scorer"/> if it is the first one built, and then logs what it scores with.</summary>
    public void Adopt(BuiltScorer scorer, ILogger logger)
    {
        if (Interlocked.CompareExchange(ref _engine, scorer.Engine, null) is null)
        {
            var engine = scorer.Engine;
            ScorerLog.ScorerBuilt(
                logger,
                Key ?? "(default)",
                engine.Catalog.Id,
                engine.Catalog.Version,
                scorer.CatalogSource,
                engine.WeightSet.Id,
                engine.WeightSet.Version,
                scorer.WeightSetSource,
                engine.Options.MissingAnswerPolicy,
                engine.Options.MinimumCoverage);
        }
    }

    /// <summary>The engine: validates the options if nothing has yet (which builds it), and throws every error if they are invalid.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public ScoringEngine Resolve(IOptionsMonitor<ReintegrationScoringOptions> options)
    {
        options.Get(OptionsName);
        return Volatile.Read(ref _engine)
            ?? throw new InvalidOperationException($"The scorer '{Key ?? "(default)"}' was not built: its options were validated without the validator AddReintegrationScoring registered.");
    }
}
