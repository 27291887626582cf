using System;
using System.IO;
using System.Linq;
using ReintegrationScoring.Json;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>The C# blocks of docs/forms.md, run as written, and the check that the page shows no other C#.</summary>
public sealed class FormsGuideTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rss-forms-guide-" + Guid.NewGuid().ToString("N"));

    public FormsGuideTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Guide_WritesBothFormsAndListsTheUntranslatedTexts()
    {
        var folder = _folder;

        var form = SurveyForm.Create(RssCatalog.Default, new[] { FormLanguage.English, FormLanguage.French, FormLanguage.Parse("ar=العربية") });
        foreach (var untranslated in form.UntranslatedTexts.Take(2))
        {
            Console.WriteLine(untranslated);   // "ar: respondent_id label", "ar: respondent_id hint"
        }

        using (var workbook = File.Create(Path.Combine(folder, "rss-form.xlsx")))
        {
            XlsFormWriter.Write(workbook, form);
        }

        File.WriteAllText(Path.Combine(folder, "rss-form.xml"), XFormWriter.ToXml(form));

        Assert.Equal(new[] { "ar: respondent_id label", "ar: respondent_id hint" }, form.UntranslatedTexts.Take(2));
        Assert.True(new FileInfo(Path.Combine(folder, "rss-form.xlsx")).Length > 0);
        Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(folder, "rss-form.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_CustomInstrument_MakesItsOwnForm()
    {
        var instrumentPath = RepositoryFiles.Example("instrument-minimal.json");

        using var instrument = File.OpenRead(instrumentPath);   // e.g. my-instrument.json
        var custom = SurveyForm.Create(InstrumentJson.Read(instrument));

        Assert.Equal(("my-instrument", "2026.1"), (custom.FormId, custom.Version));
    }

    [Fact]
    public void Guide_EveryCSharpBlockIsInThisFile()
    {
        var problems = MarkdownBlocks.Problems(RepositoryFiles.Doc("forms.md"), new[] { SourceFile() }, Path.Combine(RepositoryFiles.Root, "docs", "examples"));

        Assert.Empty(problems);
    }

    private static string SourceFile() =>
        Path.Combine(RepositoryFiles.Root, "tests", "ReintegrationScoring.Import.Tests", "Forms", nameof(FormsGuideTests) + ".cs");
}
