using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>The one log entry a scorer writes at start-up: which catalog, weight set (id, version, source) and policy it uses.</summary>
public class StartupLogTests
{
    private const string Category = "ReintegrationScoring.Extensions.Options";

    [Fact]
    public async Task Issue14_Host_Start_LogsOnceWhatTheScorerUses()
    {
        using var files = new TempDirectory();
        var weights = files.Copy(RepositoryFiles.Example("weight-set.json"));
        var logs = new LogCapture();
        using var host = Hosts.FromSettings(Hosts.Settings(("WeightSet:File", "weight-set.json"), ("MissingAnswerPolicy", "Renormalize"), ("BaseDirectory", files.Path)), logs);

        await host.StartAsync();
        var atStart = logs.Of(Category);
        host.Services.GetRequiredService<ScoringEngine>();
        _ = host.Services.GetRequiredService<IOptions<ReintegrationScoringOptions>>().Value;
        await host.StopAsync();

        var entry = Assert.Single(atStart);
        Assert.Equal(logs.Of(Category), atStart);
        Assert.Equal((LogLevel.Information, 1, "ScorerBuilt"), (entry.Level, entry.EventId.Id, entry.EventId.Name));
        Assert.Equal(
            $"Scorer (default): catalog rss-reconstructed 1.0 (built-in); weight set my-programme-2026 version 1 (file {weights}); missing-answer policy Renormalize, minimum coverage 0.75.",
            entry.Message);
    }

    [Fact]
    public async Task Host_KeyedScorersWithBuiltInAndInlineWeights_LogEachOnceWithItsSource()
    {
        var logs = new LogCapture();
        var settings = Hosts.Section("Programmes:b", ("WeightSet:Id", "inline"), ("WeightSet:Version", "3"));
        foreach (var (weight, i) in BuiltInWeightSets.EqualByIndicator.Weights.Select((w, i) => (w, i)))
        {
            settings[$"Programmes:b:WeightSet:Weights:{i}:Measure"] = weight.MeasureCode;
            settings[$"Programmes:b:WeightSet:Weights:{i}:Dimensional"] = weight.Dimensional.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            settings[$"Programmes:b:WeightSet:Weights:{i}:Composite"] = weight.Composite.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var host = Hosts.FromSettings(settings, logs, builder =>
        {
            builder.Services.AddReintegrationScoring("a", options => options.WeightSet.BuiltIn = "equal-by-indicator");
            builder.Services.AddReintegrationScoring("b", builder.Configuration.GetSection("Programmes:b"));
        });

        await host.StartAsync();

        Assert.Equal(
            new[]
            {
                "Scorer a: catalog rss-reconstructed 1.0 (built-in); weight set equal-by-indicator version 1 (built-in, the project's provisional weights, not IOM's); missing-answer policy Strict, minimum coverage 0.75.",
                "Scorer b: catalog rss-reconstructed 1.0 (built-in); weight set inline version 3 (inline, configuration section Programmes:b:WeightSet); missing-answer policy Strict, minimum coverage 0.75.",
            },
            logs.Of(Category).Select(e => e.Message).OrderBy(m => m, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_WithoutAHost_LogsAtTheFirstResolution()
    {
        var logs = new LogCapture();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs));
        services.AddReintegrationScoring(options => options.WeightSet.BuiltIn = "equal-by-indicator");
        using var provider = services.BuildServiceProvider();

        Assert.Empty(logs.Of(Category));
        provider.GetRequiredService<ScoringEngine>();
        provider.GetRequiredService<ScoringEngine>();

        Assert.Single(logs.Of(Category));
    }
}
