using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Extensions.Options.Tests.Guide;

/// <summary>An in-memory <see cref="ICaseStore"/> for running the guide's examples.</summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Dictionary<string, string> _responses = new();

    public Dictionary<string, List<(string ResultJson, string WeightSetId, string WeightSetVersion)>> Results { get; } = new();

    public void SaveSurvey(string caseId, string responseJson, string resultJson, string weightSetId, string weightSetVersion)
    {
        _responses[caseId] = responseJson;
        Results[caseId] = new() { (resultJson, weightSetId, weightSetVersion) };
    }

    public void AddResult(string caseId, string resultJson, string weightSetId, string weightSetVersion) =>
        Results[caseId].Add((resultJson, weightSetId, weightSetVersion));

    public IEnumerable<StoredSurvey> Surveys() =>
        _responses.Select(r => new StoredSurvey(r.Key, r.Value, Results[r.Key][^1].ResultJson, Results[r.Key][^1].WeightSetId, Results[r.Key][^1].WeightSetVersion)).ToList();
}
