using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>Several scorers in one host, one per programme, resolved with .NET's keyed services.</summary>
public class KeyedScorerTests
{
    [Fact]
    public async Task Issue14_Host_TwoProgrammes_EachResolvesItsOwnWeightsAndPolicy()
    {
        using var files = new TempDirectory();
        files.Copy(RepositoryFiles.Example("weight-set.json"));
        var settings = new Dictionary<string, string?>
        {
            ["Programmes:programme-a:WeightSet:File"] = "weight-set.json",
            ["Programmes:programme-a:MissingAnswerPolicy"] = "Renormalize",
            ["Programmes:programme-a:BaseDirectory"] = files.Path,
            ["Programmes:programme-b:WeightSet:BuiltIn"] = "equal-by-indicator",
        };
        using var host = Hosts.FromSettings(settings, register: builder =>
        {
            builder.Services.AddReintegrationScoring("programme-a", builder.Configuration.GetSection("Programmes:programme-a"));
            builder.Services.AddReintegrationScoring("programme-b", builder.Configuration.GetSection("Programmes:programme-b"));
            builder.Services.AddSingleton<TwoProgrammes>();
        });

        await host.StartAsync();
        var programmes = host.Services.GetRequiredService<TwoProgrammes>();

        Assert.Equal(("my-programme-2026", MissingAnswerPolicy.Renormalize), (programmes.A.WeightSet.Id, programmes.A.Options.MissingAnswerPolicy));
        Assert.Equal((BuiltInWeightSets.EqualByIndicatorId, MissingAnswerPolicy.Strict), (programmes.B.WeightSet.Id, programmes.B.Options.MissingAnswerPolicy));
        Assert.Same(programmes.A, host.Services.GetRequiredKeyedService<ScoringEngine>("programme-a"));
        Assert.Null(host.Services.GetService<ScoringEngine>());
    }

    [Fact]
    public async Task Host_OneProgrammeInvalid_FailsAtStartNamingItsSectionAndOptions()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Programmes:programme-a:WeightSet:BuiltIn"] = "equal-by-indicator",
            ["Programmes:programme-b:MinimumCoverage"] = "2",
        };
        using var host = Hosts.FromSettings(settings, register: builder =>
        {
            builder.Services.AddReintegrationScoring("programme-a", builder.Configuration.GetSection("Programmes:programme-a"));
            builder.Services.AddReintegrationScoring("programme-b", builder.Configuration.GetSection("Programmes:programme-b"));
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("programme-b", exception.OptionsName);
        Assert.Equal(
            new[] { "Programmes:programme-b:MinimumCoverage: 2 is outside [0, 1].", "Programmes:programme-b:WeightSet: no weight set is chosen; " + ScoringSetup.WeightSetChoices },
            exception.Failures);
    }

    [Fact]
    public void AddReintegrationScoring_SameKeyTwice_ChangesNothingAndKeepsOtherKeysApart()
    {
        var services = new ServiceCollection();
        services.AddReintegrationScoring("programme-a", options => options.WeightSet.BuiltIn = BuiltInWeightSets.EqualByIndicatorId);
        var count = services.Count;

        services.AddReintegrationScoring("programme-a", options => options.MissingAnswerPolicy = MissingAnswerPolicy.Zero);
        Assert.Equal(count, services.Count);
        services.AddReintegrationScoring(options =>
        {
            options.WeightSet.BuiltIn = BuiltInWeightSets.EqualByIndicatorId;
            options.MissingAnswerPolicy = MissingAnswerPolicy.Zero;
        });
        using var provider = services.BuildServiceProvider();

        Assert.Equal(MissingAnswerPolicy.Strict, provider.GetRequiredKeyedService<ScoringEngine>("programme-a").Options.MissingAnswerPolicy);
        Assert.Equal(MissingAnswerPolicy.Zero, provider.GetRequiredService<ScoringEngine>().Options.MissingAnswerPolicy);
        Assert.NotSame(provider.GetRequiredService<ScoringEngine>(), provider.GetRequiredKeyedService<ScoringEngine>("programme-a"));
    }

    /// <summary>A service that takes two programmes' scorers by key, as an application would.</summary>
    private sealed class TwoProgrammes([FromKeyedServices("programme-a")] ScoringEngine a, [FromKeyedServices("programme-b")] ScoringEngine b)
    {
        public ScoringEngine A { get; } = a;

        public ScoringEngine B { get; } = b;
    }
}
