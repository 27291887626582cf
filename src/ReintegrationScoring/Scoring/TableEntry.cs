namespace ReintegrationScoring;

/// <summary>
/// What one answer to one measure adds to the running sums of its dimension's score and of the composite; stored in
/// <see cref="ScoringTable.Sums"/> as four (dimension, composite) pairs.
/// </summary>
internal readonly struct TableEntry
{
    /// <summary>Doubles per entry in <see cref="ScoringTable.Sums"/>.</summary>
    public const int Width = 8;

    /// <summary>Offset of the (points, points) pair.</summary>
    public const int PointsPair = 0;

    /// <summary>Offset of the (answered weight, answered weight) pair.</summary>
    public const int AnsweredPair = 2;

    /// <summary>Offset of the (applicable weight, applicable weight) pair.</summary>
    public const int ApplicablePair = 4;

    /// <summary>Offset of the (missing, invalid) pair: 1 or 0 each.</summary>
    public const int FlagsPair = 6;

    private TableEntry(AnswerKind kind, double dimensionalApplicable, double compositeApplicable, double dimensionalAnswered, double compositeAnswered, double points)
    {
        Valid = true;
        IsOption = kind == AnswerKind.Option;
        Missing = kind is AnswerKind.Absent or AnswerKind.DontKnow or AnswerKind.Refused;
        DimensionApplicable = dimensionalApplicable;
        CompositeApplicable = compositeApplicable;
        DimensionAnswered = dimensionalAnswered;
        CompositeAnswered = compositeAnswered;
        DimensionPoints = points * dimensionalAnswered;
        CompositePoints = points * compositeAnswered;
    }

    public bool Valid { get; }

    public bool Missing { get; }

    public bool IsOption { get; }

    public double DimensionPoints { get; }

    public double CompositePoints { get; }

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

    /// <summary>Writes the four pairs at <paramref name="at"/>.</summary>
    public void WriteTo(double[] sums, int at)
    {
        sums[at + PointsPair] = DimensionPoints;
        sums[at + PointsPair + 1] = CompositePoints;
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
