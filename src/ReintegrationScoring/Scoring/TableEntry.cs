using System.Runtime.InteropServices;

namespace ReintegrationScoring;

/// <summary>What one answer to one measure adds to the running sums of its dimension's score and of the composite.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TableEntry
{
    public double DimensionPoints;
    public double DimensionAnswered;
    public double DimensionApplicable;
    public double CompositePoints;
    public double CompositeAnswered;
    public double CompositeApplicable;
    public int Missing;
    public bool Valid;

    public static TableEntry For(Measure measure, int code, double dimensional, double composite)
    {
        var isOption = code >= Answer.FirstOptionCode;
        var answer = isOption ? Answer.Option(code - Answer.FirstOptionCode) : SpecialAnswer(code);
        if (!measure.IsValid(answer))
        {
            return default;
        }

        var entry = new TableEntry { Valid = true };
        if (answer.Kind == AnswerKind.NotApplicable)
        {
            return entry;
        }

        entry.DimensionApplicable = dimensional;
        entry.CompositeApplicable = composite;
        if (answer.IsMissing)
        {
            entry.Missing = 1;
            return entry;
        }

        var points = measure.Scale.Options[answer.OptionIndex].Points;
        entry.DimensionAnswered = dimensional;
        entry.CompositeAnswered = composite;
        entry.DimensionPoints = points * dimensional;
        entry.CompositePoints = points * composite;
        return entry;
    }

    private static Answer SpecialAnswer(int code) => code switch
    {
        (int)AnswerKind.DontKnow => Answer.DontKnow,
        (int)AnswerKind.Refused => Answer.Refused,
        (int)AnswerKind.NotApplicable => Answer.NotApplicable,
        _ => Answer.Absent,
    };
}
