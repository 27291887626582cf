using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ReintegrationScoring;

/// <summary>
/// The scores of one survey with everything needed to trace and recompute them: the catalog and weight set (id and
/// version), the policy, and on demand the per-measure explanation. Immutable.
/// </summary>
public sealed class ScoreResult
{
    private readonly ScoringEngine _engine;

    internal ScoreResult(ScoringEngine engine, SurveyResponse response, ScoreSet scores)
    {
        _engine = engine;
        Response = response;
        Scores = scores;
    }

    /// <summary>The response scored.</summary>
    public SurveyResponse Response { get; }

    /// <summary>The respondent's opaque id.</summary>
    public RespondentId RespondentId => Response.RespondentId;

    /// <summary>The monitoring round.</summary>
    public MonitoringRound Round => Response.Round;

    /// <summary>The four scores.</summary>
    public ScoreSet Scores { get; }

    /// <summary>The economic dimension score.</summary>
    public Score Economic => Scores.Economic;

    /// <summary>The social dimension score.</summary>
    public Score Social => Scores.Social;

    /// <summary>The psychosocial dimension score.</summary>
    public Score Psychosocial => Scores.Psychosocial;

    /// <summary>The composite score.</summary>
    public Score Composite => Scores.Composite;

    /// <summary>Whether all four scores were computed.</summary>
    public bool IsComplete => Scores.IsComplete;

    /// <summary>The weight set used (and through it, the catalog).</summary>
    public WeightSet WeightSet => _engine.WeightSet;

    /// <summary>The id of the catalog scored.</summary>
    public string CatalogId => _engine.Catalog.Id;

    /// <summary>The version of the catalog scored.</summary>
    public string CatalogVersion => _engine.Catalog.Version;

    /// <summary>The id of the weight set used.</summary>
    public string WeightSetId => _engine.WeightSet.Id;

    /// <summary>The version of the weight set used.</summary>
    public string WeightSetVersion => _engine.WeightSet.Version;

    /// <summary>The missing-answer policy and minimum coverage used.</summary>
    public ScoringOptions Options => _engine.Options;

    /// <summary>The dimension with the lowest computed score, or null; see <see cref="ScoreSet.WeakestDimension"/>.</summary>
    public Dimension? WeakestDimension => Scores.WeakestDimension;

    /// <summary>The highest minus the lowest computed dimension score, or null; see <see cref="ScoreSet.Spread"/>.</summary>
    public double? Spread => Scores.Spread;

    /// <summary>The dimensions whose computed score is below a caller-chosen threshold.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    /// <param name="threshold">The threshold, in [0, 1].</param>
    /// <returns>The dimensions scored strictly below <paramref name="threshold"/>, in fixed order.</returns>
    public IReadOnlyList<Dimension> DimensionsBelow(double threshold) => Scores.DimensionsBelow(threshold);

    /// <summary>
    /// How every measure entered the scores, in catalog order: answer status, points, both weights and both
    /// contributions. Computed on each call from the response and the engine's tables.
    /// </summary>
    /// <returns>One contribution per catalog measure.</returns>
    public IReadOnlyList<MeasureContribution> Explain() => _engine.Explain(Response, Scores);

    /// <summary>
    /// The codes of the applicable measures of <paramref name="kind"/> that are missing, in catalog order: the reason a
    /// strict score was not computed, or what a renormalized score left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <param name="kind">The score kind.</param>
    /// <returns>The missing measures' codes; empty when none is missing.</returns>
    public IReadOnlyList<string> MissingMeasures(ScoreKind kind)
    {
        _ = Scores[kind];
        var codes = new List<string>();
        var measures = _engine.Catalog.Measures;
        for (var i = 0; i < measures.Count; i++)
        {
            if (Response.AnswerArray[i].IsMissing && (kind == ScoreKind.Composite || measures[i].Dimension.ToScoreKind() == kind))
            {
                codes.Add(measures[i].Code);
            }
        }

        return new ReadOnlyCollection<string>(codes);
    }

    /// <summary>Checks that the survey date falls in its round's window (a warning, never a rejection).</summary>
    /// <param name="windows">The windows; <see cref="RoundWindows.Default"/> when null.</param>
    /// <returns>The outcome; a response without both dates cannot be checked.</returns>
    public RoundWindowCheck CheckRoundWindow(RoundWindows? windows = null) => (windows ?? RoundWindows.Default).Check(Response);

    /// <summary>Formats the result for logs without revealing the respondent.</summary>
    /// <returns>The round, the four scores and the weight set; never the respondent id.</returns>
    public override string ToString() => $"{Round.ToCode()}: {Scores} ({WeightSet}, {Options})";
}
