using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>
/// The XLSForm, read back by an independent reader (Python's openpyxl), has the sheets, columns, rows, labels and choice
/// lists that the XLSForm specification and the form's contract (docs/forms.md) call for, every cell text.
/// </summary>
public sealed class OpenpyxlTests
{
    private static readonly string[] Languages = { "English (en)", "Français (fr)" };

    [ExternalToolFact(nameof(Openpyxl))]
    public void Openpyxl_BuiltInCatalog_SheetsMatchTheCatalog() => ReadAndCheck(RssCatalog.Default);

    [ExternalToolFact(nameof(Openpyxl))]
    public void Openpyxl_CustomInstrument_SheetsMatchTheCatalog() => ReadAndCheck(ExpectedForm.Minimal);

    private static void ReadAndCheck(Catalog catalog)
    {
        Assert.True(Openpyxl.Missing is null, Openpyxl.Missing);
        using var buffer = new MemoryStream();
        XlsFormWriter.Write(buffer, SurveyForm.Create(catalog));

        var workbook = Openpyxl.Read(buffer.ToArray());

        Assert.Empty(workbook.Warnings);
        Assert.Equal(new[] { "survey", "choices", "settings" }, workbook.Sheets.Select(s => s.Name));
        Assert.All(workbook.Sheets, s => Assert.Empty(s.NotText));
        Assert.All(workbook.Sheets, s => Assert.True(s.HeaderBold, s.Name));
        Assert.All(workbook.Sheets, s => Assert.Equal("A2", s.FreezePanes));
        var choiceLists = CheckChoices(catalog, Table(workbook, "choices"));
        CheckSurvey(catalog, Table(workbook, "survey"), choiceLists);
        var settings = Table(workbook, "settings").Single();
        Assert.Equal(catalog.Id, settings["form_id"]);
        Assert.Equal(catalog.Version, settings["version"]);
        Assert.Equal(catalog.Title.English, settings["form_title"]);
        Assert.Equal("English (en)", settings["default_language"]);
        Assert.Equal("concat(${respondent_id}, ' - ', ${round})", settings["instance_name"]);
    }

    /// <summary>Checks every list and returns each list's choice names.</summary>
    private static Dictionary<string, string[]> CheckChoices(Catalog catalog, List<Dictionary<string, string?>> rows)
    {
        Assert.Equal(new[] { "list_name", "name", "label::English (en)", "label::Français (fr)" }, rows[0].Keys);
        var lists = rows.GroupBy(r => r["list_name"]!).ToDictionary(g => g.Key, g => g.Select(r => r["name"]!).ToArray());
        Assert.Equal(rows.Select(r => r["list_name"]).Distinct().Count(), lists.Count);
        Assert.Equal(ExpectedForm.RoundCodes, lists["round"]);
        Assert.Equal("Initial (soon after return)", rows.Single(r => r["list_name"] == "round" && r["name"] == "initial")["label::English (en)"]);
        Assert.All(rows, r => Assert.All(Languages, l => Assert.False(string.IsNullOrEmpty(r[$"label::{l}"]))));
        foreach (var measure in catalog.Measures)
        {
            var list = lists.Single(l => l.Value.SequenceEqual(ExpectedForm.Choices(measure)) && rows.Any(r => r["list_name"] == l.Key && r["name"] == measure.Scale.Options[0].Key && r["label::English (en)"] == measure.Scale.Options[0].Label.English));
            foreach (var choice in ExpectedForm.Choices(measure))
            {
                var row = rows.Single(r => r["list_name"] == list.Key && r["name"] == choice);
                Assert.Equal(ExpectedForm.ChoiceLabel(measure, choice, "en"), row["label::English (en)"]);
                Assert.Equal(ExpectedForm.ChoiceLabel(measure, choice, "fr"), row["label::Français (fr)"]);
            }
        }

        return lists;
    }

    private static void CheckSurvey(Catalog catalog, List<Dictionary<string, string?>> rows, Dictionary<string, string[]> lists)
    {
        var header = new List<string> { "type", "name" };
        foreach (var column in new[] { "label", "hint" })
        {
            header.AddRange(Languages.Select(l => $"{column}::{l}"));
        }

        header.Add("required");
        header.AddRange(Languages.Select(l => $"required_message::{l}"));
        header.Add("constraint");
        header.AddRange(Languages.Select(l => $"constraint_message::{l}"));
        header.Add("default");
        Assert.Equal(header, rows[0].Keys);

        var expected = new List<(string? Type, string? Name)> { ("start", "start"), ("end", "end"), ("text", "respondent_id"), ("select_one round", "round"), ("date", "survey_date") };
        foreach (var dimension in catalog.Dimensions)
        {
            expected.Add(("begin_group", dimension.Code));
            expected.AddRange(catalog.MeasuresOf(dimension.Dimension).Select(m => ((string?)null, (string?)m.Code)));
            expected.Add(("end_group", null));
        }

        Assert.Equal(expected.Select(e => e.Name), rows.Select(r => r["name"]));
        Assert.Equal(expected.Where(e => e.Type is not null).Select(e => e.Type), rows.Where(r => !IsMeasure(catalog, r)).Select(r => r["type"]));
        Assert.Equal(new[] { "yes", "yes", "yes" }, rows.Where(r => r["name"] is "respondent_id" or "round" or "survey_date").Select(r => r["required"]));
        var date = rows.Single(r => r["name"] == "survey_date");
        Assert.Equal((". <= today()", "today()"), (date["constraint"], date["default"]));
        foreach (var dimension in catalog.Dimensions)
        {
            var group = rows.Single(r => r["type"] == "begin_group" && r["name"] == dimension.Code);
            Assert.Equal(dimension.Label.Get("fr"), group["label::Français (fr)"]);
        }

        foreach (var measure in catalog.Measures)
        {
            var row = rows.Single(r => r["name"] == measure.Code);
            var type = row["type"]!.Split(' ');
            Assert.Equal("select_one", type[0]);
            Assert.Equal(ExpectedForm.Choices(measure), lists[type[1]]);
            Assert.Equal(measure.Label.English, row["label::English (en)"]);
            Assert.Equal(measure.Label.Get("fr"), row["label::Français (fr)"]);
            Assert.Equal(measure.Indicator.Label.English, row["hint::English (en)"]);
            Assert.Equal("yes", row["required"]);
            Assert.Contains("Ne sait pas", row["required_message::Français (fr)"], System.StringComparison.Ordinal);
        }
    }

    private static bool IsMeasure(Catalog catalog, Dictionary<string, string?> row) => row["name"] is { } name && catalog.IndexOf(name) >= 0;

    /// <summary>A sheet's rows after the header, each a dictionary from header to cell (keys in column order).</summary>
    private static List<Dictionary<string, string?>> Table(WorkbookDump workbook, string sheet)
    {
        var rows = workbook.Sheets.Single(s => s.Name == sheet).Rows;
        var header = rows[0].Select(h => h!).ToArray();
        Assert.All(rows, r => Assert.True(r.Count <= header.Length));
        return rows.Skip(1).Select(r => header.Select((h, i) => (h, i < r.Count ? r[i] : null)).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }
}
