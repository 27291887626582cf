using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReintegrationScoring.Json.Tests.Guide;

/// <summary>
/// The examples of docs/json-formats.md and the package readme, compiled here and run by <c>JsonExamplesTests</c>;
/// <c>DocumentationTests</c> checks that the documents still quote them.
/// </summary>
public static class JsonExamples
{
    public static void ScoreAFile(string weightSetPath, string surveysPath, Stream output, TextWriter errors)
    {
        var weights = WeightSetJson.Parse(File.ReadAllText(weightSetPath), RssCatalog.Default);
        var engine = new ScoringEngine(weights);
        using var surveys = File.OpenRead(surveysPath);
        foreach (var record in SurveyResponseJson.ReadLines(surveys, engine.Catalog))
        {
            if (!record.IsValid)
            {
                errors.WriteLine($"line {record.LineNumber}: {string.Join("; ", record.Problems)}");
                continue;
            }

            ScoreResultJson.WriteLines(output, new[] { engine.Score(record.Value) }); // one line per result
        }
    }

    public static Catalog LoadInstrument(string instrumentPath)
    {
        using var stream = File.OpenRead(instrumentPath);
        var catalog = InstrumentJson.Read(stream);
        return catalog;
    }

    public static SurveyResponse ReadWithSerializer(string json, Catalog catalog)
    {
        var options = RssJsonOptions.Create(catalog);
        var typeInfo = (JsonTypeInfo<SurveyResponse>)options.GetTypeInfo(typeof(SurveyResponse));
        var response = JsonSerializer.Deserialize(json, typeInfo)!;
        return response;
    }

    public static string WriteResultWithBreakdown(ScoreResult result)
    {
        var json = ScoreResultJson.Serialize(result, includeBreakdown: true);
        return json;
    }
}
