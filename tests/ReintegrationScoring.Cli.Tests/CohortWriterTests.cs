using System;
using System.IO;
using System.Linq;
using ReintegrationScoring.CohortGenerator;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class CohortWriterTests
{
    [Fact]
    public void Write_SampleOptions_ReproducesTheCommittedSampleFile()
    {
        var sample = Path.Combine(RepositoryRoot(), "samples", "cohort.csv");

        Assert.Equal(File.ReadAllText(sample), Generate(new CohortOptions()));
    }

    [Fact]
    public void Write_SameSeed_SameFile_OtherSeed_OtherFile()
    {
        var options = new CohortOptions { Rows = 200, Seed = 7, MissingShare = 0.1 };

        Assert.Equal(Generate(options), Generate(options));
        Assert.NotEqual(Generate(options), Generate(options with { Seed = 8 }));
    }

    [Fact]
    public void Write_RowsAndMissingShare_AreRespected()
    {
        var none = CsvText.Parse(Generate(new CohortOptions { Rows = 300, MissingShare = 0 }));
        var tenth = CsvText.Parse(Generate(new CohortOptions { Rows = 3000, MissingShare = 0.1 }));

        Assert.Equal(301, none.Count);
        Assert.DoesNotContain(none.Skip(1).SelectMany(r => r.Skip(7)), c => c is "" or "dont_know" or "refused");
        var cells = tenth.Skip(1).SelectMany(r => r.Skip(7)).ToArray();
        var share = cells.Count(c => c is "" or "dont_know" or "refused") / (double)cells.Length;
        Assert.InRange(share, 0.08, 0.12);
    }

    [Fact]
    public void Write_Sample_HasAllRoundsSpecialAnswersAndAtLeast300Respondents()
    {
        var rows = CsvText.Parse(Generate(new CohortOptions())).Skip(1).ToArray();

        Assert.True(rows.Select(r => r[0]).Distinct().Count() >= 300);
        Assert.Equal(new[] { "final", "initial", "intermediate" }, rows.Select(r => r[1]).Distinct().OrderBy(r => r, StringComparer.Ordinal));
        var cells = rows.SelectMany(r => r.Skip(7)).ToArray();
        Assert.Contains("dont_know", cells);
        Assert.Contains("refused", cells);
        Assert.Contains("not_applicable", cells);
    }

    private static string Generate(CohortOptions options)
    {
        using var writer = new StringWriter();
        new CohortWriter(options).Write(writer);
        return writer.ToString();
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ReintegrationScoring.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test folder.");
    }
}
