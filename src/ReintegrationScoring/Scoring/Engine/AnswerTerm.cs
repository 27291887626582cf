using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// What one answer code of one measure adds to the sums of its dimension's score and of the composite: points × weight
/// (exactly, as the rounded product and its error), the answered and applicable weights, and whether it is missing.
/// <c>default</c> is an invalid answer.
/// </summary>
internal readonly struct AnswerTerm
{
    private AnswerTerm(AnswerKind kind, double dimensional, double composite, double points)
    {
        IsValid = true;
        IsOption = kind == AnswerKind.Option;
        IsMissing = kind is AnswerKind.Absent or AnswerKind.DontKnow or AnswerKind.Refused;
        var applies = kind != AnswerKind.NotApplicable;
        DimensionApplicable = applies ? dimensional : 0;
        CompositeApplicable = applies ? composite : 0;
        DimensionAnswered = IsOption ? dimensional : 0;
        CompositeAnswered = IsOption ? composite : 0;
        DimensionPoints = DoubleDouble.Product(points, DimensionAnswered);
        CompositePoints = DoubleDouble.Product(points, CompositeAnswered);
    }

    public bool IsValid { get; }

    public bool IsOption { get; }

    public bool IsMissing { get; }

    /// <summary>Points × dimensional weight, exactly; 0 unless the answer is an option.</summary>
    public DoubleDouble DimensionPoints { get; }

    /// <summary>Points × composite weight, exactly; 0 unless the answer is an option.</summary>
    public DoubleDouble CompositePoints { get; }

    /// <summary>The dimensional weight where the answer is an option, else 0.</summary>
    public double DimensionAnswered { get; }

    /// <summary>The composite weight where the answer is an option, else 0.</summary>
    public double CompositeAnswered { get; }

    /// <summary>The dimensional weight unless the answer is not applicable, else 0.</summary>
    public double DimensionApplicable { get; }

    /// <summary>The composite weight unless the answer is not applicable, else 0.</summary>
    public double CompositeApplicable { get; }

    /// <summary>The term of answer code <paramref name="code"/> for <paramref name="measure"/> with the given weights.</summary>
    public static AnswerTerm For(Measure measure, int code, double dimensional, double composite)
    {
        var answer = code >= Answer.FirstOptionCode ? Answer.Option(code - Answer.FirstOptionCode) : Special(code);
        if (!measure.IsValid(answer))
        {
            return default;
        }

        var points = answer.Kind == AnswerKind.Option ? measure.Scale.Options[answer.OptionIndex].Points : 0;
        return new AnswerTerm(answer.Kind, dimensional, composite, points);
    }

    private static Answer Special(int code) => code switch
    {
        (int)AnswerKind.DontKnow => Answer.DontKnow,
        (int)AnswerKind.Refused => Answer.Refused,
        (int)AnswerKind.NotApplicable => Answer.NotApplicable,
        _ => Answer.Absent,
    };
}
