using System.Runtime.CompilerServices;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// The scores of a response answered with an option on every measure, except their points sums. Such a response's weight
/// sums (answered and applicable) do not depend on which options were chosen, so neither do the denominators, coverages,
/// statuses and missing counts: they are taken once from the reference kernel run on one fully answered response.
/// </summary>
internal sealed class FullyAnsweredScores
{
    private readonly Score _economic;
    private readonly Score _social;
    private readonly Score _psychosocial;
    private readonly Score _composite;

    public FullyAnsweredScores(EngineTables tables, ReferenceKernel reference, ScoreRules rules)
    {
        var answers = new Answer[tables.MeasureCount];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = Answer.Option(0);
        }

        var totals = reference.Accumulate(answers, 0, -1);
        var scores = rules.Finish(in totals);
        _economic = scores.Economic;
        _social = scores.Social;
        _psychosocial = scores.Psychosocial;
        _composite = scores.Composite;
        EconomicDenominator = rules.Denominator(in totals.Economic);
        SocialDenominator = rules.Denominator(in totals.Social);
        PsychosocialDenominator = rules.Denominator(in totals.Psychosocial);
        CompositeDenominator = rules.Denominator(in totals.Composite);
    }

    public DoubleDouble EconomicDenominator { get; }

    public DoubleDouble SocialDenominator { get; }

    public DoubleDouble PsychosocialDenominator { get; }

    public DoubleDouble CompositeDenominator { get; }

    /// <summary>The scores of a fully answered response from its points sums: the reference kernel's quotients.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScoreSet Finish(DoubleDouble economic, DoubleDouble social, DoubleDouble psychosocial, DoubleDouble composite) => FromValues(
        DoubleDouble.Quotient(economic, EconomicDenominator),
        DoubleDouble.Quotient(social, SocialDenominator),
        DoubleDouble.Quotient(psychosocial, PsychosocialDenominator),
        DoubleDouble.Quotient(composite, CompositeDenominator));

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
