using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// A JSON element with its path, for reading documents strictly: unknown and duplicate properties, wrong types and
/// missing values become <see cref="RssJsonException"/> naming the path, never the value read.
/// </summary>
internal readonly struct JsonCursor
{
    private readonly JsonElement _element;

    public JsonCursor(JsonElement element, string path)
    {
        _element = element;
        Path = path;
    }

    public string Path { get; }

    public JsonObjectCursor Object(params string[] allowedProperties)
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"expected an object, found {Describe(_element.ValueKind)}");
        }

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            var path = Path + "." + property.Name;
            if (System.Array.IndexOf(allowedProperties, property.Name) < 0)
            {
                throw new RssJsonException(path, $"unknown property; expected one of: {string.Join(", ", allowedProperties)}");
            }

            if (properties.ContainsKey(property.Name))
            {
                throw new RssJsonException(path, "duplicate property");
            }

            properties.Add(property.Name, property.Value);
        }

        return new JsonObjectCursor(properties, Path);
    }

    public IEnumerable<JsonCursor> Items()
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"expected an array, found {Describe(_element.ValueKind)}");
        }

        var index = 0;
        foreach (var item in _element.EnumerateArray())
        {
            yield return new JsonCursor(item, Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            index++;
        }
    }

    public string String() =>
        _element.ValueKind == JsonValueKind.String ? _element.GetString()! : throw Fail($"expected a string, found {Describe(_element.ValueKind)}");

    public double Number()
    {
        if (_element.ValueKind != JsonValueKind.Number)
        {
            throw Fail($"expected a number, found {Describe(_element.ValueKind)}");
        }

        if (!_element.TryGetDouble(out var value) || double.IsInfinity(value) || double.IsNaN(value))
        {
            throw Fail("the number is out of the range of a finite double");
        }

        return value;
    }

    private RssJsonException Fail(string reason) => new(Path, reason);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
