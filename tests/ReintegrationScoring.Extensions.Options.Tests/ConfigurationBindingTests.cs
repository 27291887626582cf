using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>What the configuration section binds, and how every binding problem is reported at once.</summary>
public class ConfigurationBindingTests
{
    [Fact]
    public async Task Issue14_Host_SeveralBindingProblems_FailsAtStartWithEveryOneNamingItsKey()
    {
        using var host = Hosts.FromSettings(Hosts.Settings(
            ("WeightSets:BuiltIn", "equal-by-indicator"),
            ("Catalog:Path", "instrument.json"),
            ("MinimumCoverage", "0,8"),
            ("MissingAnswerPolicy", "Lenient"),
            ("WeightSet:Weights:0:Measure", "ECO_SATISFACTION"),
            ("WeightSet:Weights:0:Dimensional", "one"),
            ("WeightSet:Weights:0:Composite", "1e-2"),
            ("WeightSet:Weights:0:Weight", "1"),
            ("WeightSet:Weights:first:Measure", "SOC_SCHOOL_ATTENDANCE")));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            new[]
            {
                "ReintegrationScoring:Catalog:Path: unknown setting; the settings here are BuiltIn, File.",
                "ReintegrationScoring:MinimumCoverage: not a number (invariant culture, e.g. 0.8).",
                "ReintegrationScoring:MissingAnswerPolicy: not a policy: Strict, Renormalize or Zero.",
                "ReintegrationScoring:WeightSet:Weights:0:Dimensional: not a number (invariant culture, e.g. 0.8).",
                "ReintegrationScoring:WeightSet:Weights:0:Weight: unknown setting; the settings here are Measure, Dimensional, Composite.",
                "ReintegrationScoring:WeightSet:Weights:first: expected a list, whose entries are numbered 0, 1, …; found the key 'first'.",
                "ReintegrationScoring:WeightSets: unknown setting; the settings here are Catalog, WeightSet, MissingAnswerPolicy, MinimumCoverage, BaseDirectory.",
            },
            exception.Failures.OrderBy(f => f, StringComparer.Ordinal));
    }

    public static TheoryData<string, (string Key, string? Value)[], string> MisplacedValues => new()
    {
        { "a value for a section", new[] { ("WeightSet", (string?)"equal-by-indicator") }, "ReintegrationScoring:WeightSet: expected a section with BuiltIn, File, Id, Version, Description, Weights, found a value." },
        { "a section for a value", new[] { ("MinimumCoverage:Value", (string?)"0.8"), ("WeightSet:BuiltIn", "equal-by-indicator") }, "ReintegrationScoring:MinimumCoverage: expected a number (invariant culture, e.g. 0.8), found a section." },
        { "a value for a list", new[] { ("WeightSet:Weights", (string?)"equal") }, "ReintegrationScoring:WeightSet:Weights: expected a list, found a value." },
    };

    [Theory]
    [MemberData(nameof(MisplacedValues))]
    public async Task Host_MisplacedValue_FailsAtStartSayingWhatWasExpected(string scenario, (string Key, string? Value)[] settings, string message)
    {
        using var host = Hosts.FromSettings(Hosts.Settings(settings));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.True(exception.Failures.Contains(message), $"{scenario}: {string.Join(" | ", exception.Failures)}");
    }

    [Fact]
    public async Task Host_EverySettingInConfiguration_BindsEachOne()
    {
        using var files = new TempDirectory();
        var settings = Hosts.Settings(
            ("Catalog:BuiltIn", "RSS-Reconstructed"),
            ("WeightSet:Id", "inline"),
            ("WeightSet:Version", "7"),
            ("WeightSet:Description", "every measure, equal within its indicator"),
            ("missinganswerpolicy", "renormalize"),
            ("MinimumCoverage", "0.625"),
            ("BaseDirectory", files.Path));
        foreach (var (weight, i) in BuiltInWeightSets.EqualByIndicator.Weights.Select((w, i) => (w, i)))
        {
            settings[$"ReintegrationScoring:WeightSet:Weights:{i}:Measure"] = weight.MeasureCode;
            settings[$"ReintegrationScoring:WeightSet:Weights:{i}:Dimensional"] = weight.Dimensional.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            settings[$"ReintegrationScoring:WeightSet:Weights:{i}:Composite"] = weight.Composite.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var host = Hosts.FromSettings(settings);
        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<ReintegrationScoringOptions>>().Value;
        var engine = host.Services.GetRequiredService<ScoringEngine>();

        Assert.Equal(("RSS-Reconstructed", "inline", "7", "every measure, equal within its indicator", files.Path), (options.Catalog.BuiltIn, options.WeightSet.Id, options.WeightSet.Version, options.WeightSet.Description, options.BaseDirectory));
        Assert.Equal(new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.625 }, engine.Options);
        Assert.Equal(BuiltInWeightSets.EqualByIndicator.Weights, engine.WeightSet.Weights);
        Assert.Equal(("inline", "7"), (engine.WeightSet.Id, engine.WeightSet.Version));
    }

    [Fact]
    public void Shape_IsTheOptionsProperties()
    {
        Assert.Equal(Properties(typeof(ReintegrationScoringOptions)), Keys(Binding.ConfigurationShape.Options));
    }

    // Every bindable key path of the options, from their public properties: what the binder binds.
    private static IEnumerable<string> Properties(Type type, string prefix = "") =>
        type.GetProperties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .SelectMany(p => p.PropertyType switch
            {
                var t when t == typeof(string) || t == typeof(double) || t.IsEnum => new[] { prefix + p.Name },
                var t when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IList<>) => Properties(t.GetGenericArguments()[0], prefix + p.Name + ":N:"),
                var t => Properties(t, prefix + p.Name + ":"),
            });

    private static IEnumerable<string> Keys(Binding.ConfigurationShape shape, string prefix = "") => shape switch
    {
        Binding.ConfigurationShape.SectionShape section => section.Keys.OrderBy(k => k.Key, StringComparer.Ordinal).SelectMany(k => k.Value switch
        {
            Binding.ConfigurationShape.ValueShape => new[] { prefix + k.Key },
            var inner => Keys(inner, prefix + k.Key + ":"),
        }),
        Binding.ConfigurationShape.ListShape list => Keys(list.Item, prefix + "N:"),
        _ => throw new InvalidOperationException("A list of values has no key path."),
    };
}
