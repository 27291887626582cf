using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Summary;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary><c>rss summarize</c>: the summary by round and group as a table.</summary>
internal sealed class SummaryAnalysis : ICohortAnalysis
{
    private readonly ScoringEngine _engine;
    private readonly IReadOnlyList<string> _attributes;
    private readonly double? _threshold;
    private readonly SummaryBuilder _builder;

    private static readonly string[] Round = ["round"];
    private static readonly string[] Figures = ["score", "surveys", "scored", "mean", "sd", "ci_low", "ci_high", "min", "q1", "median", "q3", "max", "below"];

    public SummaryAnalysis(ScoringEngine engine, IReadOnlyList<string> attributes, double? threshold)
    {
        _engine = engine;
        _attributes = attributes;
        _threshold = threshold;
        _builder = new SummaryBuilder(attributes, threshold);
    }

    public IReadOnlyList<string> Messages { get; } = [];

    public static IReadOnlyList<string> Columns(IReadOnlyList<string> attributes) =>
        Round.Concat(attributes).Concat(Figures).ToArray();

    public void Add(in CohortRow row) => _builder.Add(_engine, row.Round, row.Group!, row.Scores);

    public void AddError(CohortRow row)
    {
    }

    public CohortTable Build()
    {
        var summary = _builder.Build();
        var table = new CohortTable(Columns(_attributes), CohortProvenance.Of(_engine, _threshold));
        foreach (var row in summary.Rows)
        {
            var s = row.Statistics;
            var cells = new List<CohortTable.Cell> { CohortTable.Text(row.Round.ToCode()) };
            cells.AddRange(row.Group.Values.Select(CohortTable.Text));
            cells.AddRange(new[]
            {
                CohortTable.Text(row.Score.ToCode()), CohortTable.Count(row.Surveys), CohortTable.Count(s.Count), table.Number(s.Mean),
                table.Number(s.StandardDeviation), table.Number(s.ConfidenceLow), table.Number(s.ConfidenceHigh), table.Number(s.Minimum),
                table.Number(s.FirstQuartile), table.Number(s.Median), table.Number(s.ThirdQuartile), table.Number(s.Maximum), table.Number(s.ShareBelow),
            });
            table.Add(cells.ToArray());
        }

        return table;
    }
}
