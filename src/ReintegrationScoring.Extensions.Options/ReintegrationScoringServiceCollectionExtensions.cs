using System;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>Registers the scorer: an immutable, thread-safe <see cref="ScoringEngine"/> singleton built once from validated options.</summary>
/// <remarks>
/// The options are validated when the host starts (<c>ValidateOnStart</c>), so a host with a bad configuration fails at
/// start-up with every error. The engine is built at its first resolution and never changes afterwards, even when the
/// configuration reloads: results keep pointing at the weight set that produced them. Registering more than once
/// changes nothing: the first registration wins (configure further with <c>services.Configure&lt;ReintegrationScoringOptions&gt;</c>).
/// </remarks>
public static class ReintegrationScoringServiceCollectionExtensions
{
    // The configuration key of the host's content root (Microsoft.Extensions.Hosting's HostDefaults.ContentRootKey).
    private const string ContentRootKey = "contentRoot";

    /// <summary>Registers the scorer, configured in code.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddReintegrationScoring(this IServiceCollection services, Action<ReintegrationScoringOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        return Register(services, builder => builder.Configure(configure));
    }

    /// <summary>
    /// Registers the scorer, configured from <paramref name="configuration"/> (typically the <c>ReintegrationScoring</c>
    /// section). Unknown keys are errors, so that a misspelt setting is not silently ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddReintegrationScoring(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return Register(services, builder => builder.Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true));
    }

    private static IServiceCollection Register(IServiceCollection services, Action<OptionsBuilder<ReintegrationScoringOptions>> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (services.Any(d => d.ServiceType == typeof(Registered)))
        {
            return services;
        }

        services.AddSingleton<Registered>();
        var builder = services.AddOptions<ReintegrationScoringOptions>();
        configure(builder);
        builder.ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReintegrationScoringOptions>>(provider => new ReintegrationScoringOptionsValidator(ContentRoot(provider)));
        services.TryAddSingleton(provider => ScoringSetup.Build(provider.GetRequiredService<IOptions<ReintegrationScoringOptions>>().Value, ContentRoot(provider)));
        return services;
    }

    /// <summary>The content root the generic host (and ASP.NET Core) records in configuration, if any.</summary>
    private static string? ContentRoot(IServiceProvider provider) => provider.GetService<IConfiguration>()?[ContentRootKey];

    /// <summary>Marks a collection in which the scorer is registered.</summary>
    private sealed class Registered
    {
    }
}
