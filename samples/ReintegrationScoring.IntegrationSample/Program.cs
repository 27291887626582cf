using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReintegrationScoring;
using ReintegrationScoring.Extensions.Options;
using ReintegrationScoring.Json;

// Scores the survey responses of a JSON Lines file with the scorer that appsettings.json configures, and writes one
// result per line to standard output; log lines (among them, once, which weights are in use) go to standard error.
// Usage: ReintegrationScoring.IntegrationSample surveys.jsonl
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddReintegrationScoring(builder.Configuration.GetSection(ReintegrationScoringOptions.SectionName));
using var host = builder.Build();
await host.StartAsync();

var engine = host.Services.GetRequiredService<ScoringEngine>();
using (var surveys = File.OpenRead(args[0]))
using (var output = Console.OpenStandardOutput())
{
    ScoreResultJson.WriteLines(output, Score(surveys));
}

await host.StopAsync();

IEnumerable<ScoreResult> Score(Stream surveys)
{
    foreach (var record in SurveyResponseJson.ReadLines(surveys, engine.Catalog))
    {
        if (record.IsValid)
        {
            yield return engine.Score(record.Value);
        }
        else
        {
            Console.Error.WriteLine($"line {record.LineNumber}: {string.Join("; ", record.Problems)}");
        }
    }
}
