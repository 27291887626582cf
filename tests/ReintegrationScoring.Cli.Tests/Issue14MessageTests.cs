using System;
using System.Linq;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Json;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14: messages cannot forge lines (control characters escaped); the OWASP formula neutralisation is an option;
/// the command line helps (help without arguments, suggestions, examples, a hint when most rows are incomplete);
/// <c>rss catalog --format json</c> is the instrument format.
/// </summary>
public sealed class Issue14MessageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("absent\nrss: error: forged.csv", "absent\\nrss: error: forged.csv")]
    [InlineData("absent\r\u001b[31mred.csv", "absent\\r\\u001B[31mred.csv")]
    [InlineData("absent\u202Evsc.csv", "absent\\u202Evsc.csv")]
    public void Issue14_ControlCharactersInAPath_AreEscapedInTheMessage(string path, string shown)
    {
        var run = Rss.Run("score", _folder.File(path));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rss: error: {_folder.Path}/{shown}: input file not found\n", run.Error);
    }

    [Fact]
    public void Issue14_ControlCharactersInAnUnknownCommand_AreEscaped()
    {
        var run = Rss.Run("sc\nrss: forged");

        Assert.Equal(2, run.ExitCode);
        Assert.All(run.Error.TrimEnd('\n').Split('\n'), line => Assert.True(line.StartsWith("rss: ", StringComparison.Ordinal) || line.StartsWith("Run ", StringComparison.Ordinal), line));
        Assert.Contains("sc\\nrss: forged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_ControlCharactersInAWeightSetPath_AreEscapedOnStandardOutput()
    {
        var path = _folder.Write("w\n.json", Rss.Run("weights", "show", "--format", "json").Output);

        var run = Rss.Run("weights", "validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{_folder.Path}/w\\n.json: valid weight set equal-by-indicator, version 1\n", run.Output);
    }

    [Fact]
    public void Issue14_NeutralizeFormulas_PrefixesIdsThatStartLikeFormulasInBothOutputs()
    {
        var ids = new[] { "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "R1", "a=b" };
        var input = _folder.Write("in.csv", SurveyCsv.File(ids.Select(id => SurveyCsv.Row(Quote(id), "initial"))));

        var kept = Rss.Run("score", input, "--explain", _folder.File("kept.csv"), "--quiet");
        var neutralized = Rss.Run("score", input, "--neutralize-formulas", "--explain", _folder.File("neutralized.csv"), "--quiet");

        Assert.Equal(ids, CsvText.Parse(kept.Output).Skip(1).Select(r => r[0]));
        var expected = new[] { "'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "R1", "a=b" };
        Assert.Equal(expected, CsvText.Parse(neutralized.Output).Skip(1).Select(r => r[0]));
        Assert.Equal(expected, CsvText.Parse(_folder.Read("neutralized.csv")).Skip(1).Select(r => r[0]).Distinct());
        Assert.Equal(ids, CsvText.Parse(_folder.Read("kept.csv")).Skip(1).Select(r => r[0]).Distinct());
    }

    [Theory]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("", "")]
    public void Issue14_Neutralize_CoversTabAndCarriageReturnAndQuotesWhenNeeded(string cell, string written)
    {
        var buffer = new TextBuffer();

        buffer.AppendField(cell, FormulaPolicy.Neutralize);

        Assert.Equal(written, buffer.ToString());
    }

    [Fact]
    public void Issue14_NoArguments_PrintsHelpWithExamplesAndExits2()
    {
        var run = Rss.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rss [command] [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData(new[] { "scor", "in.csv" }, "rss: did you mean 'score' instead of 'scor'?")]
    [InlineData(new[] { "catalgo" }, "rss: did you mean 'catalog' instead of 'catalgo'?")]
    [InlineData(new[] { "score", "in.csv", "--qiuet" }, "rss: did you mean '--quiet' instead of '--qiuet'?")]
    [InlineData(new[] { "score", "in.csv", "--explian", "x.csv" }, "rss: did you mean '--explain' instead of '--explian'?")]
    [InlineData(new[] { "weights", "sohw" }, "rss: did you mean 'show' instead of 'sohw'?")]
    public void Issue14_UnknownCommandOrOption_SuggestsTheNearest(string[] args, string suggestion)
    {
        var run = Rss.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(suggestion, run.ErrorLines);
    }

    [Fact]
    public void Issue14_UnrelatedWord_SuggestsNothing()
    {
        // Not "export": since rss report exists, that word is two edits from a command and rightly gets a suggestion.
        var run = Rss.Run("banana");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("did you mean", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score", "rss score survey.csv --out scores.csv")]
    [InlineData("catalog", "rss catalog --format json > instrument.json")]
    public void Issue14_Help_ShowsExamples(string command, string example)
    {
        var run = Rss.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Contains(example, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_MostRowsIncompleteUnderStrict_SaysWhichPolicyWouldScoreThem()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("R1", "initial", ("PSY_DISTRESS", "refused")),
            SurveyCsv.Row("R2", "initial", ("ECO_SATISFACTION", "")),
            SurveyCsv.Row("R3", "initial")));

        var strict = Rss.Run("score", input);
        var quiet = Rss.Run("score", input, "--quiet");
        var renormalized = Rss.Run("score", input, "--missing", "renormalize");

        Assert.Equal(
            "rss: note: 2 of 3 rows are incomplete: --missing strict leaves a score empty when any of its answers is missing. --missing renormalize would score the rows whose answers carry at least 0.75 of each score's weight (--min-coverage), --missing zero every row whose only gap is missing answers, counted as 0 points (docs/missing-answers.md).",
            strict.ErrorLines[^1]);
        Assert.DoesNotContain("note:", quiet.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", renormalized.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_FewRowsIncomplete_NoNote()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial", ("PSY_DISTRESS", "refused")), SurveyCsv.Row("R2", "initial")));

        var run = Rss.Run("score", input);

        Assert.DoesNotContain("note:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_CatalogJson_IsTheInstrumentFormatAndReadsBack()
    {
        var run = Rss.Run("catalog", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(InstrumentJson.Serialize(RssCatalog.Default) + "\n", run.Output);
        var read = InstrumentJson.Parse(run.Output);
        Assert.Equal(InstrumentJson.Serialize(RssCatalog.Default), InstrumentJson.Serialize(read));
        Assert.Equal(RssCatalog.Default.Measures.Select(m => m.Code), read.Measures.Select(m => m.Code));
    }

    private static string Quote(string cell) => cell.IndexOfAny([',', '"']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
