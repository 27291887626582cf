using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReintegrationScoring.Benchmarks;

/// <summary>A column of units per second (respondents, bytes), from the mean time and the units one operation handles.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<BenchmarkCase, double> _unitsPerOperation;
    private readonly double _scale;
    private readonly string _format;

    public ThroughputColumn(string name, Func<BenchmarkCase, double> unitsPerOperation, double scale, string format, string legend)
    {
        ColumnName = name;
        Id = nameof(ThroughputColumn) + "." + name;
        Legend = legend;
        _unitsPerOperation = unitsPerOperation;
        _scale = scale;
        _format = format;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    /// <summary>Respondents per second, in millions, for benchmarks with a CohortSize parameter.</summary>
    public static ThroughputColumn RespondentsPerSecond() => new(
        "M respondents/s",
        c => c.Parameters["CohortSize"] is int size ? size : 1,
        1e-6,
        "N1",
        "Millions of respondents scored per second: CohortSize / Mean");

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (_unitsPerOperation(benchmarkCase) / (mean.Value * 1e-9) * _scale).ToString(_format, CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
