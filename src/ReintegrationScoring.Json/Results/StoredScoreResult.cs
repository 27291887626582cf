using ReintegrationScoring.Internal;
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ReintegrationScoring.Json;

/// <summary>
/// A survey's scores as stored and exchanged: who and which round, the four scores with their status, coverage and missing
/// measures, everything needed to trace them (catalog and weight-set id and version, missing-answer policy), and
/// optionally the per-measure breakdown. Built from a live <see cref="ScoreResult"/> with <see cref="From"/>, or read
/// back from JSON with <see cref="ScoreResultJson"/>. Immutable.
/// </summary>
/// <remarks>
/// A <see cref="ScoreResult"/> holds the response and the engine that scored it; this type holds only what a case file
/// needs to keep, which is why reading JSON gives a <see cref="StoredScoreResult"/>. It holds the respondent id (personal
/// data, as in the response) but no answers: the breakdown carries points, not answers.
/// </remarks>
public sealed class StoredScoreResult : IEquatable<StoredScoreResult>
{
    /// <summary>Creates a stored result.</summary>
    /// <param name="respondentId">The respondent's id; not <c>default</c>.</param>
    /// <param name="round">The monitoring round.</param>
    /// <param name="surveyDate">The date of the survey, if known (the date part is kept).</param>
    /// <param name="catalogId">The id of the catalog scored.</param>
    /// <param name="catalogVersion">The version of the catalog scored.</param>
    /// <param name="weightSetId">The id of the weight set used.</param>
    /// <param name="weightSetVersion">The version of the weight set used.</param>
    /// <param name="options">The missing-answer policy and minimum coverage used.</param>
    /// <param name="economic">The economic score.</param>
    /// <param name="social">The social score.</param>
    /// <param name="psychosocial">The psychosocial score.</param>
    /// <param name="composite">The composite score.</param>
    /// <param name="breakdown">The per-measure breakdown, or null when it is not kept.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="breakdown"/> is null, or the breakdown holds a null.</exception>
    /// <exception cref="ArgumentException"><paramref name="respondentId"/> is <c>default</c>, or an id or version is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not defined.</exception>
    public StoredScoreResult(
        RespondentId respondentId,
        MonitoringRound round,
        DateTime? surveyDate,
        string catalogId,
        string catalogVersion,
        string weightSetId,
        string weightSetVersion,
        ScoringOptions options,
        StoredScore economic,
        StoredScore social,
        StoredScore psychosocial,
        StoredScore composite,
        IEnumerable<StoredContribution>? breakdown = null)
    {
        if (!respondentId.IsValid)
        {
            throw new ArgumentException("The respondent id is default; create it with new RespondentId(value).", nameof(respondentId));
        }

        RespondentId = respondentId;
        Round = round is MonitoringRound.Initial or MonitoringRound.Intermediate or MonitoringRound.Final
            ? round
            : throw new ArgumentOutOfRangeException(nameof(round), round, "Expected initial, intermediate or final.");
        SurveyDate = surveyDate?.Date;
        CatalogId = NotBlank(catalogId, nameof(catalogId));
        CatalogVersion = NotBlank(catalogVersion, nameof(catalogVersion));
        WeightSetId = NotBlank(weightSetId, nameof(weightSetId));
        WeightSetVersion = NotBlank(weightSetVersion, nameof(weightSetVersion));
        Options = Preconditions.NotNull(options);
        Economic = Preconditions.NotNull(economic);
        Social = Preconditions.NotNull(social);
        Psychosocial = Preconditions.NotNull(psychosocial);
        Composite = Preconditions.NotNull(composite);
        if (breakdown is not null)
        {
            var entries = breakdown.ToArray();
            if (Array.IndexOf(entries, null) >= 0)
            {
                throw new ArgumentNullException(nameof(breakdown), "A breakdown entry is null.");
            }

            Breakdown = new ReadOnlyCollection<StoredContribution>(entries);
        }
    }

    /// <summary>The respondent's opaque id (personal data: <see cref="RespondentId.ToString"/> does not reveal it).</summary>
    public RespondentId RespondentId { get; }

    /// <summary>The monitoring round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>The date of the survey, if known (date part only).</summary>
    public DateTime? SurveyDate { get; }

    /// <summary>The id of the catalog scored.</summary>
    public string CatalogId { get; }

    /// <summary>The version of the catalog scored.</summary>
    public string CatalogVersion { get; }

    /// <summary>The id of the weight set used.</summary>
    public string WeightSetId { get; }

    /// <summary>The version of the weight set used.</summary>
    public string WeightSetVersion { get; }

    /// <summary>The missing-answer policy and minimum coverage used.</summary>
    public ScoringOptions Options { get; }

    /// <summary>The economic score.</summary>
    public StoredScore Economic { get; }

    /// <summary>The social score.</summary>
    public StoredScore Social { get; }

    /// <summary>The psychosocial score.</summary>
    public StoredScore Psychosocial { get; }

    /// <summary>The composite score.</summary>
    public StoredScore Composite { get; }

    /// <summary>The per-measure breakdown in catalog order, or null when it was not kept.</summary>
    public IReadOnlyList<StoredContribution>? Breakdown { get; }

    /// <summary>Whether all four scores were computed.</summary>
    public bool IsComplete => ScoreKinds.All.All(kind => this[kind].Status == ScoreStatus.Computed);

    /// <summary>The score of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <param name="kind">The score kind.</param>
    public StoredScore this[ScoreKind kind] => kind switch
    {
        ScoreKind.Economic => Economic,
        ScoreKind.Social => Social,
        ScoreKind.Psychosocial => Psychosocial,
        ScoreKind.Composite => Composite,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected economic, social, psychosocial or composite."),
    };

    /// <summary>The result as stored: its scores, provenance and, when <paramref name="includeBreakdown"/>, <see cref="ScoreResult.Explain"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <param name="result">The scored result.</param>
    /// <param name="includeBreakdown">Whether to store the per-measure contributions.</param>
    /// <returns>The stored form, which keeps the response and the scoring provenance.</returns>
    public static StoredScoreResult From(ScoreResult result, bool includeBreakdown = false)
    {
        Preconditions.NotNull(result);

        return new StoredScoreResult(
            result.RespondentId,
            result.Round,
            result.Response.SurveyDate,
            result.CatalogId,
            result.CatalogVersion,
            result.WeightSetId,
            result.WeightSetVersion,
            result.Options,
            StoredScore.From(result, ScoreKind.Economic),
            StoredScore.From(result, ScoreKind.Social),
            StoredScore.From(result, ScoreKind.Psychosocial),
            StoredScore.From(result, ScoreKind.Composite),
            includeBreakdown ? result.Explain().Select(StoredContribution.From) : null);
    }

    /// <summary>
    /// Whether <paramref name="engine"/> scores as this result was scored: the same catalog and weight set (id and version)
    /// and the same policy. When it does not, re-score the stored response with the engine to get comparable numbers.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <param name="engine">The engine to compare with.</param>
    /// <returns><see langword="true"/> when the engine's catalog, weight set and policy are those this result was scored with.</returns>
    public bool IsScoredWith(ScoringEngine engine)
    {
        Preconditions.NotNull(engine);

        return CatalogId == engine.Catalog.Id
            && CatalogVersion == engine.Catalog.Version
            && WeightSetId == engine.WeightSet.Id
            && WeightSetVersion == engine.WeightSet.Version
            && Options.Equals(engine.Options);
    }

    /// <inheritdoc/>
    public bool Equals(StoredScoreResult? other) =>
        other is not null
        && RespondentId == other.RespondentId
        && Round == other.Round
        && Nullable.Equals(SurveyDate, other.SurveyDate)
        && CatalogId == other.CatalogId
        && CatalogVersion == other.CatalogVersion
        && WeightSetId == other.WeightSetId
        && WeightSetVersion == other.WeightSetVersion
        && Options.Equals(other.Options)
        && ScoreKinds.All.All(kind => this[kind].Equals(other[kind]))
        && (Breakdown is null ? other.Breakdown is null : other.Breakdown is not null && Breakdown.SequenceEqual(other.Breakdown));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StoredScoreResult);

    /// <inheritdoc/>
    public override int GetHashCode() => RespondentId.GetHashCode() ^ ((int)Round * 397) ^ Composite.GetHashCode();

    /// <summary>Formats the result for logs without revealing the respondent.</summary>
    /// <returns>The round, the four scores and the weight set; never the respondent id.</returns>
    public override string ToString() =>
        $"{Round.ToCode()}: economic={Economic} social={Social} psychosocial={Psychosocial} composite={Composite} ({WeightSetId} {WeightSetVersion}, {Options})";

    private static string NotBlank(string value, string name) =>
        Preconditions.NotNull(value, name).Trim().Length > 0 ? value : throw new ArgumentException("The value must not be empty or white space.", name);
}
