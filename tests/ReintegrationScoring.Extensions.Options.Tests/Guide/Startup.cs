using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReintegrationScoring.Extensions.Options.Tests.Guide;

/// <summary>The guide's start-up code (docs/integration.md, docs/configuration.md), compiled and run by the tests.</summary>
public static class Startup
{
    public static IHost BuildHost(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddReintegrationScoring(builder.Configuration.GetSection(ReintegrationScoringOptions.SectionName));
        builder.Services.AddSingleton<ICaseStore, InMemoryCaseStore>();
        builder.Services.AddSingleton<CaseScoring>();
        return builder.Build();
    }

    public static IServiceCollection ConfigureInCode(IServiceCollection services)
    {
        services.AddReintegrationScoring(options =>
        {
            options.Catalog.File = "instruments/iom-official.json";
            options.WeightSet.File = "weights/my-programme-2026.json";
            options.MissingAnswerPolicy = MissingAnswerPolicy.Renormalize;
            options.MinimumCoverage = 0.8;
        });
        return services;
    }
}
