using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// How a programme's own form maps onto the catalog (docs/mapping.md, schema docs/schemas/mapping.schema.json):
/// <c>columns</c> (input column → measure code, <c>respondent_id</c>, <c>round</c> or <c>survey_date</c>),
/// <c>values</c> (per measure code, input value → option key, <c>dont_know</c>, <c>refused</c> or
/// <c>not_applicable</c>) and <c>rounds</c> (input value → <c>initial</c>, <c>intermediate</c> or <c>final</c>).
/// Input names and values are compared trimmed, ignoring case. Immutable.
/// </summary>
public sealed class ColumnMapping
{
    /// <summary>The target of a column holding the survey date.</summary>
    public const string SurveyDateTarget = "survey_date";

    private static readonly string[] Properties = { "$schema", "columns", "values", "rounds" };

    private ColumnMapping(
        IReadOnlyDictionary<string, string> columns,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> values,
        IReadOnlyDictionary<string, string> rounds)
    {
        Columns = columns;
        Values = values;
        Rounds = rounds;
    }

    /// <summary>Input column name → target (a measure code, <c>respondent_id</c>, <c>round</c> or <c>survey_date</c>).</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    /// <summary>Measure code → (input value → answer key).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; }

    /// <summary>Input value → round code.</summary>
    public IReadOnlyDictionary<string, string> Rounds { get; }

    /// <summary>Reads and validates a mapping file against <paramref name="catalog"/>, reporting every problem at once.</summary>
    /// <param name="utf8Json">The mapping JSON.</param>
    /// <param name="catalog">The catalog whose codes and keys the targets must name.</param>
    /// <param name="name">The file's name in messages.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="SurveyReadException">The file is not JSON, or has problems: one line each, with its JSON path.</exception>
    public static ColumnMapping Read(Stream utf8Json, Catalog catalog, string name)
    {
        Preconditions.NotNull(utf8Json, nameof(utf8Json));
        Preconditions.NotNull(catalog, nameof(catalog));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}: " : string.Empty;
            throw new SurveyReadException(new[] { $"{name}: {where}not valid JSON" }, e);
        }

        using (document)
        {
            var problems = new List<string>();
            var mapping = Validate(document.RootElement, catalog, (path, reason) => problems.Add($"{name}: {path}: {reason}"));
            return problems.Count == 0 ? mapping : throw new SurveyReadException(problems);
        }
    }

    private static ColumnMapping Validate(JsonElement root, Catalog catalog, Action<string, string> problem)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var rounds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem("$", "expected an object with columns, values and rounds");
            return new ColumnMapping(columns, values, rounds);
        }

        foreach (var property in root.EnumerateObject().Where(p => !Properties.Contains(p.Name, StringComparer.Ordinal)))
        {
            problem($"$.{property.Name}", "unknown property; expected columns, values or rounds");
        }

        var targets = new HashSet<string>(catalog.Measures.Select(m => m.Code), StringComparer.Ordinal)
        {
            FormNames.RespondentId, FormNames.Round, SurveyDateTarget,
        };
        var firstByTarget = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value, path) in Pairs(root, "columns", problem))
        {
            if (!targets.Contains(value))
            {
                problem(path, $"{MessageText.Quote(value)} is not a measure code of catalog {catalog.Id}, respondent_id, round or survey_date");
            }
            else if (firstByTarget.TryGetValue(value, out var first))
            {
                problem(path, $"{value} is already the target of column {MessageText.Quote(first)}");
            }
            else
            {
                firstByTarget[value] = key;
                AddOnce(columns, key, value, path, problem);
            }
        }

        if (root.TryGetProperty("values", out var valuesElement))
        {
            if (valuesElement.ValueKind != JsonValueKind.Object)
            {
                problem("$.values", "expected an object: measure code → { input value → answer key }");
            }
            else
            {
                foreach (var measureProperty in valuesElement.EnumerateObject())
                {
                    var measure = catalog.Measures.FirstOrDefault(m => m.Code == measureProperty.Name);
                    var measurePath = $"$.values.{measureProperty.Name}";
                    if (measure is null)
                    {
                        problem(measurePath, $"not a measure code of catalog {catalog.Id}");
                        continue;
                    }

                    var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (key, value, path) in Pairs(valuesElement, measureProperty.Name, problem, "$.values"))
                    {
                        _ = measure.TryParseAnswer(value, out _, out var answerProblem);
                        var reason = value.Length == 0 || answerProblem is not (AnswerProblem.None or AnswerProblem.NotApplicableNotAllowed)
                            ? $"{MessageText.Quote(value)} is not an answer key of {measure.Code} (its options, dont_know, refused{(measure.AllowsNotApplicable ? ", not_applicable" : string.Empty)})"
                            : answerProblem == AnswerProblem.NotApplicableNotAllowed ? $"not_applicable is not allowed for {measure.Code}" : null;
                        if (reason is not null)
                        {
                            problem(path, reason);
                        }
                        else
                        {
                            AddOnce(map, key, value, path, problem);
                        }
                    }

                    values[measure.Code] = map;
                }
            }
        }

        foreach (var (key, value, path) in Pairs(root, "rounds", problem))
        {
            if (!MonitoringRounds.All.Any(r => r.ToCode() == value))
            {
                problem(path, $"{MessageText.Quote(value)} is not initial, intermediate or final");
            }
            else
            {
                AddOnce(rounds, key, value, path, problem);
            }
        }

        return new ColumnMapping(columns, values, rounds);
    }

    private static void AddOnce(Dictionary<string, string> map, string key, string value, string path, Action<string, string> problem)
    {
        if (key.Length == 0)
        {
            problem(path, "an empty name or value cannot be mapped");
        }
        else if (!map.TryAdd(key, value))
        {
            problem(path, $"{MessageText.Quote(key)} is listed twice (names are compared ignoring case and surrounding spaces)");
        }
    }

    /// <summary>The string properties of the object <paramref name="parent"/>.<paramref name="name"/>, keys trimmed.</summary>
    private static IEnumerable<(string Key, string Value, string Path)> Pairs(JsonElement parent, string name, Action<string, string> problem, string parentPath = "$")
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            yield break;
        }

        var path = $"{parentPath}.{name}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem(path, "expected an object of strings");
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                problem(at, "expected a string");
                continue;
            }

            yield return (property.Name.Trim(), property.Value.GetString()!.Trim(), at);
        }
    }
}
