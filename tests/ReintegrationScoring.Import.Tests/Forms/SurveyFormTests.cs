using System;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

public sealed class SurveyFormTests
{
    [Fact]
    public void Create_BuiltInCatalog_IdVersionTitleFromTheCatalogAndNothingUntranslated()
    {
        var form = SurveyForm.Create(RssCatalog.Default);

        Assert.Equal((RssCatalog.Default.Id, RssCatalog.Default.Version, RssCatalog.Default.Title.English), (form.FormId, form.Version, form.Title));
        Assert.Equal(new[] { FormLanguage.English, FormLanguage.French }, form.Languages);
        Assert.Empty(form.UntranslatedTexts);
    }

    [Fact]
    public void Create_FrenchFirst_TitleInFrench()
    {
        var form = SurveyForm.Create(RssCatalog.Default, new[] { FormLanguage.French, FormLanguage.English });

        Assert.Equal(RssCatalog.Default.Title.Get("fr"), form.Title);
    }

    [Fact]
    public void Create_LanguageTheCatalogLacks_ListsEveryTextWrittenInEnglish()
    {
        var catalog = ExpectedForm.Tiny();

        var form = SurveyForm.Create(catalog, new[] { FormLanguage.English, FormLanguage.Parse("ar=العربية") });

        // The form's own 6 question texts, 3 round labels and required message; the catalog's 3 dimension labels,
        // 3 measure labels and 3 hints, and the shared list's 4 choices.
        Assert.Equal(6 + 3 + 1 + 3 + 6 + 4, form.UntranslatedTexts.Count);
        Assert.All(form.UntranslatedTexts, t => Assert.StartsWith("ar: ", t, StringComparison.Ordinal));
        Assert.Contains("ar: ECO_A label", form.UntranslatedTexts);
        Assert.Contains("ar: yes_no/refused label", form.UntranslatedTexts);
    }

    [Fact]
    public void Create_EnglishOnlyCatalogInFrench_ListsOnlyTheCatalogsTexts()
    {
        var form = SurveyForm.Create(ExpectedForm.Tiny(french: false));

        // 3 measure labels, 3 indicator hints, 2 options; the dimensions' default labels and the form's own texts are in French.
        Assert.Equal(6 + 2, form.UntranslatedTexts.Count);
        Assert.All(form.UntranslatedTexts, t => Assert.StartsWith("fr: ", t, StringComparison.Ordinal));
        Assert.DoesNotContain("fr: yes_no/dont_know label", form.UntranslatedTexts);
    }

    [Theory]
    [InlineData("round")]
    [InlineData("RESPONDENT_ID")]
    [InlineData("Survey_Date")]
    [InlineData("start")]
    [InlineData("meta")]
    [InlineData("economic")]
    [InlineData("PSYCHOSOCIAL")]
    public void Create_MeasureCodeIsOneOfTheFormsNames_Throws(string code)
    {
        var catalog = ExpectedForm.Tiny(economicCode: code);

        var error = Assert.Throws<ArgumentException>(() => SurveyForm.Create(catalog));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Equal("catalog", error.ParamName);
    }

    [Theory]
    [InlineData("my instrument")]
    [InlineData("1rss")]
    [InlineData("rss/2026")]
    public void Create_CatalogIdThatCannotBeAFormId_Throws(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => SurveyForm.Create(ExpectedForm.Tiny(id: id)));

        Assert.Equal("catalog", error.ParamName);
    }

    [Fact]
    public void Create_NoLanguageOrOneTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => SurveyForm.Create(RssCatalog.Default, Array.Empty<FormLanguage>()));
        Assert.Throws<ArgumentException>(() => SurveyForm.Create(RssCatalog.Default, new[] { FormLanguage.English, new FormLanguage("EN", "Anglais") }));
        Assert.Throws<ArgumentNullException>(() => SurveyForm.Create(null!));
    }

    [Fact]
    public void Create_ScaleCodedLikeTheRoundList_KeepsBothListsApart()
    {
        var form = SurveyForm.Create(ExpectedForm.Tiny(scaleCode: "round"));

        var choices = XlsFormSheets.ChoiceRows(form).Skip(1).ToList();
        Assert.Equal(new[] { "round", "round_2" }, choices.Select(r => r[0]).Distinct());
        Assert.Equal(ExpectedForm.RoundCodes, choices.Where(r => r[0] == "round").Select(r => r[1]));
        Assert.All(XlsFormSheets.SurveyRows(form).Where(r => r[1].EndsWith("_A", StringComparison.Ordinal)), r => Assert.Equal("select_one round_2", r[0]));
    }

    [Fact]
    public void Create_ScaleWithAndWithoutNotApplicable_TwoLists()
    {
        var form = SurveyForm.Create(RssCatalog.Default);

        var lists = XlsFormSheets.ChoiceRows(form).Skip(1).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToArray());
        Assert.Equal(new[] { "all", "some", "none", "not_applicable", "dont_know", "refused" }, lists["school_attendance_na"]);
        Assert.Equal(new[] { "yes", "no", "dont_know", "refused" }, lists["yes_no"]);
    }
}
