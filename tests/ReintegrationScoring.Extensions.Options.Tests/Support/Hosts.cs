using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>Real generic hosts, configured from in-memory settings, logging to a <see cref="LogCapture"/> when given one.</summary>
internal static class Hosts
{
    public static IHost FromSettings(IDictionary<string, string?> settings, LogCapture? logs = null, Action<IHostApplicationBuilder>? register = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        (register ?? (b => b.Services.AddReintegrationScoring(b.Configuration.GetSection(ReintegrationScoringOptions.SectionName))))(builder);
        return builder.Build();
    }

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] values) => Section(ReintegrationScoringOptions.SectionName, values);

    public static Dictionary<string, string?> Section(string path, params (string Key, string? Value)[] values)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, value) in values)
        {
            settings[path + ":" + key] = value;
        }

        return settings;
    }
}
