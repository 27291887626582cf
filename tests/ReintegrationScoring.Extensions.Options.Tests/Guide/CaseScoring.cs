using System.Collections.Generic;
using System.IO;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Extensions.Options.Tests.Guide;

/// <summary>
/// The integration guide's scoring service (docs/integration.md): scores a survey when it is saved, stores the result
/// with its weight-set version, re-scores when the weights change, and imports JSON Lines files. The guide's C# blocks
/// are copied from this file, and <c>DocumentationTests</c> checks that they still are.
/// </summary>
public sealed class CaseScoring
{
    private readonly ScoringEngine _engine;
    private readonly ICaseStore _store;

    public CaseScoring(ScoringEngine engine, ICaseStore store)
    {
        _engine = engine;
        _store = store;
    }

    public SaveOutcome SaveSurvey(string caseId, string surveyJson)
    {
        SurveyResponse response;
        try
        {
            response = SurveyResponseJson.Parse(surveyJson, _engine.Catalog);
        }
        catch (RssJsonException e)
        {
            // Paths and reasons only, never answers or ids: safe to show and to log.
            return SaveOutcome.Rejected(e.Problems);
        }

        var result = StoredScoreResult.From(_engine.Score(response));
        _store.SaveSurvey(caseId, SurveyResponseJson.Serialize(response), ScoreResultJson.Serialize(result), result.WeightSetId, result.WeightSetVersion);
        return SaveOutcome.Saved(result);
    }

    public int RescoreOutdated()
    {
        var rescored = 0;
        foreach (var survey in _store.Surveys())
        {
            var stored = ScoreResultJson.Parse(survey.ResultJson);
            if (stored.IsScoredWith(_engine))
            {
                continue;
            }

            var response = SurveyResponseJson.Parse(survey.ResponseJson, _engine.Catalog);
            var result = StoredScoreResult.From(_engine.Score(response));
            _store.AddResult(survey.CaseId, ScoreResultJson.Serialize(result), result.WeightSetId, result.WeightSetVersion);
            rescored++;
        }

        return rescored;
    }

    public List<string> Import(Stream jsonLines)
    {
        var report = new List<string>();
        foreach (var record in SurveyResponseJson.ReadLines(jsonLines, _engine.Catalog))
        {
            if (!record.IsValid)
            {
                report.Add($"line {record.LineNumber}: {string.Join("; ", record.Problems)}");
                continue;
            }

            var caseId = record.Value.RespondentId.Value;
            var result = StoredScoreResult.From(_engine.Score(record.Value));
            _store.SaveSurvey(caseId, SurveyResponseJson.Serialize(record.Value), ScoreResultJson.Serialize(result), result.WeightSetId, result.WeightSetVersion);
        }

        return report;
    }
}
