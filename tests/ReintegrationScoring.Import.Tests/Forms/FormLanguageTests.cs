using System;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

public sealed class FormLanguageTests
{
    [Theory]
    [InlineData("en", "en", "English (en)")]
    [InlineData(" FR ", "fr", "Français (fr)")]
    [InlineData("ar", "ar", "ar (ar)")]
    [InlineData("ar=العربية", "ar", "العربية (ar)")]
    [InlineData("pt-BR=Português", "pt-BR", "Português (pt-BR)")]
    public void Parse_TagOrTagAndName_GivesTheHeader(string text, string tag, string header)
    {
        var language = FormLanguage.Parse(text);

        Assert.Equal((tag, header), (language.Tag, language.Header));
    }

    [Theory]
    [InlineData("")]
    [InlineData("=Name")]
    [InlineData("en=")]
    [InlineData("e n")]
    [InlineData("en=English (UK)")]
    [InlineData("en=a:b")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<ArgumentException>(() => FormLanguage.Parse(text));

    [Fact]
    public void Equals_SameTagIgnoringCaseAndSameName_AreEqual()
    {
        Assert.Equal(new FormLanguage("EN", "English"), FormLanguage.English);
        Assert.NotEqual(new FormLanguage("en", "Anglais"), FormLanguage.English);
    }
}
