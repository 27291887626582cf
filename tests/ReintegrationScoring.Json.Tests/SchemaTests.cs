using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

/// <summary>The JSON Schemas in docs/schemas accept the docs' example files and refuse broken ones, as the readers do.</summary>
public class SchemaTests
{
    public static TheoryData<string, string> ExampleFiles => new()
    {
        { "weight-set.schema.json", "weight-set.json" },
        { "weight-set.schema.json", "weight-set-minimal.json" },
        { "instrument.schema.json", "instrument-rss-reconstructed.json" },
        { "instrument.schema.json", "instrument-minimal.json" },
        { "survey-response.schema.json", "survey-response.json" },
        { "survey-response.schema.json", "survey-responses.json" },
        { "survey-response.schema.json", "survey-responses.jsonl" },
        { "score-result.schema.json", "score-result.json" },
        { "score-result.schema.json", "score-result-breakdown.json" },
        { "score-result.schema.json", "score-results.jsonl" },
        { "mapping.schema.json", "mapping.json" },
    };

    [Fact]
    public void ExampleFiles_EveryFileIsCheckedAgainstASchema()
    {
        var checkedFiles = ExampleFiles.Select(row => (string)row[1]).ToHashSet();
        var files = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "docs", "examples"))
            .Select(path => Path.GetFileName(path)!)
            .Where(name => name != "appsettings.json");

        Assert.All(files, name => Assert.Contains(name, checkedFiles));
    }

    [Fact]
    public void Schemas_AreDraft202012()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "docs", "schemas")))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Evaluate_ExampleFile_IsValid(string schema, string example)
    {
        var text = RepositoryFiles.ReadText(RepositoryFiles.Example(example));
        var documents = example.EndsWith(".jsonl", StringComparison.Ordinal) ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : new[] { text };

        Assert.All(documents, document => AssertValid(schema, document));
    }

    public static TheoryData<string, string, string> BrokenDocuments => new()
    {
        { "weight-set.schema.json", "weight-set.json", "owner=\"x\"" },
        { "weight-set.schema.json", "weight-set.json", "-id" },
        { "weight-set.schema.json", "weight-set.json", "version=1" },
        { "weight-set.schema.json", "weight-set.json", "weights[0].dimensional=\"0.1\"" },
        { "weight-set.schema.json", "weight-set.json", "weights[0].composite=-0.05" },
        { "weight-set.schema.json", "weight-set.json", "weights[0].note=\"x\"" },
        { "weight-set.schema.json", "weight-set.json", "weights[0].measure=\"not a code\"" },
        { "instrument.schema.json", "instrument-minimal.json", "-indicators" },
        { "instrument.schema.json", "instrument-minimal.json", "indicators[0].dimension=\"economy\"" },
        { "instrument.schema.json", "instrument-minimal.json", "scales[0].options[0].points=1.5" },
        { "instrument.schema.json", "instrument-minimal.json", "scales[0].options[0].key=\"Yes\"" },
        { "instrument.schema.json", "instrument-minimal.json", "scales[0].options[0].key=\"refused\"" },
        { "instrument.schema.json", "instrument-minimal.json", "scales[0].options=[]" },
        { "instrument.schema.json", "instrument-minimal.json", "title={\"fr\":\"Titre\"}" },
        { "instrument.schema.json", "instrument-minimal.json", "title={\"en\":\" \"}" },
        { "instrument.schema.json", "instrument-minimal.json", "measures[0].provenance=\"iom\"" },
        { "instrument.schema.json", "instrument-minimal.json", "measures[0].allows_not_applicable=1" },
        { "instrument.schema.json", "instrument-minimal.json", "measures[0].hint=\"x\"" },
        { "survey-response.schema.json", "survey-response.json", "-respondent_id" },
        { "survey-response.schema.json", "survey-response.json", "respondent_id=\" \"" },
        { "survey-response.schema.json", "survey-response.json", "round=\"yearly\"" },
        { "survey-response.schema.json", "survey-response.json", "survey_date=\"02/03/2026\"" },
        { "survey-response.schema.json", "survey-response.json", "answers.ECO_SATISFACTION=0.75" },
        { "survey-response.schema.json", "survey-response.json", "answers=[]" },
        { "survey-response.schema.json", "survey-response.json", "name=\"x\"" },
        { "survey-response.schema.json", "survey-responses.json", "[1].round=\"yearly\"" },
        { "score-result.schema.json", "score-result.json", "scores.economic.value=null" },
        { "score-result.schema.json", "score-result.json", "scores.economic.status=\"not_scored\"" },
        { "score-result.schema.json", "score-result.json", "scores.economic.value=1.5" },
        { "score-result.schema.json", "score-result.json", "scores.economic.missing_count=0.5" },
        { "score-result.schema.json", "score-result.json", "policy.missing_answers=\"lenient\"" },
        { "score-result.schema.json", "score-result.json", "-weight_set" },
        { "score-result.schema.json", "score-result.json", "scores.total={}" },
        { "score-result.schema.json", "score-result-breakdown.json", "scores.economic.status=\"insufficient_coverage\"" },
        { "score-result.schema.json", "score-result-breakdown.json", "breakdown[0].points=null" },
        { "score-result.schema.json", "score-result-breakdown.json", "breakdown[0].answer=\"yes\"" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Evaluate_BrokenDocument_IsRefusedByTheSchemaAndTheReader(string schema, string example, string change)
    {
        var broken = JsonEdit.Apply(RepositoryFiles.ReadText(RepositoryFiles.Example(example)), change);

        Assert.False(Evaluate(schema, broken).IsValid, $"the schema accepted: {change}");
        Assert.ThrowsAny<Exception>(() => Read(schema, broken));
    }

    private static object Read(string schema, string json) => schema switch
    {
        "weight-set.schema.json" => WeightSetJson.Parse(json, RssCatalog.Default),
        "instrument.schema.json" => InstrumentJson.Parse(json),
        "survey-response.schema.json" when json.TrimStart().StartsWith('[') => SurveyResponseJson.ParseArray(json, RssCatalog.Default),
        "survey-response.schema.json" => SurveyResponseJson.Parse(json, RssCatalog.Default),
        _ => ScoreResultJson.Parse(json),
    };

    private static void AssertValid(string schema, string json)
    {
        var results = Evaluate(schema, json);
        Assert.True(results.IsValid, string.Join("\n", Errors(results)));
    }

    private static EvaluationResults Evaluate(string schema, string json)
    {
        var built = JsonSchema.FromText(RepositoryFiles.ReadText(RepositoryFiles.Schema(schema)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(json);
        return built.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
}
