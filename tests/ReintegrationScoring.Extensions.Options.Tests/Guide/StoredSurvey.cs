namespace ReintegrationScoring.Extensions.Options.Tests.Guide;

/// <summary>A case's survey and its latest result, as the guide's store keeps them.</summary>
public sealed record StoredSurvey(string CaseId, string ResponseJson, string ResultJson, string WeightSetId, string WeightSetVersion);
