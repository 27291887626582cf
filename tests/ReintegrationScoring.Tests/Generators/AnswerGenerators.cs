using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>
/// Generators of answers valid for their measures. Each generated response has its own share of missing answers
/// (0–60 %), so that complete, nearly complete and sparse responses all occur.
/// </summary>
public static class AnswerGenerators
{
    /// <summary>Any option of the measure's scale.</summary>
    public static Gen<Answer> Option(Measure measure) => Gen.Choose(0, measure.Scale.Options.Count - 1).Select(Answer.Option);

    /// <summary>One of the missing answers: absent, dont_know or refused.</summary>
    public static Gen<Answer> Missing { get; } = Gen.Elements(Answer.Absent, Answer.DontKnow, Answer.Refused);

    /// <summary>An answer for <paramref name="measure"/>, missing with about <paramref name="missingPercent"/> % chance.</summary>
    public static Gen<Answer> For(Measure measure, int missingPercent)
    {
        var notApplicable = measure.AllowsNotApplicable ? 15 : 0;
        return Gen.Frequency(
            (100 - missingPercent, Option(measure)),
            (missingPercent, Missing),
            (notApplicable, Gen.Constant(Answer.NotApplicable)));
    }

    /// <summary>One valid answer per catalog measure, in catalog order.</summary>
    public static Gen<Answer[]> Response(Catalog catalog) =>
        from missingPercent in Gen.Elements(0, 0, 5, 15, 30, 60)
        from answers in Gen.CollectToArray(catalog.Measures, m => For(m, missingPercent))
        select answers;
}
