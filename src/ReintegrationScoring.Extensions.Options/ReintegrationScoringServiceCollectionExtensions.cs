using System;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReintegrationScoring.Extensions.Options.Binding;
using ReintegrationScoring.Extensions.Options.Registration;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Registers a scorer: an immutable, thread-safe <see cref="ScoringEngine"/> singleton built once from validated options;
/// the default one, or keyed ones (<c>[FromKeyedServices("programme-a")] ScoringEngine</c>) so that one host serves
/// several programmes, each with its own weights.
/// </summary>
/// <remarks>
/// The options are validated when the host starts (<c>ValidateOnStart</c>), so a host with a bad configuration fails at
/// start-up with every error, and the engine is built then and logged once (catalog, weight set id, version and source,
/// policy) to the <c>ReintegrationScoring.Extensions.Options</c> category when logging is registered. The engine never
/// changes afterwards, even when the configuration reloads: results keep pointing at the weight set that produced them.
/// Registering the same scorer (the same key) again changes nothing: the first registration wins; configure further
/// with <c>services.Configure&lt;ReintegrationScoringOptions&gt;(key, …)</c>.
/// </remarks>
public static class ReintegrationScoringServiceCollectionExtensions
{
    // The configuration key of the host's content root (Microsoft.Extensions.Hosting's HostDefaults.ContentRootKey).
    private const string ContentRootKey = "contentRoot";

    /// <summary>Registers the default scorer, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; the weight set must be chosen.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddReintegrationScoring(this IServiceCollection services, Action<ReintegrationScoringOptions> configure) =>
        Register(services, key: null, Configure(configure));

    /// <summary>
    /// Registers the default scorer, configured from <paramref name="configuration"/>, typically the
    /// <c>ReintegrationScoring</c> section. A missing section, an unknown key or a value of the wrong type is an error
    /// reported at start-up with every other.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddReintegrationScoring(this IServiceCollection services, IConfiguration configuration) =>
        Register(services, key: null, Bind(configuration));

    /// <summary>Registers a keyed scorer, configured in code: resolve it with the key (<c>[FromKeyedServices(key)]</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="key">The service key, and the name of its options instance (e.g. <c>programme-a</c>).</param>
    /// <param name="configure">Sets the options; the weight set must be chosen.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    public static IServiceCollection AddReintegrationScoring(this IServiceCollection services, string key, Action<ReintegrationScoringOptions> configure) =>
        Register(services, Preconditions.NotBlank(key), Configure(configure));

    /// <summary>
    /// Registers a keyed scorer, configured from <paramref name="configuration"/> (e.g. the section
    /// <c>Programmes:programme-a</c>): resolve it with the key (<c>[FromKeyedServices(key)]</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="key">The service key, and the name of its options instance (e.g. <c>programme-a</c>).</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    public static IServiceCollection AddReintegrationScoring(this IServiceCollection services, string key, IConfiguration configuration) =>
        Register(services, Preconditions.NotBlank(key), Bind(configuration));

    private static Action<OptionsBuilder<ReintegrationScoringOptions>> Configure(Action<ReintegrationScoringOptions> configure)
    {
        Preconditions.NotNull(configure);
        return builder => builder.Configure(configure);
    }

    private static Action<OptionsBuilder<ReintegrationScoringOptions>> Bind(IConfiguration configuration)
    {
        Preconditions.NotNull(configuration);
        return builder =>
        {
            builder.Configure(options => OptionsBinding.Bind(configuration, options));
            builder.Services.AddSingleton<IOptionsChangeTokenSource<ReintegrationScoringOptions>>(
                new ConfigurationChangeTokenSource<ReintegrationScoringOptions>(builder.Name, configuration));
        };
    }

    private static IServiceCollection Register(IServiceCollection services, string? key, Action<OptionsBuilder<ReintegrationScoringOptions>> configure)
    {
        Preconditions.NotNull(services);
        if (services.Any(d => d.ServiceType == typeof(ScorerRegistration) && Equals(d.ServiceKey, key)))
        {
            return services;
        }

        var registration = new ScorerRegistration(key);
        var builder = services.AddOptions<ReintegrationScoringOptions>(registration.OptionsName);
        configure(builder);
        builder.ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReintegrationScoringOptions>>(provider =>
        {
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(ScorerLog.Category) ?? NullLogger.Instance;
            return new ReintegrationScoringOptionsValidator(registration.OptionsName, ContentRoot(provider), scorer => registration.Adopt(scorer, logger));
        });
        if (key is null)
        {
            services.AddSingleton(registration);
            services.AddSingleton(provider => registration.Resolve(provider.GetRequiredService<IOptionsMonitor<ReintegrationScoringOptions>>()));
        }
        else
        {
            services.AddKeyedSingleton(key, registration);
            services.AddKeyedSingleton(key, (provider, _) => registration.Resolve(provider.GetRequiredService<IOptionsMonitor<ReintegrationScoringOptions>>()));
        }

        return services;
    }

    /// <summary>The content root the generic host (and ASP.NET Core) records in configuration, if any.</summary>
    private static string? ContentRoot(IServiceProvider provider) => provider.GetService<IConfiguration>()?[ContentRootKey];
}
