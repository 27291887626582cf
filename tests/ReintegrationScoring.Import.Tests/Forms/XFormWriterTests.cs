using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

public sealed class XFormWriterTests
{
    private static readonly XNamespace XForms = "http://www.w3.org/2002/xforms";
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace JavaRosa = "http://openrosa.org/javarosa";

    [Fact]
    public void Write_BuiltInCatalog_InstanceHasTheContractsNamesAndTheCatalogsIdAndVersion()
    {
        var model = Model(XDocument.Parse(XFormWriter.ToXml(SurveyForm.Create(RssCatalog.Default))));

        var data = model.Element(XForms + "instance")!.Element(XForms + "data")!;
        Assert.Equal((RssCatalog.Default.Id, RssCatalog.Default.Version), ((string?)data.Attribute("id"), (string?)data.Attribute("version")));
        Assert.Equal(
            new[] { "start", "end", "respondent_id", "round", "survey_date", "economic", "social", "psychosocial", "meta" },
            data.Elements().Select(e => e.Name.LocalName));
        foreach (var dimension in Dimensions.All)
        {
            Assert.Equal(RssCatalog.Default.MeasuresOf(dimension).Select(m => m.Code), data.Element(XForms + dimension.ToCode())!.Elements().Select(e => e.Name.LocalName));
        }
    }

    [Fact]
    public void Write_BuiltInCatalog_EveryMeasureIsARequiredSelect1WithItsChoicesLabelledInEachLanguage()
    {
        var document = XDocument.Parse(XFormWriter.ToXml(SurveyForm.Create(RssCatalog.Default)));
        var texts = Translations(document);

        Assert.Equal(new[] { "English (en)", "Français (fr)" }, texts.Keys);
        var binds = Model(document).Elements(XForms + "bind").ToDictionary(b => (string)b.Attribute("nodeset")!);
        foreach (var measure in RssCatalog.Default.Measures)
        {
            var path = ExpectedForm.Path(measure);
            Assert.Equal(("string", "true()"), ((string?)binds[path].Attribute("type"), (string?)binds[path].Attribute("required")));
            Assert.Null(binds[path].Attribute("relevant"));
            var control = document.Descendants(XForms + "select1").Single(c => (string?)c.Attribute("ref") == path);
            Assert.Equal(measure.Dimension.ToCode(), control.Parent!.Attribute("ref")!.Value.Split('/')[^1]);
            Assert.Equal(ExpectedForm.Choices(measure), control.Elements(XForms + "item").Select(i => i.Element(XForms + "value")!.Value));
            foreach (var (language, tag) in new[] { ("English (en)", "en"), ("Français (fr)", "fr") })
            {
                Assert.Equal(measure.Label.Get(tag), texts[language][TextId(control.Element(XForms + "label")!)]);
                Assert.Equal(
                    ExpectedForm.Choices(measure).Select(c => ExpectedForm.ChoiceLabel(measure, c, tag)),
                    control.Elements(XForms + "item").Select(i => texts[language][TextId(i.Element(XForms + "label")!)]));
            }
        }
    }

    [Fact]
    public void Write_ThreeLanguages_OneTranslationEachTheFirstTheDefault()
    {
        var form = SurveyForm.Create(ExpectedForm.Tiny(), new[] { FormLanguage.French, FormLanguage.English, FormLanguage.Parse("ar=العربية") });

        var translations = Model(XDocument.Parse(XFormWriter.ToXml(form))).Element(XForms + "itext")!.Elements(XForms + "translation").ToList();

        Assert.Equal(new[] { "Français (fr)", "English (en)", "العربية (ar)" }, translations.Select(t => (string?)t.Attribute("lang")));
        Assert.Equal(new[] { "true()", null, null }, translations.Select(t => (string?)t.Attribute("default")));
        Assert.All(translations, t => Assert.Equal(translations[0].Elements().Select(e => e.Attribute("id")!.Value), t.Elements().Select(e => e.Attribute("id")!.Value)));
    }

    [Fact]
    public void Write_InterviewDate_DefaultsToTodayAndCannotBeInTheFuture()
    {
        var model = Model(XDocument.Parse(XFormWriter.ToXml(SurveyForm.Create(ExpectedForm.Tiny()))));

        var bind = model.Elements(XForms + "bind").Single(b => (string?)b.Attribute("nodeset") == "/data/survey_date");
        Assert.Equal(("date", "true()", ". <= today()"), ((string?)bind.Attribute("type"), (string?)bind.Attribute("required"), (string?)bind.Attribute("constraint")));
        var setValue = Assert.Single(model.Elements(XForms + "setvalue"));
        Assert.Equal(("odk-instance-first-load", "/data/survey_date", "today()"), ((string?)setValue.Attribute("event"), (string?)setValue.Attribute("ref"), (string?)setValue.Attribute("value")));
        var instanceId = model.Elements(XForms + "bind").Single(b => (string?)b.Attribute("nodeset") == "/data/meta/instanceID");
        Assert.Equal(("uid", "true()"), ((string?)instanceId.Attribute(JavaRosa + "preload"), (string?)instanceId.Attribute("readonly")));
    }

    [Fact]
    public void Write_SameForm_SameBytesUtf8WithoutBomAndLfLineEnds()
    {
        var form = SurveyForm.Create(RssCatalog.Default);
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        XFormWriter.Write(first, form);
        XFormWriter.Write(second, SurveyForm.Create(RssCatalog.Default));

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal((byte)'<', first.ToArray()[0]);
        Assert.DoesNotContain("\r", Encoding.UTF8.GetString(first.ToArray()), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(first.ToArray()), XFormWriter.ToXml(form));
    }

    [Fact]
    public void Write_TitleFromTheDefaultLanguage()
    {
        var document = XDocument.Parse(XFormWriter.ToXml(SurveyForm.Create(RssCatalog.Default, new[] { FormLanguage.French })));

        Assert.Equal(RssCatalog.Default.Title.Get("fr"), document.Root!.Element(Html + "head")!.Element(Html + "title")!.Value);
    }

    private static XElement Model(XDocument document) => document.Root!.Element(Html + "head")!.Element(XForms + "model")!;

    private static string TextId(XElement label) => label.Attribute("ref")!.Value["jr:itext('".Length..^"')".Length];

    private static Dictionary<string, Dictionary<string, string>> Translations(XDocument document) =>
        Model(document).Element(XForms + "itext")!.Elements(XForms + "translation").ToDictionary(
            t => (string)t.Attribute("lang")!,
            t => t.Elements(XForms + "text").ToDictionary(e => (string)e.Attribute("id")!, e => e.Element(XForms + "value")!.Value));
}
