using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Sample;

/// <summary>One survey as a data-entry system would hand it over: who, which round, when, and answer keys by measure code.</summary>
internal sealed record SampleRecord(
    string RespondentId,
    MonitoringRound Round,
    DateTime? ArrivalDate,
    DateTime? SurveyDate,
    IReadOnlyDictionary<string, string> Answers);
