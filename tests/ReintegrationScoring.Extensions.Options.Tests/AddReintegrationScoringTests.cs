using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

public class AddReintegrationScoringTests
{
    [Fact]
    public async Task Host_ExampleAppSettings_ScoresAResponseWithTheConfiguredWeights()
    {
        using var contentRoot = new TempDirectory();
        contentRoot.Copy(RepositoryFiles.Example("appsettings.json"));
        contentRoot.Copy(RepositoryFiles.Example("weight-set.json"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot.Path, EnvironmentName = "Production" });
        builder.Services.AddReintegrationScoring(builder.Configuration.GetSection("ReintegrationScoring"));
        using var host = builder.Build();

        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ScoringEngine>();
        var result = engine.Score(Response(answerAll: true).WithAnswer("PSY_DISTRESS", Answer.Refused));
        await host.StopAsync();

        Assert.Equal("my-programme-2026", result.WeightSetId);
        Assert.Equal(MissingAnswerPolicy.Renormalize, result.Options.MissingAnswerPolicy);
        Assert.Equal(0.8, result.Options.MinimumCoverage);
        Assert.True(result.Psychosocial.IsComputed);
        Assert.Equal(0.15, engine.WeightSet.GetWeight("ECO_SATISFACTION").Dimensional);
    }

    [Fact]
    public async Task Host_NoSettings_UsesTheBuiltInCatalogAndWeightsWithTheStrictPolicy()
    {
        using var host = Hosts.FromSettings(new Dictionary<string, string?>());

        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ScoringEngine>();

        Assert.Same(RssCatalog.Default, engine.Catalog);
        Assert.Same(BuiltInWeightSets.EqualByIndicator, engine.WeightSet);
        Assert.Equal(ScoringOptions.Default, engine.Options);
    }

    [Fact]
    public async Task Host_CustomInstrumentFile_ScoresItWithTheDefaultMethod()
    {
        using var files = new TempDirectory();
        files.Copy(RepositoryFiles.Example("instrument-minimal.json"), "instrument.json");
        using var host = Hosts.FromSettings(Hosts.Settings(("Catalog:File", "instrument.json"), ("BaseDirectory", files.Path)));

        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ScoringEngine>();

        Assert.Equal("my-instrument", engine.Catalog.Id);
        Assert.Equal(BuiltInWeightSets.EqualByIndicatorId, engine.WeightSet.Id);
        Assert.Equal(0.5, engine.WeightSet.GetWeight("SOC_SCHOOL").Dimensional);
    }

    public static TheoryData<string, (string Key, string? Value)[], string[]> InvalidConfigurations => new()
    {
        {
            "both catalog sources",
            new[] { ("Catalog:BuiltIn", (string?)"rss-reconstructed"), ("Catalog:File", "instrument.json") },
            new[] { "Catalog: set BuiltIn or File, not both.", "WeightSet: not checked, because the catalog could not be loaded." }
        },
        {
            "unknown built-in catalog",
            new[] { ("Catalog:BuiltIn", (string?)"iom-2019") },
            new[] { "Catalog:BuiltIn: 'iom-2019' is not a built-in catalog; the built-in catalog is 'rss-reconstructed'." }
        },
        {
            "unknown built-in weight set",
            new[] { ("WeightSet:BuiltIn", (string?)"iom-official") },
            new[] { "WeightSet:BuiltIn: 'iom-official' is not a built-in weight set; known: equal-by-indicator." }
        },
        {
            "several weight-set sources, bad coverage",
            new[] { ("WeightSet:BuiltIn", (string?)"equal-by-indicator"), ("WeightSet:File", "w.json"), ("WeightSet:Id", "x"), ("MinimumCoverage", "1.5") },
            new[] { "MinimumCoverage: 1.5 is outside [0, 1].", "WeightSet: set one of BuiltIn, File or inline weights (Id, Version, Weights); found BuiltIn, File, inline weights." }
        },
        {
            "missing weight-set file",
            new[] { ("WeightSet:File", (string?)"missing.json") },
            new[] { "WeightSet:File: 'missing.json' cannot be read: " }
        },
        {
            "malformed weight-set file",
            new[] { ("WeightSet:File", (string?)"malformed.json") },
            new[] { "WeightSet:File: 'malformed.json': $.owner: unknown property; expected one of: id, version, description, weights" }
        },
        {
            "invalid weights in a file",
            new[] { ("WeightSet:File", (string?)"unbalanced.json") },
            new[] { "WeightSet:File: 'unbalanced.json': $.weights: Dimension 'economic': dimensional weights sum to 1.4; they must sum to 1 (± 1e-6).", "WeightSet:File: 'unbalanced.json': $.weights: Dimension 'psychosocial': dimensional weights sum to 1.4;" }
        },
        {
            "invalid inline weights",
            new[]
            {
                ("WeightSet:Id", (string?)"inline"), ("WeightSet:Version", " "),
                ("WeightSet:Weights:0:Measure", "ECO_SATISFACTION"), ("WeightSet:Weights:0:Dimensional", "1"), ("WeightSet:Weights:0:Composite", "-0.5"),
                ("WeightSet:Weights:1:Measure", "NOT_A_MEASURE"), ("WeightSet:Weights:1:Dimensional", "0"), ("WeightSet:Weights:1:Composite", "0"),
            },
            new[]
            {
                "WeightSet: The weight set version is empty.",
                "WeightSet: Measure 'ECO_SATISFACTION': composite weight -0.5 is negative; weights are finite and at least 0.",
                "WeightSet: Measure 'NOT_A_MEASURE' is not in catalog 'rss-reconstructed' 1.0.",
                "WeightSet: Measure 'PSY_PHYSICAL_SAFETY' has no weights; every catalog measure needs exactly one entry.",
                "WeightSet: Dimension 'social': dimensional weights sum to 0; they must sum to 1 (± 1e-6).",
            }
        },
        {
            "invalid instrument file",
            new[] { ("Catalog:File", (string?)"bad-instrument.json") },
            new[] { "Catalog:File: 'bad-instrument.json': $.measures[1].scale: no scale with this code is defined in $.scales", "WeightSet: not checked, because the catalog could not be loaded." }
        },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigurations))]
    public async Task Host_InvalidConfiguration_FailsAtStartWithEveryMessage(string scenario, (string Key, string? Value)[] settings, string[] messages)
    {
        using var files = new TempDirectory();
        files.Write("malformed.json", "{\"id\":\"w\",\"version\":\"1\",\"weights\":[],\"owner\":\"x\"}");
        files.Write("unbalanced.json", Json.WeightSetJson.Serialize(BuiltInWeightSets.EqualByIndicator).Replace("\"dimensional\": 0.1,", "\"dimensional\": 0.14,", StringComparison.Ordinal));
        files.Write("bad-instrument.json", File.ReadAllText(RepositoryFiles.Example("instrument-minimal.json")).Replace("\"scale\": \"quality3\"", "\"scale\": \"quality5\"", StringComparison.Ordinal));
        using var host = Hosts.FromSettings(Hosts.Settings(settings.Append(("BaseDirectory", files.Path)).ToArray()));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.True(messages.Length > 0, scenario);
        foreach (var message in messages)
        {
            Assert.Contains(exception.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Host_MisspeltKey_FailsAtStartNamingIt()
    {
        using var host = Hosts.FromSettings(Hosts.Settings(("WeightSets:BuiltIn", "equal-by-indicator")));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("WeightSets", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_ConfigurationReloaded_DoesNotChangeTheScorerHandedOut()
    {
        using var files = new TempDirectory();
        files.Copy(RepositoryFiles.Example("weight-set.json"));
        var settings = files.Write("appsettings.json", "{\"ReintegrationScoring\":{\"WeightSet\":{\"BuiltIn\":\"equal-by-indicator\"}}}");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = files.Path, DisableDefaults = true });
        builder.Configuration.AddJsonFile(settings, optional: false, reloadOnChange: false);
        builder.Services.AddReintegrationScoring(builder.Configuration.GetSection("ReintegrationScoring"));
        using var host = builder.Build();
        await host.StartAsync();
        var before = host.Services.GetRequiredService<ScoringEngine>();

        File.WriteAllText(settings, "{\"ReintegrationScoring\":{\"WeightSet\":{\"File\":\"weight-set.json\"},\"MissingAnswerPolicy\":\"Zero\"}}");
        ((IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>()).Reload();
        var after = host.Services.GetRequiredService<ScoringEngine>();

        Assert.Equal("weight-set.json", host.Services.GetRequiredService<IOptionsMonitor<ReintegrationScoringOptions>>().CurrentValue.WeightSet.File);
        Assert.Same(before, after);
        Assert.Equal(BuiltInWeightSets.EqualByIndicatorId, after.WeightSet.Id);
        Assert.Equal(MissingAnswerPolicy.Strict, after.Options.MissingAnswerPolicy);
    }

    [Fact]
    public async Task AddReintegrationScoring_Twice_ChangesNothing()
    {
        var settings = Hosts.Settings(
            ("WeightSet:Id", "inline"),
            ("WeightSet:Version", "2"));
        foreach (var (weight, i) in BuiltInWeightSets.EqualByIndicator.Weights.Select((w, i) => (w, i)))
        {
            settings[$"ReintegrationScoring:WeightSet:Weights:{i}:Measure"] = weight.MeasureCode;
            settings[$"ReintegrationScoring:WeightSet:Weights:{i}:Dimensional"] = weight.Dimensional.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            settings[$"ReintegrationScoring:WeightSet:Weights:{i}:Composite"] = weight.Composite.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        var section = builder.Configuration.GetSection("ReintegrationScoring");
        builder.Services.AddReintegrationScoring(section);
        var registrations = builder.Services.Select(d => d.ServiceType).ToList();

        builder.Services.AddReintegrationScoring(section);
        builder.Services.AddReintegrationScoring(options => options.MissingAnswerPolicy = MissingAnswerPolicy.Zero);
        using var host = builder.Build();
        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ScoringEngine>();

        Assert.Equal(registrations, builder.Services.Select(d => d.ServiceType));
        Assert.Equal("inline", engine.WeightSet.Id);
        Assert.Equal(BuiltInWeightSets.EqualByIndicator.Weights, engine.WeightSet.Weights);
        Assert.Equal(MissingAnswerPolicy.Strict, engine.Options.MissingAnswerPolicy);
    }

    [Fact]
    public void AddReintegrationScoring_InCode_BuildsTheEngineOnceAtFirstResolution()
    {
        var services = new ServiceCollection();
        services.AddReintegrationScoring(options =>
        {
            options.MissingAnswerPolicy = MissingAnswerPolicy.Renormalize;
            options.MinimumCoverage = 0.5;
            options.WeightSet.Id = "in-code";
            options.WeightSet.Version = "1";
            foreach (var weight in BuiltInWeightSets.EqualByIndicator.Weights)
            {
                options.WeightSet.Weights.Add(new MeasureWeightOptions { Measure = weight.MeasureCode, Dimensional = weight.Dimensional, Composite = weight.Composite });
            }
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var engine = provider.GetRequiredService<ScoringEngine>();
        using var scope = provider.CreateScope();

        Assert.Same(engine, scope.ServiceProvider.GetRequiredService<ScoringEngine>());
        Assert.Equal("in-code", engine.WeightSet.Id);
        Assert.Equal(new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.5 }, engine.Options);
    }

    [Fact]
    public void Resolve_InvalidOptionsWithoutAHost_ThrowsEveryMessage()
    {
        var services = new ServiceCollection();
        services.AddReintegrationScoring(options =>
        {
            options.MinimumCoverage = double.NaN;
            options.MissingAnswerPolicy = (MissingAnswerPolicy)9;
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ScoringEngine>());

        Assert.Equal(
            new[] { "MissingAnswerPolicy: 9 is not a policy; use Strict, Renormalize or Zero.", "MinimumCoverage: NaN is outside [0, 1]." },
            exception.Failures);
    }

    [Fact]
    public void Validator_DefaultOptions_Succeed() =>
        Assert.True(new ReintegrationScoringOptionsValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, new ReintegrationScoringOptions()).Succeeded);

    [Fact]
    public void Methods_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("services", () => ReintegrationScoringServiceCollectionExtensions.AddReintegrationScoring(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddReintegrationScoring((Action<ReintegrationScoringOptions>)null!));
        Assert.Throws<ArgumentNullException>("configuration", () => new ServiceCollection().AddReintegrationScoring((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>("options", () => new ReintegrationScoringOptionsValidator().Validate(null, null!));
    }

    private static SurveyResponse Response(bool answerAll)
    {
        var answers = RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => answerAll ? m.Scale.Options[0].Key : string.Empty);
        return SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-1"), MonitoringRound.Initial, answers);
    }
}
