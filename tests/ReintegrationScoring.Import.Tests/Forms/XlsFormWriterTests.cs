using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FsCheck.Xunit;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

public sealed class XlsFormWriterTests
{
    [Fact]
    public void Write_SameForm_SameBytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        XlsFormWriter.Write(first, SurveyForm.Create(RssCatalog.Default));
        XlsFormWriter.Write(second, SurveyForm.Create(RssCatalog.Default));

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Write_Package_EveryEntryStampedWithTheZipEpoch()
    {
        using var buffer = new MemoryStream();
        XlsFormWriter.Write(buffer, SurveyForm.Create(ExpectedForm.Tiny()));

        using var zip = new ZipArchive(new MemoryStream(buffer.ToArray()), ZipArchiveMode.Read);

        Assert.Contains("xl/workbook.xml", zip.Entries.Select(e => e.FullName));
        Assert.Equal(3, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void SurveyRows_EveryRowAsWideAsTheHeader()
    {
        var form = SurveyForm.Create(RssCatalog.Default, new[] { FormLanguage.English, FormLanguage.French, FormLanguage.Parse("ar") });

        var rows = XlsFormSheets.SurveyRows(form);

        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        Assert.Equal(2 + (3 * 4) + 3, rows[0].Length);
    }

    /// <summary>Column names are bijective base 26 (A … Z, AA …): reading one back as such gives its index.</summary>
    [Property]
    public bool ColumnName_ReadBackInBase26_GivesTheIndex(ushort index)
    {
        var name = SpreadsheetTables.ColumnName(index);

        return name.All(c => c is >= 'A' and <= 'Z') && name.Aggregate(0, (value, c) => (value * 26) + (c - 'A' + 1)) - 1 == index;
    }
}
