using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>Real generic hosts, configured from in-memory settings or an appsettings.json in a content root.</summary>
internal static class Hosts
{
    public static IHost FromSettings(IDictionary<string, string?> settings, string? contentRoot = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddReintegrationScoring(builder.Configuration.GetSection(ReintegrationScoringOptions.SectionName));
        return builder.Build();
    }

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] values)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, value) in values)
        {
            settings[ReintegrationScoringOptions.SectionName + ":" + key] = value;
        }

        return settings;
    }
}
