using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using ReintegrationScoring.Extensions.Options.Tests.Guide;
using ReintegrationScoring.Json;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Extensions.Options.Tests;

/// <summary>Runs the integration guide's examples (the code in Guide/, quoted by docs/integration.md and docs/configuration.md).</summary>
public class GuideTests
{
    private static readonly string SurveyJson = File.ReadAllText(RepositoryFiles.Example("survey-response.json"));

    [Fact]
    public async Task BuildHost_ExampleAppSettings_SavesAndScoresASurvey()
    {
        using var contentRoot = new TempDirectory();
        contentRoot.Copy(RepositoryFiles.Example("appsettings.json"));
        contentRoot.Copy(RepositoryFiles.Example("weight-set.json"));
        using var host = Startup.BuildHost(new[] { "--contentRoot", contentRoot.Path });
        await host.StartAsync();
        var scoring = host.Services.GetRequiredService<CaseScoring>();

        var outcome = scoring.SaveSurvey("case-1", SurveyJson);

        Assert.Empty(outcome.Problems);
        Assert.Equal("my-programme-2026", outcome.Result!.WeightSetId);
        var stored = ((InMemoryCaseStore)host.Services.GetRequiredService<ICaseStore>()).Results["case-1"].Single();
        Assert.Equal(("my-programme-2026", "1"), (stored.WeightSetId, stored.WeightSetVersion));
        Assert.Equal(outcome.Result, ScoreResultJson.Parse(stored.ResultJson));
        await host.StopAsync();
    }

    [Fact]
    public void SaveSurvey_InvalidSurvey_IsRejectedWithPathsButNoPersonalData()
    {
        var scoring = new CaseScoring(ScoringEngine.Default, new InMemoryCaseStore());
        var json = SurveyJson.Replace("\"satisfied\"", "\"SECRET-ANSWER\"", StringComparison.Ordinal);

        var outcome = scoring.SaveSurvey("case-1", json);

        Assert.Null(outcome.Result);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("$.answers.ECO_SATISFACTION", problem.Path);
        Assert.DoesNotContain("SECRET", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("CASE-0001", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RescoreOutdated_NewWeights_RescoresEachSurveyOnceAndKeepsTheOldResult()
    {
        var store = new InMemoryCaseStore();
        new CaseScoring(ScoringEngine.Default, store).SaveSurvey("case-1", SurveyJson);
        var newWeights = WeightSetJson.Parse(File.ReadAllText(RepositoryFiles.Example("weight-set.json")), RssCatalog.Default);
        var scoring = new CaseScoring(new ScoringEngine(newWeights), store);

        Assert.Equal(1, scoring.RescoreOutdated());
        Assert.Equal(0, scoring.RescoreOutdated());
        Assert.Equal(new[] { "equal-by-indicator", "my-programme-2026" }, store.Results["case-1"].Select(r => r.WeightSetId));
    }

    [Fact]
    public void Import_JsonLinesWithABadRecord_SavesTheOthersAndReportsTheLine()
    {
        var store = new InMemoryCaseStore();
        var lines = File.ReadAllText(RepositoryFiles.Example("survey-responses.jsonl")) + "{\"respondent_id\":\"SECRET-ID\",\"round\":\"initial\",\"answers\":{\"ECO_SATISFACTION\":\"SECRET-ANSWER\"}}\n";

        var report = new CaseScoring(ScoringEngine.Default, store).Import(new MemoryStream(Encoding.UTF8.GetBytes(lines)));

        Assert.Equal(new[] { "CASE-0001", "CASE-0002", "CASE-0003" }, store.Results.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var line = Assert.Single(report);
        Assert.StartsWith("line 4: $.answers.ECO_SATISFACTION: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureInCode_FilesUnderTheBaseDirectory_BuildTheEngine()
    {
        using var files = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(files.Path, "instruments"));
        Directory.CreateDirectory(Path.Combine(files.Path, "weights"));
        files.Copy(RepositoryFiles.Example("instrument-rss-reconstructed.json"), Path.Combine("instruments", "iom-official.json"));
        files.Copy(RepositoryFiles.Example("weight-set.json"), Path.Combine("weights", "my-programme-2026.json"));
        var services = Startup.ConfigureInCode(new ServiceCollection());
        services.Configure<ReintegrationScoringOptions>(options => options.BaseDirectory = files.Path);
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<ScoringEngine>();

        Assert.True(engine.Catalog.IsSameInstrument(RssCatalog.Default));
        Assert.NotSame(RssCatalog.Default, engine.Catalog);
        Assert.Equal("my-programme-2026", engine.WeightSet.Id);
        Assert.Equal(0.8, engine.Options.MinimumCoverage);
    }
}
