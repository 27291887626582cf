using System.Collections.Generic;

namespace ReintegrationScoring.Extensions.Options.Tests.Guide;

/// <summary>The storage of the case-management system in the integration guide (docs/integration.md).</summary>
public interface ICaseStore
{
    /// <summary>Stores a saved survey and its first result.</summary>
    void SaveSurvey(string caseId, string responseJson, string resultJson, string weightSetId, string weightSetVersion);

    /// <summary>Adds a result to a case, keeping the earlier ones for audit.</summary>
    void AddResult(string caseId, string resultJson, string weightSetId, string weightSetVersion);

    /// <summary>Every case's survey with its latest result.</summary>
    IEnumerable<StoredSurvey> Surveys();
}
