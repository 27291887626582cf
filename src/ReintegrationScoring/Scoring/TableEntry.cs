using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// What one answer to one measure adds to the running sums of its dimension's score and of the composite; stored in
/// <see cref="ScoringTable.Sums"/> as five (dimension, composite) pairs. Points × weight is kept exactly, as the rounded
/// product and its error.
/// </summary>
internal readonly struct TableEntry
{
    /// <summary>Doubles per entry in <see cref="ScoringTable.Sums"/>.</summary>
    public const int Width = 10;

    /// <summary>Offset of the (points × weight, points × weight) pair, rounded.</summary>
    public const int PointsPair = 0;

    /// <summary>Offset of the rounding errors of <see cref="PointsPair"/>.</summary>
    public const int PointsErrorPair = 2;

    /// <summary>Offset of the (answered weight, answered weight) pair.</summary>
    public const int AnsweredPair = 4;

    /// <summary>Offset of the (applicable weight, applicable weight) pair.</summary>
    public const int ApplicablePair = 6;

    /// <summary>Offset of the (missing, invalid) pair: 1 or 0 each.</summary>
    public const int FlagsPair = 8;

    private TableEntry(AnswerKind kind, double dimensionalApplicable, double compositeApplicable, double dimensionalAnswered, double compositeAnswered, double points)
    {
        Valid = true;
        IsOption = kind == AnswerKind.Option;
        Missing = kind is AnswerKind.Absent or AnswerKind.DontKnow or AnswerKind.Refused;
        DimensionApplicable = dimensionalApplicable;
        CompositeApplicable = compositeApplicable;
        DimensionAnswered = dimensionalAnswered;
        CompositeAnswered = compositeAnswered;
        DimensionPoints = DoubleDouble.Product(points, dimensionalAnswered);
        CompositePoints = DoubleDouble.Product(points, compositeAnswered);
    }

    public bool Valid { get; }

    public bool Missing { get; }

    public bool IsOption { get; }

    /// <summary>Points × dimensional weight, exactly.</summary>
    public DoubleDouble DimensionPoints { get; }

    /// <summary>Points × composite weight, exactly.</summary>
    public DoubleDouble CompositePoints { get; }

    public double DimensionAnswered { get; }

    public double CompositeAnswered { get; }

    public double DimensionApplicable { get; }

    public double CompositeApplicable { get; }

    public static TableEntry For(Measure measure, int code, double dimensional, double composite)
    {
        var isOption = code >= Answer.FirstOptionCode;
        var answer = isOption ? Answer.Option(code - Answer.FirstOptionCode) : SpecialAnswer(code);
        if (!measure.IsValid(answer))
        {
            return default;
        }

        return answer.Kind switch
        {
            AnswerKind.NotApplicable => new TableEntry(answer.Kind, 0, 0, 0, 0, 0),
            AnswerKind.Option => new TableEntry(answer.Kind, dimensional, composite, dimensional, composite, measure.Scale.Options[answer.OptionIndex].Points),
            _ => new TableEntry(answer.Kind, dimensional, composite, 0, 0, 0),
        };
    }

    /// <summary>Writes the five pairs at <paramref name="at"/>.</summary>
    public void WriteTo(double[] sums, int at)
    {
        sums[at + PointsPair] = DimensionPoints.Hi;
        sums[at + PointsPair + 1] = CompositePoints.Hi;
        sums[at + PointsErrorPair] = DimensionPoints.Lo;
        sums[at + PointsErrorPair + 1] = CompositePoints.Lo;
        sums[at + AnsweredPair] = DimensionAnswered;
        sums[at + AnsweredPair + 1] = CompositeAnswered;
        sums[at + ApplicablePair] = DimensionApplicable;
        sums[at + ApplicablePair + 1] = CompositeApplicable;
        sums[at + FlagsPair] = Missing ? 1 : 0;
        sums[at + FlagsPair + 1] = Valid ? 0 : 1;
    }

    private static Answer SpecialAnswer(int code) => code switch
    {
        (int)AnswerKind.DontKnow => Answer.DontKnow,
        (int)AnswerKind.Refused => Answer.Refused,
        (int)AnswerKind.NotApplicable => Answer.NotApplicable,
        _ => Answer.Absent,
    };
}
