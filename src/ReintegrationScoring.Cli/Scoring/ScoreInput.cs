using System.Collections.Generic;
using System.Text;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>How <c>rss score</c> reads its input: the options of <see cref="SurveyReadOptions"/>, plus <c>--keep</c>.</summary>
internal sealed record ScoreInput
{
    public static readonly ScoreInput Default = new();

    public SurveyInputFormat Format { get; init; }

    public char? Delimiter { get; init; }

    public Encoding? Encoding { get; init; }

    public string RespondentIdColumn { get; init; } = InputColumns.RespondentIdColumn;

    public string RoundColumn { get; init; } = InputColumns.RoundColumn;

    public ColumnMapping? Mapping { get; init; }

    /// <summary>The <c>--keep</c> columns as written, or null.</summary>
    public IReadOnlyList<string>? Keep { get; init; }

    public SurveyReadOptions ToOptions(Catalog catalog) => new(catalog)
    {
        Format = Format,
        Delimiter = Delimiter,
        Encoding = Encoding,
        RespondentIdColumn = RespondentIdColumn,
        RoundColumn = RoundColumn,
        Mapping = Mapping,
    };
}
