using System.Diagnostics.CodeAnalysis;

namespace ReintegrationScoring.Internal;

/// <summary>Throws kept out of line so that the methods calling them stay small and inlinable.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void InvalidAnswer(string measureCode, AnswerProblem problem) =>
        throw new InvalidAnswerException(measureCode, problem);

    [DoesNotReturn]
    public static void UnknownMeasure(string measureCode, string catalogId) =>
        throw new UnknownMeasureException(measureCode, catalogId);
}
