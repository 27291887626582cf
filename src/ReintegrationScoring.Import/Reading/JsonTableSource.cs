using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Import;

/// <summary>
/// Responses in the Json package's survey-response format (<c>respondent_id</c>, <c>round</c>, <c>survey_date</c>,
/// <c>arrival_date</c>, <c>catalog</c>, <c>answers</c>), as a JSON array or JSON Lines, read one record at a time and
/// laid out as a table with the canonical column names. A record's shape problems (not an object, an unknown
/// property or measure, a value that is not a string) make it an error row; its number is its line (JSON Lines) or
/// its position in the array.
/// </summary>
internal sealed class JsonTableSource : TableSource
{
    private const string ArrivalDate = "arrival_date";

    private static readonly JsonSerializerOptions ElementOptions = new() { MaxDepth = JsonLimits.MaxDepth };
    private static readonly JsonTypeInfo<JsonElement> ElementInfo = JsonMetadataServices.CreateValueInfo<JsonElement>(ElementOptions, JsonMetadataServices.JsonElementConverter);

    private readonly string _name;
    private readonly Dictionary<string, int> _columns;
    private readonly int _width;
    private readonly StreamReader? _lines;
    private readonly IEnumerator<JsonElement>? _array;
    private long _number;

    public JsonTableSource(Stream stream, string name, SurveyReadOptions options, bool lines)
    {
        _name = name;
        var header = new List<string> { FormNames.RespondentId, FormNames.Round, FormNames.SurveyDate };
        header.AddRange(options.Catalog.Measures.Select(m => m.Code));
        header.Add(ArrivalDate);
        _width = header.Count;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
        Layout = SurveyLayout.Resolve(header, new SurveyReadOptions(options.Catalog) { AttributeColumns = options.AttributeColumns }, Vocabulary.Of(options.Catalog));
        if (lines)
        {
            _lines = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        }
        else
        {
            _array = JsonSerializer.DeserializeAsyncEnumerable(stream, ElementInfo).ToBlockingEnumerable(cancellationToken: default).GetEnumerator();
        }
    }

    public override SurveyLayout Layout { get; }

    public override TableRow? Next()
    {
        if (_lines is not null)
        {
            while (_lines.ReadLine() is { } line)
            {
                _number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (Encoding.UTF8.GetByteCount(line) > JsonLimits.MaxRecordBytes)
                {
                    return Failed($"longer than {JsonLimits.MaxRecordBytes} bytes");
                }

                try
                {
                    using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth });
                    return ToRow(document.RootElement);
                }
                catch (JsonException)
                {
                    return Failed("not valid JSON");
                }
            }

            return null;
        }

        try
        {
            if (!_array!.MoveNext())
            {
                return null;
            }
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } at ? $"line {at + 1}: " : string.Empty;
            throw new SurveyReadException(new[] { $"{_name}: {where}not a JSON array of responses (use .jsonl or --input-format jsonl for JSON Lines)" }, e);
        }

        _number++;
        return ToRow(_array.Current);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines?.Dispose();
            _array?.Dispose();
        }

        base.Dispose(disposing);
    }

    private TableRow Failed(string reason) =>
        new(_number, new string[_width], new[] { new SurveyRecordProblem("row", reason) });

    private TableRow ToRow(JsonElement record)
    {
        var cells = new string[_width];
        Array.Fill(cells, string.Empty);
        if (record.ValueKind != JsonValueKind.Object)
        {
            return Failed("not a JSON object");
        }

        var problems = new List<SurveyRecordProblem>();
        foreach (var property in record.EnumerateObject())
        {
            switch (property.Name)
            {
                case FormNames.RespondentId or FormNames.Round or FormNames.SurveyDate or ArrivalDate:
                    Put(cells, property.Name, property.Value, problems);
                    break;
                case "catalog":
                    break;
                case "answers" when property.Value.ValueKind == JsonValueKind.Object:
                    foreach (var answer in property.Value.EnumerateObject())
                    {
                        if (answer.Name is FormNames.RespondentId or FormNames.Round or FormNames.SurveyDate or ArrivalDate || !_columns.ContainsKey(answer.Name))
                        {
                            problems.Add(new SurveyRecordProblem($"answers.{answer.Name}", "not a measure code of the catalog"));
                        }
                        else
                        {
                            Put(cells, answer.Name, answer.Value, problems);
                        }
                    }

                    break;
                case "answers":
                    problems.Add(new SurveyRecordProblem("answers", "expected an object: measure code → answer key"));
                    break;
                default:
                    problems.Add(new SurveyRecordProblem(property.Name, "unknown property"));
                    break;
            }
        }

        return new TableRow(_number, cells, problems.Count == 0 ? null : problems);
    }

    private void Put(string[] cells, string name, JsonElement value, List<SurveyRecordProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            cells[_columns[name]] = value.GetString()!;
        }
        else if (value.ValueKind != JsonValueKind.Null)
        {
            problems.Add(new SurveyRecordProblem(name, "expected a string or null"));
        }
    }
}
