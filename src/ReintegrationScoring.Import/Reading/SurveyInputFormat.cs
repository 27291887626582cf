namespace ReintegrationScoring.Import;

/// <summary>The kinds of survey table <see cref="SurveyReader"/> reads.</summary>
public enum SurveyInputFormat
{
    /// <summary>Chosen from the input's name: <c>.xlsx</c>, <c>.json</c>, <c>.jsonl</c> or <c>.ndjson</c>, otherwise CSV.</summary>
    Auto,

    /// <summary>Delimited text: comma, semicolon or tab, detected from the header unless given.</summary>
    Csv,

    /// <summary>An Excel workbook: its first sheet.</summary>
    Xlsx,

    /// <summary>A JSON array of responses in the Json package's survey-response format.</summary>
    Json,

    /// <summary>JSON Lines: one response per line in the Json package's survey-response format.</summary>
    JsonLines,
}
