using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The README's quick start, verbatim between the markers, and what it prints.</summary>
[Collection(nameof(ConsoleUsers))]
public class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_AsInTheReadme_PrintsCompositeAndOneExplanation()
    {
        var printed = CaptureConsole(RunQuickStart);

        Assert.Equal(
            new[]
            {
                "Composite 0.629, weakest dimension: Economic",
                "ECO_SATISFACTION answered: points 0.75, weights 0.1 / 0.03333333333333333, contributions 0.075 / 0.02586206896551724",
            },
            printed);
    }

    private static void RunQuickStart()
    {
        // README quick start: begin
        // One answer key per measure code (see docs/catalog.md); here every measure's second option.
        var answers = RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => m.Scale.Options[1].Key);
        answers["ECO_SATISFACTION"] = "satisfied";
        answers["SOC_SCHOOL_ATTENDANCE"] = "not_applicable"; // no school-age children

        var response = SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-0001"), MonitoringRound.Initial, answers);
        var result = ScoringEngine.Default.Score(response);

        Console.WriteLine($"Composite {result.Composite.Value:0.000}, weakest dimension: {result.WeakestDimension}");
        Console.WriteLine(result.Explain().Single(c => c.MeasureCode == "ECO_SATISFACTION"));
        // README quick start: end
    }

    [Fact]
    public void Readme_QuickStartAndItsOutput_AreTheCodeAndOutputOfThisTest()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var source = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "tests", "ReintegrationScoring.Tests", nameof(ReadmeQuickStartTests) + ".cs"));
        var begin = Array.FindIndex(source, l => l.Contains("README quick start: begin", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains("README quick start: end", StringComparison.Ordinal));
        var indent = source[begin].IndexOf('/', StringComparison.Ordinal);
        var snippet = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length > indent ? l[indent..] : l.TrimStart()));
        var output = string.Join("\n", CaptureConsole(RunQuickStart));

        Assert.Contains("```csharp\n" + snippet + "\n```", readme, StringComparison.Ordinal);
        Assert.Contains("```text\n" + output + "\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void QuickStart_Values_AreTheHandComputedOnes()
    {
        // Second options: five-level 0.75, yes/no "no" 0, debt ratio "debt_below_spending" 1, school attendance n/a.
        var answers = RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => m.Scale.Options[1].Key);
        answers["SOC_SCHOOL_ATTENDANCE"] = "not_applicable";

        var result = ScoringEngine.Default.Score(SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-0001"), MonitoringRound.Initial, answers));

        Assert.Equal(5.5 / 10, result.Economic.Value, 12);
        Assert.Equal(6.0 / 9, result.Social.Value, 12);
        Assert.Equal(6.75 / 10, result.Psychosocial.Value, 12);
        Assert.Equal(18.25 / 29, result.Composite.Value, 12);
    }

    private static string[] CaptureConsole(Action action)
    {
        var original = Console.Out;
        var culture = CultureInfo.CurrentCulture;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            Console.SetOut(writer);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            action();
        }
        finally
        {
            Console.SetOut(original);
            CultureInfo.CurrentCulture = culture;
        }

        return writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
