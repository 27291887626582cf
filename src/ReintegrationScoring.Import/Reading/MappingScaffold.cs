using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ReintegrationScoring.Import;

/// <summary>
/// A first mapping file for an export, from its CSV header (<c>rss map init</c>): every column the reader matches
/// (by name, label or group path) written out as <c>columns</c>, so the user sees and can change how each was read,
/// with the columns it could not match and the required fields no column names, to be mapped by hand. While required
/// fields lack a column, the unmatched columns are written with an empty target: each is then to be filled in with a
/// measure code (or <c>respondent_id</c>, <c>round</c>, <c>survey_date</c>) or deleted, and until then the file is refused.
/// </summary>
internal sealed class MappingScaffold
{
    private static readonly char[] Candidates = { ',', ';', '\t' };

    private MappingScaffold(string json, IReadOnlyList<string> unmatched, IReadOnlyList<string> missing, char delimiter)
    {
        Json = json;
        Unmatched = unmatched;
        Missing = missing;
        Delimiter = delimiter;
    }

    /// <summary>The mapping file's text: <c>columns</c> filled in, <c>values</c> and <c>rounds</c> empty.</summary>
    public string Json { get; }

    /// <summary>The header's columns that are neither survey fields nor export metadata.</summary>
    public IReadOnlyList<string> Unmatched { get; }

    /// <summary>The required fields no column names yet.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>The delimiter the header was split at.</summary>
    public char Delimiter { get; }

    /// <summary>Reads the header of a CSV export (delimiter given, or the one giving most fields) and drafts its mapping.</summary>
    /// <exception cref="SurveyReadException">The file is empty or its header is not text in the encoding.</exception>
    public static MappingScaffold FromCsvHeader(Stream stream, string name, SurveyReadOptions options)
    {
        using var reader = new StreamReader(stream, options.Encoding ?? TextEncodings.Utf8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var header = HeaderText.ReadRecord(reader, out _) ?? throw new SurveyReadException(new[] { $"{name}: the file is empty; expected a header row" });
        if (header.Contains(TextEncodings.Replacement, StringComparison.Ordinal))
        {
            throw new SurveyReadException(new[] { $"{name}: line 1: {CsvOpening.NotTextReason(options.Encoding)}" });
        }

        var vocabulary = Vocabulary.Of(options.Catalog);
        var delimiter = options.Delimiter ?? Candidates
            .Select(d => (Delimiter: d, Layout: SurveyLayout.Resolve(HeaderText.Split(header, d), options, vocabulary)))
            .OrderByDescending(t => t.Layout.Found).ThenByDescending(t => t.Layout.Names.Length).First().Delimiter;
        var layout = SurveyLayout.Resolve(HeaderText.Split(header, delimiter), options, vocabulary);
        var fields = new List<(int Column, string Target)> { (layout.RespondentId, FormNames.RespondentId), (layout.Round, FormNames.Round), (layout.SurveyDate, FormNames.SurveyDate) };
        fields.AddRange(layout.Measures.Select((c, i) => (c, options.Catalog.Measures[i].Code)));
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("columns");
            // While fields lack a column, the unmatched columns are listed with an empty target to fill in (or delete).
            var drafts = fields.Where(f => f.Column >= 0).ToList();
            if (layout.Missing.Count > 0)
            {
                drafts.AddRange(layout.Unmatched.Select(c => (c, string.Empty)));
            }

            foreach (var (column, target) in drafts.OrderBy(f => f.Column))
            {
                json.WriteString(layout.Names[column], target);
            }

            json.WriteEndObject();
            json.WriteStartObject("values");
            json.WriteEndObject();
            json.WriteStartObject("rounds");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        return new MappingScaffold(text, layout.Unmatched.Select(c => layout.Names[c]).ToList(), layout.Missing, delimiter);
    }
}
