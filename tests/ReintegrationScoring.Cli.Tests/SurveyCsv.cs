using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>Builds survey CSV text for tests: the header, and rows whose answers default to each measure's best option.</summary>
internal static class SurveyCsv
{
    public static readonly Catalog Catalog = RssCatalog.Default;

    public static IReadOnlyList<string> Columns { get; } =
        new[] { "respondent_id", "round" }.Concat(Catalog.Measures.Select(m => m.Code)).ToArray();

    public static string Header => string.Join(',', Columns);

    /// <summary>A row with every measure answered with its first (best) option, except the <paramref name="overrides"/>.</summary>
    public static string Row(string id, string round, params (string Measure, string Cell)[] overrides)
    {
        var cells = new List<string> { id, round };
        foreach (var measure in Catalog.Measures)
        {
            var match = overrides.FirstOrDefault(o => o.Measure == measure.Code);
            cells.Add(match.Measure is null ? measure.Scale.Options[0].Key : match.Cell);
        }

        return string.Join(',', cells);
    }

    /// <summary>A file: header, then the rows, each line ended by <paramref name="newLine"/>.</summary>
    public static string File(IEnumerable<string> rows, string newLine = "\n")
    {
        var text = new StringBuilder(Header).Append(newLine);
        foreach (var row in rows)
        {
            text.Append(row).Append(newLine);
        }

        return text.ToString();
    }

    public static string File(params string[] rows) => File((IEnumerable<string>)rows);
}
