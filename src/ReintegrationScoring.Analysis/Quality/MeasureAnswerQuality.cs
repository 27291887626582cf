namespace ReintegrationScoring.Analysis.Quality;

/// <summary>
/// How one measure was answered across a cohort: how many surveys left it empty, said they did not know, refused, or
/// said it does not apply. Immutable.
/// </summary>
public sealed class MeasureAnswerQuality
{
    internal MeasureAnswerQuality(string measureCode, Dimension dimension, int surveys, int[] counts)
    {
        MeasureCode = measureCode;
        Dimension = dimension;
        Surveys = surveys;
        Absent = counts[(int)AnswerKind.Absent];
        DontKnow = counts[(int)AnswerKind.DontKnow];
        Refused = counts[(int)AnswerKind.Refused];
        NotApplicable = counts[(int)AnswerKind.NotApplicable];
    }

    /// <summary>The measure's code.</summary>
    public string MeasureCode { get; }

    /// <summary>The measure's dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>How many surveys were counted.</summary>
    public int Surveys { get; }

    /// <summary>Surveys with no answer recorded.</summary>
    public int Absent { get; }

    /// <summary>Surveys answering <c>dont_know</c>.</summary>
    public int DontKnow { get; }

    /// <summary>Surveys answering <c>refused</c>.</summary>
    public int Refused { get; }

    /// <summary>Surveys answering <c>not_applicable</c>.</summary>
    public int NotApplicable { get; }

    /// <summary>Surveys whose answer counts as missing (absent, don't know or refused).</summary>
    public int Missing => Absent + DontKnow + Refused;

    /// <summary>The share of <paramref name="count"/> among the surveys; null when there is none.</summary>
    /// <param name="count">One of the counts of this measure.</param>
    /// <returns>count / <see cref="Surveys"/>.</returns>
    public double? Share(int count) => Surveys == 0 ? null : (double)count / Surveys;
}
