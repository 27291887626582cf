using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>
/// Generators of survey instruments other than the built-in one: 1–4 indicators per dimension, 1–3 measures per
/// indicator, built-in or generated scales (1–6 options, arbitrary points in [0, 1], not necessarily ordered), some
/// measures allowing not_applicable, and the measures shuffled so that dimensions interleave in catalog order.
/// </summary>
public static class CatalogGenerators
{
    private static readonly AnswerScale[] BuiltInScales =
    {
        RssScales.Satisfaction5, RssScales.Quality5, RssScales.FrequencyGood5, RssScales.FrequencyBad5, RssScales.Agreement5,
        RssScales.Network5, RssScales.Security5, RssScales.Safety5, RssScales.YesNo, RssScales.DebtRatio, RssScales.SchoolAttendance,
    };

    /// <summary>Points in [0, 1]: often exactly 0 or 1, otherwise on a fine grid.</summary>
    public static Gen<double> Points { get; } = Gen.Frequency(
        (1, Gen.Constant(0.0)),
        (1, Gen.Constant(1.0)),
        (6, Gen.Choose(0, 1000).Select(i => i / 1000.0)));

    /// <summary>
    /// A built-in scale, or a generated one with 1–6 options coded after its measure (a catalog refuses two different
    /// scales sharing a code).
    /// </summary>
    public static Gen<AnswerScale> ScaleFor(string measureCode) => Gen.OneOf(
        Gen.Elements(BuiltInScales),
        from count in Gen.Choose(1, 6)
        from points in Gen.ArrayOf(Points, count)
        select new AnswerScale(
            "generated_" + measureCode,
            points.Select((p, i) => new AnswerOption("option_" + i, p, LocalizedText.OfEnglish("Option " + i)))));

    /// <summary>A valid catalog with every dimension present.</summary>
    public static Gen<Catalog> Catalog { get; } =
        from shape in Gen.CollectToArray(Dimensions.All, _ => Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 3), n)))
        from measures in Gen.CollectToArray(MeasureSlots(shape), Measure)
        from shuffled in Gen.Shuffle(measures)
        select ReintegrationScoring.Catalog.Create("generated", "1", measures.Select(m => m.Indicator).Distinct(), shuffled);

    /// <summary>The built-in catalog now and then, a generated one otherwise.</summary>
    public static Gen<Catalog> AnyCatalog { get; } = Gen.Frequency(
        (1, Gen.Constant(RssCatalog.Default)),
        (3, Catalog));

    private static IEnumerable<(Indicator Indicator, string Code)> MeasureSlots(int[][] shape)
    {
        for (var d = 0; d < shape.Length; d++)
        {
            var dimension = Dimensions.All[d];
            for (var i = 0; i < shape[d].Length; i++)
            {
                var indicator = new Indicator($"I{d}_{i}", dimension, LocalizedText.OfEnglish($"Indicator {d}.{i}"));
                for (var m = 0; m < shape[d][i]; m++)
                {
                    yield return (indicator, $"M{d}_{i}_{m}");
                }
            }
        }
    }

    private static Gen<Measure> Measure((Indicator Indicator, string Code) slot) =>
        from scale in ScaleFor(slot.Code)
        from allowsNotApplicable in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Measure(slot.Code, slot.Indicator, scale, LocalizedText.OfEnglish("Question " + slot.Code), allowsNotApplicable);
}
