using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// Everything about a (catalog, weight set) pair that does not change per response, computed once: the order in which
/// measures are visited and, for each measure and answer code, its <see cref="AnswerTerm"/>. Every kernel reads these.
/// </summary>
/// <remarks>
/// Measures are visited grouped by dimension (economic, social, psychosocial), in catalog order within each: every sum of
/// every kernel runs in this order, which is what makes their results bit-identical. Rows are <see cref="Stride"/> codes
/// wide, a power of two, so that accelerators can mask a code into its row.
/// </remarks>
internal sealed class EngineTables
{
    public EngineTables(WeightSet weightSet)
    {
        Catalog = weightSet.Catalog;
        var measures = Catalog.Measures;
        MeasureCount = measures.Count;
        Stride = PowerOfTwoAtLeast(Answer.FirstOptionCode + measures.Max(m => m.Scale.Options.Count));
        Order = Dimensions.All.SelectMany(d => Enumerable.Range(0, MeasureCount).Where(i => measures[i].Dimension == d)).ToArray();
        DimensionEnd = Dimensions.All.Select(d => Order.Count(i => measures[i].Dimension <= d)).ToArray();
        Terms = new AnswerTerm[MeasureCount * Stride];
        for (var position = 0; position < MeasureCount; position++)
        {
            var index = Order[position];
            for (var code = 0; code < Stride; code++)
            {
                Terms[(position * Stride) + code] = AnswerTerm.For(measures[index], code, weightSet.DimensionalAt(index), weightSet.CompositeAt(index));
            }
        }
    }

    public Catalog Catalog { get; }

    public int MeasureCount { get; }

    /// <summary>Codes per row: a power of two covering the special answers and the largest scale's options.</summary>
    public int Stride { get; }

    /// <summary>Catalog indices of the measures in visiting order.</summary>
    public int[] Order { get; }

    /// <summary>For each dimension, the exclusive end of its measures in <see cref="Order"/>.</summary>
    public int[] DimensionEnd { get; }

    /// <summary>The term of each (position in <see cref="Order"/>, code), at position × <see cref="Stride"/> + code.</summary>
    public AnswerTerm[] Terms { get; }

    /// <summary>The term of answer code <paramref name="code"/> at <paramref name="position"/>; invalid beyond the row.</summary>
    public AnswerTerm Term(int position, int code) => code < Stride ? Terms[(position * Stride) + code] : default;

    /// <summary>Throws for the first invalid answer in visiting order, naming the measure and the response, never the answer.</summary>
    [DoesNotReturn]
    public void ThrowFirstInvalid(Answer[] answers, int offset, int responseIndex)
    {
        foreach (var index in Order)
        {
            var measure = Catalog.Measures[index];
            var problem = measure.Check(answers[offset + index]);
            if (problem != AnswerProblem.None)
            {
                throw new InvalidAnswerException(measure.Code, problem, responseIndex < 0 ? null : responseIndex);
            }
        }

        throw new System.InvalidOperationException("The scoring tables flagged an answer that every measure accepts.");
    }

    private static int PowerOfTwoAtLeast(int value)
    {
        var result = 1;
        while (result < value)
        {
            result <<= 1;
        }

        return result;
    }
}
