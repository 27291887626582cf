using System;
using System.IO;
using System.Linq;
using ReintegrationScoring.Import;
using ReintegrationScoring.Json;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class FormCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string MinimalInstrument => Path.Combine(CohortWriterTests.RepositoryRoot(), "docs", "examples", "instrument-minimal.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Form_NoOptions_WritesTheXlsFormNamedAfterTheFormIdInTheCurrentFolder()
    {
        var run = Rss.RunProcess(_folder.Path, "form");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "rss-reconstructed.xlsx" }, _folder.FileNames());
        Assert.Equal(LibraryXlsForm(RssCatalog.Default), File.ReadAllBytes(_folder.File("rss-reconstructed.xlsx")));
        Assert.Equal(
            "rss: wrote rss-reconstructed.xlsx: XLSForm 'rss-reconstructed' version 1.0, 30 measures in 3 dimension groups, languages English (en), Français (fr)",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Form_XFormToStandardOutput_IsTheLibrarysXForm()
    {
        var run = Rss.Run("form", "--format", "xform", "--out", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(XFormWriter.ToXml(SurveyForm.Create(RssCatalog.Default)), run.Output);
    }

    [Fact]
    public void Form_Instrument_IsTheFormOfThatInstrument()
    {
        var path = _folder.File("form.xml");

        var run = Rss.Run("form", "--instrument", MinimalInstrument, "--format", "XForm", "--lang", "fr", "--out", path);

        Assert.Equal(0, run.ExitCode);
        using var stream = File.OpenRead(MinimalInstrument);
        var expected = XFormWriter.ToXml(SurveyForm.Create(InstrumentJson.Read(stream), new[] { FormLanguage.French }));
        Assert.Equal(expected, _folder.Read("form.xml"));
        Assert.Equal(new[] { "form.xml" }, _folder.FileNames());
    }

    [Fact]
    public void Form_LanguageTheCatalogLacks_WarnsOnStandardErrorAndStillWrites()
    {
        var run = Rss.Run("form", "--lang", "en,fr,ar=العربية", "--out", _folder.File("form.xlsx"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("rss: warning: 144 texts have no 'ar' version and are written in English: respondent_id label, ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.File("form.xlsx")));
    }

    [Theory]
    [InlineData("--lang", "en,en", "rss: error: --lang: Language 'en' is given more than once.")]
    [InlineData("--lang", "e n", "rss: error: --lang: A language tag has only ASCII letters, digits and '-'.")]
    [InlineData("--format", "pdf", null)]
    public void Form_BadOption_UsageErrorAndNoFile(string option, string value, string? message)
    {
        var run = Rss.Run("form", option, value, "--out", _folder.File("form.xlsx"));

        Assert.Equal(2, run.ExitCode);
        if (message is not null)
        {
            Assert.Equal(message, run.ErrorLines[0]);
        }

        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Form_InvalidInstrument_UsageErrorNamingTheFileAndExistingOutputUnchanged()
    {
        var instrument = _folder.Write("instrument.json", "{ \"id\": \"x\" ");
        var existing = _folder.Write("form.xlsx", "earlier");

        var run = Rss.Run("form", "--instrument", instrument, "--out", existing);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rss: error: {instrument}: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("earlier", _folder.Read("form.xlsx"));
        Assert.Equal(new[] { "form.xlsx", "instrument.json" }, _folder.FileNames());
    }

    [Fact]
    public void Form_OutNamesTheInstrument_RefusedAndTheInstrumentUnchanged()
    {
        var instrument = _folder.File("instrument.json");
        File.Copy(MinimalInstrument, instrument);

        var run = Rss.Run("form", "--instrument", instrument, "--out", instrument);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rss: error: {instrument}: --out is the same file as the instrument file {instrument}; choose another file", run.ErrorLines[0]);
        Assert.Equal(File.ReadAllBytes(MinimalInstrument), File.ReadAllBytes(instrument));
    }

    /// <summary>The <c>$ rss form …</c> lines of docs/forms.md print, on standard error, the lines the page shows.</summary>
    [Fact]
    public void DocsForms_EveryCommandPrintsWhatThePageShows()
    {
        File.Copy(MinimalInstrument, _folder.File("instrument-minimal.json"));
        var lines = File.ReadAllLines(Path.Combine(CohortWriterTests.RepositoryRoot(), "docs", "forms.md"));
        var commands = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("$ rss form", StringComparison.Ordinal))
            {
                continue;
            }

            var expected = lines.Skip(i + 1).TakeWhile(l => l.StartsWith("rss: ", StringComparison.Ordinal)).ToArray();
            var run = Rss.RunProcess(_folder.Path, lines[i]["$ rss ".Length..].Split(' '));

            Assert.Equal(expected, run.ErrorLines);
            commands++;
        }

        Assert.Equal(5, commands);
    }

    private static byte[] LibraryXlsForm(Catalog catalog)
    {
        using var buffer = new MemoryStream();
        XlsFormWriter.Write(buffer, SurveyForm.Create(catalog));
        return buffer.ToArray();
    }
}
