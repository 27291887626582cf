using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Reading;

/// <summary>The reader's rules one by one: delimiters, encodings, column matching, labels, metadata, HXL, problems.</summary>
public sealed class SurveyReaderTests
{
    private static readonly Catalog Catalog = RssCatalog.Default;
    private static readonly string[] Codes = Catalog.Measures.Select(m => m.Code).ToArray();

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void Read_DetectsTheDelimiter(char delimiter)
    {
        var records = Read(Table(delimiter, Names(), Row("R1", "initial")));

        var record = Assert.Single(records);
        Assert.True(record.IsValid);
        Assert.Equal("R1", record.RespondentId);
        Assert.Equal(MonitoringRound.Initial, record.Round);
    }

    [Fact]
    public void Read_HeaderThatWorksWithTwoDelimiters_IsAmbiguous()
    {
        var header = string.Join(',', Names()) + ",x;" + string.Join(';', Names());

        var e = Assert.Throws<SurveyReadException>(() => Read(header + "\n"));

        Assert.Equal("in.csv: line 1: the header names every required column when split at ',' and at ';'; give the delimiter (--delimiter)", Assert.Single(e.Problems));
    }

    [Fact]
    public void Read_HeaderThatWorksWithTwoDelimiters_GivenDelimiter_IsRead()
    {
        var header = string.Join(',', Names()) + ",x;" + string.Join(';', Names());

        var record = Assert.Single(Read(header + "\n" + string.Join(',', Row("R1", "final")) + ",y\n", new SurveyReadOptions(Catalog) { Delimiter = ',' }));

        Assert.Equal(MonitoringRound.Final, record.Round);
    }

    [Fact]
    public void Read_FailedDetection_SaysWhatItSawAtEachDelimiter()
    {
        var header = "respondent_id;round," + string.Join(';', Codes.Skip(2));

        var e = Assert.Throws<SurveyReadException>(() => Read(header + "\n"));

        Assert.Equal("in.csv: line 1: no delimiter gives the required columns: at ',' 2 columns, 0 of 32 required found; at ';' 29 columns, 28 of 32 required found; at tab 1 column, 0 of 32 required found", e.Problems[0]);
        Assert.StartsWith("in.csv: line 1 (split at ';'): missing columns: round, ", e.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Windows1252_DecodesAttributes()
    {
        var text = Table(';', Names().Append("région"), Row("R1", "initial").Append("Thiès"));
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        Assert.True(TextEncodings.TryParse("windows-1252", out var encoding));
        var record = Assert.Single(SurveyReader.Read(new MemoryStream(bytes), "in.csv", new SurveyReadOptions(Catalog) { Encoding = encoding }));

        Assert.Equal("Thiès", record.Attributes["Région"]);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("iso-8859-1")]
    public void Read_OtherEncodings(string name)
    {
        Assert.True(TextEncodings.TryParse(name, out var encoding));
        var text = Table(',', Names().Append("ville"), Row("R1", "initial").Append("Kédougou"));

        var record = Assert.Single(SurveyReader.Read(new MemoryStream(encoding!.GetPreamble().Concat(encoding.GetBytes(text)).ToArray()), "in.csv", new SurveyReadOptions(Catalog) { Encoding = encoding }));

        Assert.Equal("Kédougou", record.Attributes["ville"]);
    }

    [Fact]
    public void Read_Utf16WithBom_IsReadWithoutBeingTold()
    {
        var text = Table(',', Names(), Row("R1", "initial"));

        var record = Assert.Single(SurveyReader.Read(new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()), "in.csv", new SurveyReadOptions(Catalog)));

        Assert.True(record.IsValid);
    }

    [Fact]
    public void Read_InvalidByteInAColumnNotRead_IsKept_InAColumnRead_Refuses()
    {
        var good = Encoding.UTF8.GetBytes(Table(',', Names().Append("note"), Row("R1", "initial").Append("X")).Replace("X\n", string.Empty, StringComparison.Ordinal));
        var unused = good.Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var used = Encoding.UTF8.GetBytes(string.Join(',', Names().Append("note")) + "\n").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("," + string.Join(',', Row("R1", "initial").Skip(1)) + ",x\n")).ToArray();

        Assert.True(Assert.Single(SurveyReader.Read(new MemoryStream(unused), "in.csv", new SurveyReadOptions(Catalog))).IsValid);
        var e = Assert.Throws<SurveyReadException>(() => SurveyReader.Read(new MemoryStream(used), "in.csv", new SurveyReadOptions(Catalog)).ToList());
        Assert.Equal("in.csv: line 2: not valid UTF-8 text (U+FFFD or bytes that are not UTF-8); save the file as CSV UTF-8", Assert.Single(e.Problems));
    }

    [Theory]
    [InlineData("a/b/{0}")]
    [InlineData("a-b-{0}")]
    [InlineData(" {0} ")]
    [InlineData("{1}")]
    public void Read_ColumnsThroughGroupPathsAndCase(string pattern)
    {
        var names = Names().Select(n => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, n, n.ToLowerInvariant()));

        var record = Assert.Single(Read(Table(',', names, Row("R1", "initial"))));

        Assert.True(record.IsValid);
    }

    [Fact]
    public void Read_TwoColumnsThroughPaths_IsAConflict_AnExactNameWins()
    {
        var code = Codes[0];
        var twice = Table(',', Names().Select(n => n == code ? "g1/" + code : n).Append("g2/" + code), Row("R1", "initial").Append("x"));
        var exact = Table(',', Names().Append("g2/" + code), Row("R1", "initial").Append("not an answer"));

        var e = Assert.Throws<SurveyReadException>(() => Read(twice));
        Assert.Contains($"columns 3 and 33 both name {code}", e.Problems[^1], StringComparison.Ordinal);
        var record = Assert.Single(Read(exact));
        Assert.True(record.IsValid);
        Assert.Equal("not an answer", record.Attributes["g2/" + code]);
    }

    [Fact]
    public void Read_MetadataColumns_AreAttributes_AndHxlRowSkipped()
    {
        var names = new[] { "start", "_id", "meta/instanceID" }.Concat(Names());
        var text = Table(';', names, new[] { "#start", string.Empty, "#meta" }.Concat(Names().Select(n => "#" + n)), new[] { "2026-01-01", "17", "uuid:1" }.Concat(Row("R1", "initial")));

        var record = Assert.Single(Read(text));

        Assert.Equal(3L, record.LineNumber);
        Assert.Equal("17", record.Attributes["_id"]);
        Assert.Equal("uuid:1", record.Attributes["meta/instanceID"]);
    }

    [Fact]
    public void Read_Problems_NameTheColumnNeverTheContent()
    {
        var row = Row(string.Empty, "fourth").ToArray();
        row[2] = "secret-answer";

        var record = Assert.Single(Read(Table(',', Names(), row)));

        Assert.False(record.IsValid);
        Assert.Equal(new[] { "respondent_id: empty", "round: not initial, intermediate or final", $"{Codes[0]}: not an answer option of this measure" }, record.Problems.Select(p => p.ToString()));
        Assert.DoesNotContain(record.Problems, p => p.Reason.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SurveyDate_IsRead()
    {
        var record = Assert.Single(Read(Table(',', Names().Append("survey_date"), Row("R1", "initial").Append("2026-03-04"))));

        Assert.Equal(new DateTime(2026, 3, 4), record.SurveyDate);
        Assert.Equal(new DateTime(2026, 3, 4), record.Response!.SurveyDate);
    }

    [Fact]
    public void Read_AttributeColumns_UnknownOneRefused()
    {
        var e = Assert.Throws<SurveyReadException>(() => Read(Table(',', Names(), Row("R1", "initial")), new SurveyReadOptions(Catalog) { AttributeColumns = new[] { "country" } }));

        Assert.Equal("in.csv: no column named 'country' in the header", Assert.Single(e.Problems));
    }

    [Fact]
    public void Read_JsonLines_InTheJsonPackagesFormat()
    {
        var line = "{\"respondent_id\":\"R1\",\"round\":\"final\",\"answers\":{" + string.Join(',', Catalog.Measures.Select(m => $"\"{m.Code}\":\"{m.Scale.Options[0].Key}\"")) + "}}";
        var records = SurveyReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n\n[1]\n{\"round\":\"x\",\"answers\":{\"NOPE\":\"y\"}}\n")), "in.jsonl", new SurveyReadOptions(Catalog)).ToList();

        Assert.Equal(3, records.Count);
        Assert.True(records[0].IsValid);
        Assert.Equal("row: not a JSON object", records[1].Problems[0].ToString());
        Assert.Equal(3L, records[1].LineNumber);
        Assert.Equal("answers.NOPE: not a measure code of the catalog", records[2].Problems[0].ToString());
    }

    [Fact]
    public void Read_LabelsInEnglish_HeadersAnswersAndRounds()
    {
        var names = new[] { "Respondent ID", "Monitoring round" }.Concat(Catalog.Measures.Select(m => "Group/" + m.Label.English));
        var cells = new[] { "R1", "Intermediate (6–9 months after arrival)" }.Concat(Catalog.Measures.Select(m => m.Scale.Options[^1].Label.English));

        var record = Assert.Single(Read(Table(';', names, cells)));

        Assert.True(record.IsValid, string.Join("; ", record.Problems));
        Assert.Equal(MonitoringRound.Intermediate, record.Round);
        Assert.All(Catalog.Measures, m => Assert.Equal(m.Scale.Options[^1].Key, m.KeyOf(record.Response!.GetAnswer(m.Code))));
    }

    private static IEnumerable<string> Names() => new[] { "respondent_id", "round" }.Concat(Codes);

    private static IEnumerable<string> Row(string id, string round) => new[] { id, round }.Concat(Catalog.Measures.Select(m => m.Scale.Options[0].Key));

    private static string Table(char delimiter, IEnumerable<string> header, params IEnumerable<string>[] rows) =>
        string.Join("\n", new[] { header }.Concat(rows).Select(r => string.Join(delimiter, r))) + "\n";

    private static List<SurveyRecord> Read(string text, SurveyReadOptions? options = null) =>
        SurveyReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "in.csv", options ?? new SurveyReadOptions(Catalog)).ToList();
}
