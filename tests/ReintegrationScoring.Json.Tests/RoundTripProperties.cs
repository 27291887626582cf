using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReintegrationScoring.Json.Tests;

/// <summary>deserialize(serialize(x)) == x, and serializing again gives the same text, for every format.</summary>
public class RoundTripProperties
{
    [Property(MaxTest = 200)]
    public Property WeightSet_RoundTrips() =>
        Prop.ForAll(Arb.From(Generators.WeightSetFor(RssCatalog.Default)), weights =>
        {
            var text = WeightSetJson.Serialize(weights);
            var read = WeightSetJson.Parse(text, RssCatalog.Default);
            return read.Id == weights.Id && read.Version == weights.Version && read.Description == weights.Description
                && read.Weights.SequenceEqual(weights.Weights)
                && WeightSetJson.Serialize(read) == text;
        });

    [Property(MaxTest = 100)]
    public Property Instrument_RoundTrips() =>
        Prop.ForAll(Arb.From(Generators.Catalog), catalog =>
        {
            var text = InstrumentJson.Serialize(catalog);
            var read = InstrumentJson.Parse(text);
            return CatalogAssert.SameDefinition(catalog, read) && InstrumentJson.Serialize(read) == text;
        });

    [Property(MaxTest = 100)]
    public Property WeightSetOfACustomInstrument_RoundTrips() =>
        Prop.ForAll(Arb.From(Generators.Catalog.SelectMany(c => Generators.WeightSetFor(c))), weights =>
            WeightSetJson.Parse(WeightSetJson.Serialize(weights), weights.Catalog).Weights.SequenceEqual(weights.Weights));

    [Property(MaxTest = 100)]
    public Property Response_RoundTrips() =>
        Prop.ForAll(Arb.From(Generators.Catalog.SelectMany(c => Generators.ResponseFor(c))), response =>
        {
            var text = SurveyResponseJson.Serialize(response);
            var read = SurveyResponseJson.Parse(text, response.Catalog);
            return SameResponse(response, read) && SurveyResponseJson.Serialize(read) == text;
        });

    [Property(MaxTest = 50)]
    public Property Responses_RoundTripAsArrayAndAsJsonLines() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Generators.ResponseFor(RssCatalog.Default))), responses =>
        {
            var array = SurveyResponseJson.ParseArray(SurveyResponseJson.SerializeArray(responses), RssCatalog.Default);
            using var lines = new System.IO.MemoryStream();
            SurveyResponseJson.WriteLines(lines, responses);
            lines.Position = 0;
            var records = SurveyResponseJson.ReadLines(lines, RssCatalog.Default).ToList();
            return array.Count == responses.Count
                && array.Zip(responses, SameResponse).All(same => same)
                && records.Select(r => r.LineNumber).SequenceEqual(Enumerable.Range(1, responses.Count).Select(i => (long)i))
                && records.Zip(responses, (r, x) => r.IsValid && SameResponse(x, r.Value!)).All(same => same);
        });

    [Property(MaxTest = 100)]
    public Property Result_RoundTrips() =>
        Prop.ForAll(Arb.From(Generators.Result), result =>
        {
            var text = ScoreResultJson.Serialize(result);
            var read = ScoreResultJson.Parse(text);
            return read.Equals(result) && ScoreResultJson.Serialize(read) == text;
        });

    private static bool SameResponse(SurveyResponse expected, SurveyResponse actual) =>
        actual.Catalog.IsSameInstrument(expected.Catalog)
        && actual.RespondentId == expected.RespondentId
        && actual.Round == expected.Round
        && actual.SurveyDate == expected.SurveyDate
        && actual.ArrivalDate == expected.ArrivalDate
        && actual.Answers.SequenceEqual(expected.Answers);
}
