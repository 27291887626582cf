using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// The options that say how to read a survey table, shared by the commands that read one: <c>--input-format</c>,
/// <c>--delimiter</c>, <c>--encoding</c>, <c>--id-column</c>, <c>--round-column</c>, <c>--map</c>, <c>--instrument</c>.
/// </summary>
internal sealed class ScoreInputOptions
{
    private static readonly string[] EncodingNames = TextEncodings.Names.Concat(new[] { "utf8", "cp1252", "latin1", "utf-16le" }).ToArray();

    private readonly Option<string> _format = new("--input-format")
    {
        Description = "The input's kind; by default from its extension (.xlsx, .json, .jsonl, otherwise CSV).",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<string?> _delimiter = new("--delimiter")
    {
        Description = "The CSV delimiter: , ; or tab. By default the one of the three that makes the header name the required columns.",
        HelpName = ",|;|tab",
    };

    private readonly Option<string> _encoding = new("--encoding")
    {
        Description = "The CSV's encoding: utf-8, windows-1252 (Excel in Western Europe), iso-8859-1 or utf-16. A byte-order mark wins.",
        DefaultValueFactory = _ => "utf-8",
    };

    private readonly Option<string> _idColumn = new("--id-column")
    {
        Description = "The name of the respondent-id column.",
        DefaultValueFactory = _ => InputColumns.RespondentIdColumn,
        HelpName = "NAME",
    };

    private readonly Option<string> _roundColumn = new("--round-column")
    {
        Description = "The name of the round column; its values may be round codes or the catalog's English or French round labels.",
        DefaultValueFactory = _ => InputColumns.RoundColumn,
        HelpName = "NAME",
    };

    private readonly Option<string?> _map = new("--map")
    {
        Description = "A mapping file for a programme's own form: columns, values and rounds onto the catalog (docs/mapping.md).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _instrument = new("--instrument")
    {
        Description = "Score a custom instrument (instrument JSON, docs/json-formats.md) instead of the RSS catalog; --weights is then required.",
        HelpName = "FILE",
    };

    private ScoreInputOptions()
    {
        _format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "auto", "csv", "xlsx", "json", "jsonl");
        _encoding.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, EncodingNames);
        _delimiter.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, ",", ";", "tab", "\t", "comma", "semicolon");
    }

    public static ScoreInputOptions Create() => new();

    /// <summary>Splits a comma-separated list of column names; null for none.</summary>
    public static IReadOnlyList<string>? SplitColumns(string? list) =>
        string.IsNullOrWhiteSpace(list) ? null : list.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();

    /// <summary>Splits a <c>--by</c> value into column names; none for no value.</summary>
    /// <exception cref="CliException">An empty name, or a name given twice.</exception>
    public static IReadOnlyList<string> GroupColumns(string? by)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            return Array.Empty<string>();
        }

        var names = by.Split(',').Select(n => n.Trim()).ToArray();
        if (names.Any(n => n.Length == 0))
        {
            throw new CliException("--by expects column names separated by commas, e.g. --by country,sex");
        }

        var twice = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? names : throw new CliException($"--by names the column {twice.Key} twice");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_delimiter);
        command.Options.Add(_encoding);
        command.Options.Add(_idColumn);
        command.Options.Add(_roundColumn);
        command.Options.Add(_map);
        command.Options.Add(_instrument);
    }

    public ReadingRequest Read(ParseResult parsed) => new(
        parsed.GetValue(_format)!.ToLowerInvariant() switch
        {
            "csv" => SurveyInputFormat.Csv,
            "xlsx" => SurveyInputFormat.Xlsx,
            "json" => SurveyInputFormat.Json,
            "jsonl" => SurveyInputFormat.JsonLines,
            _ => SurveyInputFormat.Auto,
        },
        parsed.GetValue(_delimiter)?.ToLowerInvariant() switch
        {
            "," or "comma" => ',',
            ";" or "semicolon" => ';',
            "tab" or "\t" => '\t',
            _ => null,
        },
        parsed.GetValue(_encoding)!,
        parsed.GetValue(_idColumn)!,
        parsed.GetValue(_roundColumn)!,
        parsed.GetValue(_map),
        parsed.GetValue(_instrument));
}
