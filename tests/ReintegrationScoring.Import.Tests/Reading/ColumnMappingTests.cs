using System;
using System.IO;
using System.Text;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Reading;

public sealed class ColumnMappingTests
{
    [Fact]
    public void Read_ListsEveryProblemAtOnce()
    {
        const string Json = """
            {
              "columns": { "a": "NOPE", "b": "round", "c": "round", "d": 3 },
              "values": { "ECO_SATISFACTION": { "x": "great", "y": "dont_know" }, "XYZ": {}, "ECO_INCOME_ACTIVITY": { "n": "not_applicable" } },
              "rounds": { "v1": "first", "v2": "final" },
              "extra": 1
            }
            """;

        var e = Assert.Throws<SurveyReadException>(() => ColumnMapping.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json)), RssCatalog.Default, "m.json"));

        Assert.Equal(
            new[]
            {
                "m.json: $.extra: unknown property; expected columns, values or rounds",
                "m.json: $.columns.a: 'NOPE' is not a measure code of catalog rss-reconstructed, respondent_id, round or survey_date",
                "m.json: $.columns.c: round is already the target of column 'b'",
                "m.json: $.columns.d: expected a string",
                "m.json: $.values.ECO_SATISFACTION.x: 'great' is not an answer key of ECO_SATISFACTION (its options, dont_know, refused)",
                "m.json: $.values.XYZ: not a measure code of catalog rss-reconstructed",
                "m.json: $.values.ECO_INCOME_ACTIVITY.n: not_applicable is not allowed for ECO_INCOME_ACTIVITY",
                "m.json: $.rounds.v1: 'first' is not initial, intermediate or final",
            },
            e.Problems);
    }

    [Fact]
    public void Read_ValidMapping_KeysTrimmedAndCaseIgnored()
    {
        const string Json = """{ "columns": { " Case ": "respondent_id" }, "values": { "ECO_SATISFACTION": { "Yes": "dont_know" } }, "rounds": { "BL": "initial" } }""";

        var mapping = ColumnMapping.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json)), RssCatalog.Default, "m.json");

        Assert.Equal("respondent_id", mapping.Columns["case"]);
        Assert.Equal("dont_know", mapping.Values["ECO_SATISFACTION"]["yes"]);
        Assert.Equal("initial", mapping.Rounds["bl"]);
    }

    [Fact]
    public void Read_TheDocumentedExample_IsValid()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "examples", "mapping.json");

        var mapping = ColumnMapping.Read(File.OpenRead(path), RssCatalog.Default, "mapping.json");

        Assert.Equal("ECO_SATISFACTION", mapping.Columns["q9"]);
        Assert.Equal("final", mapping.Rounds["endline"]);
    }
}
