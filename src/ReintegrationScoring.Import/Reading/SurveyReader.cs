using System.Collections.Generic;
using System.IO;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// Reads survey tables — KoboToolbox and ODK Central exports, Excel CSV and XLSX, JSON and JSON Lines — into
/// <see cref="SurveyRecord"/>s, in input order, streaming: one row in memory at a time. The rules (delimiter,
/// encodings, column matching, labels, mapping) are those of <c>rss score</c> (docs/kobo-odk.md, docs/mapping.md).
/// </summary>
public static class SurveyReader
{
    /// <summary>Reads every row of <paramref name="input"/>.</summary>
    /// <param name="input">The table; read lazily, as the records are enumerated, and left open.</param>
    /// <param name="name">The input's name, for messages and, with <see cref="SurveyInputFormat.Auto"/>, for its format.</param>
    /// <param name="options">The catalog and how to read the table.</param>
    /// <returns>One record per data row (blank rows and an HXL hashtag row left out).</returns>
    /// <exception cref="SurveyReadException">
    /// Thrown when enumeration starts (or, for a fault later in the file, when it reaches it): the table cannot be read —
    /// columns missing, no delimiter found, a workbook whose first sheet lacks the answers, an unterminated quote, text not
    /// in the encoding in a column read.
    /// </exception>
    public static IEnumerable<SurveyRecord> Read(Stream input, string name, SurveyReadOptions options)
    {
        Preconditions.NotNull(input, nameof(input));
        Preconditions.NotNull(name, nameof(name));
        Preconditions.NotNull(options, nameof(options));
        return ReadRows(input, name, options);
    }

    /// <summary>The format a name stands for: <c>.xlsx</c>, <c>.json</c>, <c>.jsonl</c>/<c>.ndjson</c>, otherwise CSV.</summary>
    /// <param name="name">A file name.</param>
    /// <returns>The format; never <see cref="SurveyInputFormat.Auto"/>.</returns>
    public static SurveyInputFormat FormatOf(string name) => TableSource.FormatOf(SurveyInputFormat.Auto, name);

    private static IEnumerable<SurveyRecord> ReadRows(Stream input, string name, SurveyReadOptions options)
    {
        using var source = TableSource.Open(input, name, options);
        var decoder = new RecordDecoder(source, options, name);
        while (source.Next() is { } row)
        {
            yield return decoder.Decode(row);
        }
    }
}
