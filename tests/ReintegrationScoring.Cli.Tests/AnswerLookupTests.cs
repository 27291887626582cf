using System;
using System.Linq;
using ReintegrationScoring.Cli.Scoring;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class AnswerLookupTests
{
    public static TheoryData<string> MeasureCodes => new(RssCatalog.Default.Measures.Select(m => m.Code));

    [Theory]
    [MemberData(nameof(MeasureCodes))]
    public void Read_EveryTokenInAnyCase_GivesWhatTheLibraryParserGives(string code)
    {
        var measure = RssCatalog.Default.GetMeasure(code);
        var lookup = new AnswerLookup(measure);
        foreach (var key in measure.AnswerKeys.Select(k => k.Key))
        {
            foreach (var text in new[] { key, key.ToUpperInvariant(), char.ToUpperInvariant(key[0]) + key[1..] })
            {
                var problem = lookup.Read(Window(text), text.Length, out var answer);

                var valid = measure.TryParseAnswer(text, out var expected, out var expectedProblem);
                Assert.Equal(expectedProblem, problem);
                Assert.Equal(valid ? expected : Answer.Absent, answer);
            }
        }
    }

    [Theory]
    [MemberData(nameof(MeasureCodes))]
    public void Read_NearMisses_AreUnknown(string code)
    {
        var measure = RssCatalog.Default.GetMeasure(code);
        var lookup = new AnswerLookup(measure);
        foreach (var key in measure.AnswerKeys.Select(k => k.Key))
        {
            var misses = new[]
            {
                key[..^1],
                key + "s",
                "x" + key,
                key[..^1] + (char)(key[^1] + 1),
                (char)(key[0] + 1) + key[1..],
                key.Replace('_', '\u007f'),
                key.Replace('_', ' '),
            };
            foreach (var miss in misses.Where(m => m.Length > 0 && !measure.AnswerKeys.Any(k => string.Equals(k.Key, m, StringComparison.OrdinalIgnoreCase))))
            {
                Assert.Equal(AnswerProblem.UnknownOption, lookup.Read(Window(miss), miss.Length, out var answer));
                Assert.Equal(Answer.Absent, answer);
            }
        }
    }

    [Fact]
    public void Read_LongTokenDifferingAfterSixteenCharacters_IsUnknown()
    {
        var lookup = new AnswerLookup(RssCatalog.Default.GetMeasure("ECO_DEBT_RATIO"));

        Assert.Equal(AnswerProblem.None, lookup.Read(Window("debt_below_spending"), 19, out var answer));
        Assert.Equal(Answer.Option(1), answer);
        Assert.Equal(AnswerProblem.UnknownOption, lookup.Read(Window("debt_below_spendinx"), 19, out _));
        Assert.Equal(AnswerProblem.UnknownOption, lookup.Read(Window("debt_below_spendingtoo_long_for_any"), 35, out _));
    }

    [Fact]
    public void Read_CharactersAfterTheCellInTheWindow_AreIgnored()
    {
        var lookup = new AnswerLookup(RssCatalog.Default.GetMeasure("SOC_HOUSING_ACCESS"));

        Assert.Equal(AnswerProblem.None, lookup.Read("goodvery_good,bad,fair", 4, out var answer));
        Assert.Equal(Answer.Option(1), answer);
    }

    /// <summary>The cell followed by unrelated characters, as cells sit in a batch.</summary>
    private static string Window(string cell) => cell + ",very_bad,0123456789abcdef";
}
