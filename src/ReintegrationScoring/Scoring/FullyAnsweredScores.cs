using System.Runtime.CompilerServices;

namespace ReintegrationScoring;

/// <summary>
/// The scores of a response answered with an option on every measure, except their points sums. Such a response's weight
/// sums (answered and applicable) do not depend on which options were chosen, so neither do the denominators, coverages,
/// statuses and missing counts: they are taken once from the general path run on one fully answered response.
/// </summary>
/// <remarks>
/// Bit-identical to the general path: the points sums are formed from the same table values in the same order, and
/// <see cref="Finish"/> divides them by the very denominators the general path would use.
/// </remarks>
internal sealed class FullyAnsweredScores
{
    private readonly Score _economic;
    private readonly Score _social;
    private readonly Score _psychosocial;
    private readonly Score _composite;
    private readonly double _economicDenominator;
    private readonly double _socialDenominator;
    private readonly double _psychosocialDenominator;
    private readonly double _compositeDenominator;

    public FullyAnsweredScores(in ScoreSet scores, double economicDenominator, double socialDenominator, double psychosocialDenominator, double compositeDenominator)
    {
        _economic = scores.Economic;
        _social = scores.Social;
        _psychosocial = scores.Psychosocial;
        _composite = scores.Composite;
        _economicDenominator = economicDenominator;
        _socialDenominator = socialDenominator;
        _psychosocialDenominator = psychosocialDenominator;
        _compositeDenominator = compositeDenominator;
    }

    public double EconomicDenominator => _economicDenominator;

    public double SocialDenominator => _socialDenominator;

    public double PsychosocialDenominator => _psychosocialDenominator;

    public double CompositeDenominator => _compositeDenominator;

    /// <summary>The scores of a fully answered response from its points sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScoreSet Finish(double economic, double social, double psychosocial, double composite) => FromValues(
        economic / _economicDenominator,
        social / _socialDenominator,
        psychosocial / _psychosocialDenominator,
        composite / _compositeDenominator);

    /// <summary>The scores from the points sums already divided by the denominators (where lanes divide eight at once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScoreSet FromValues(double economic, double social, double psychosocial, double composite) => new(
        With(in _economic, economic),
        With(in _social, social),
        With(in _psychosocial, psychosocial),
        With(in _composite, composite));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Score With(in Score template, double value) =>
        template.IsComputed ? new Score(ScoreStatus.Computed, value, template.Coverage, 0) : template;
}
