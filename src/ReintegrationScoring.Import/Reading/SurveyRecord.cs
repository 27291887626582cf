using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>
/// One row of a survey table: where it is, its respondent id, round and survey date as far as they could be read,
/// and either its response or every problem that kept it from being one (column and reason, never the cell's
/// content); plus the row's other columns as attributes.
/// </summary>
public sealed class SurveyRecord
{
    internal SurveyRecord(
        long lineNumber,
        string respondentId,
        MonitoringRound? round,
        DateTime? surveyDate,
        SurveyResponse? response,
        IReadOnlyList<SurveyRecordProblem> problems,
        IReadOnlyDictionary<string, string> attributes)
    {
        LineNumber = lineNumber;
        RespondentId = respondentId;
        Round = round;
        SurveyDate = surveyDate;
        Response = response;
        Problems = problems;
        Attributes = attributes;
    }

    /// <summary>The line where the row starts (CSV; the header is line 1), its sheet row (XLSX) or its record number (JSON).</summary>
    public long LineNumber { get; }

    /// <summary>The respondent id, trimmed; empty when the cell is empty.</summary>
    public string RespondentId { get; }

    /// <summary>The round, or null when the cell is not a round.</summary>
    public MonitoringRound? Round { get; }

    /// <summary>The survey date, when the table has one and the cell is a date (<c>yyyy-MM-dd</c>, or an Excel date).</summary>
    public DateTime? SurveyDate { get; }

    /// <summary>The response, or null when the row has problems.</summary>
    public SurveyResponse? Response { get; }

    /// <summary>Why the row is not a response, in the order the tool's <c>detail</c> column lists them; empty when it is one.</summary>
    public IReadOnlyList<SurveyRecordProblem> Problems { get; }

    /// <summary>The row's other columns (or those asked for), by name: export metadata, country, sex…</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>Whether the row is a response.</summary>
    public bool IsValid => Response is not null;
}
