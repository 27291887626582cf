using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// A JSON value with its path, for reading documents strictly: unknown and duplicate properties, wrong types, out-of-range
/// numbers and missing values become <see cref="RssJsonException"/> naming the path and the reason, never the value read.
/// </summary>
internal readonly struct JsonCursor
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The property naming a document's JSON Schema.</summary>
    private const string SchemaProperty = "$schema";

    public JsonCursor(JsonElement element, string path)
    {
        Element = element;
        Path = path;
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    public RssJsonException Fail(string reason) => new(Path, reason);

    /// <summary>
    /// The properties of an object whose property names are fixed: any other name is refused, except a string
    /// <c>$schema</c> at the top of a document, which editors use to find the schema and readers ignore.
    /// </summary>
    public JsonObjectCursor Object(params string[] allowedProperties)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in Properties())
        {
            if (property.Key == SchemaProperty && Path == JsonPaths.Root)
            {
                property.Value.String();
                continue;
            }

            if (Array.IndexOf(allowedProperties, property.Key) < 0)
            {
                throw property.Value.Fail($"unknown property; expected one of: {string.Join(", ", allowedProperties)}");
            }

            properties.Add(property.Key, property.Value.Element);
        }

        return new JsonObjectCursor(properties, Path);
    }

    /// <summary>The properties of an object whose names are data (answers, labels), each once.</summary>
    public IEnumerable<KeyValuePair<string, JsonCursor>> Properties()
    {
        Expect(JsonValueKind.Object);
        return Enumerate(Element, Path);

        static IEnumerable<KeyValuePair<string, JsonCursor>> Enumerate(JsonElement element, string path)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var name = NameOf(property, path);
                var cursor = new JsonCursor(property.Value, JsonPaths.Property(path, name));
                if (!seen.Add(name))
                {
                    throw cursor.Fail("duplicate property");
                }

                yield return new KeyValuePair<string, JsonCursor>(name, cursor);
            }
        }
    }

    public IEnumerable<JsonCursor> Items()
    {
        Expect(JsonValueKind.Array);
        return Enumerate(Element, Path);

        static IEnumerable<JsonCursor> Enumerate(JsonElement element, string path)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                yield return new JsonCursor(item, JsonPaths.Index(path, index++));
            }
        }
    }

    public string String()
    {
        Expect(JsonValueKind.String);
        try
        {
            return Element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Fail("the string is not valid Unicode");
        }
    }

    public string? StringOrNull() => IsNull ? null : String();

    public string NonBlankString()
    {
        var value = String();
        return value.Trim().Length > 0 ? value : throw Fail("must not be empty or white space");
    }

    public double Number()
    {
        Expect(JsonValueKind.Number);
        if (!Element.TryGetDouble(out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw Fail("the number is outside the range of a finite double");
        }

        return value;
    }

    public double? NumberOrNull() => IsNull ? null : Number();

    public double UnitInterval()
    {
        var value = Number();
        return value is >= 0.0 and <= 1.0 ? value : throw Fail("expected a number in [0, 1]");
    }

    public double? UnitIntervalOrNull() => IsNull ? null : UnitInterval();

    public double NonNegative()
    {
        var value = Number();
        return value >= 0.0 ? value : throw Fail("expected a number of at least 0");
    }

    public int NonNegativeInt32()
    {
        Expect(JsonValueKind.Number);
        return Element.TryGetInt32(out var value) && value >= 0 ? value : throw Fail("expected a whole number of at least 0");
    }

    public bool Boolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"expected true or false, found {Describe(Element.ValueKind)}"),
    };

    public DateTime Date()
    {
        var text = String();
        return text.Length == DateFormat.Length && DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail("expected a date in the form YYYY-MM-DD");
    }

    /// <summary>The value of <paramref name="all"/> whose core code (<paramref name="toCode"/>) is the string, matched exactly.</summary>
    public T Code<T>(IReadOnlyList<T> all, Func<T, string> toCode)
    {
        var text = String();
        foreach (var value in all)
        {
            if (string.Equals(toCode(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw Fail($"expected one of: {string.Join(", ", all.Select(toCode))}");
    }

    private void Expect(JsonValueKind kind)
    {
        if (Element.ValueKind != kind)
        {
            throw Fail($"expected {Describe(kind)}, found {Describe(Element.ValueKind)}");
        }
    }

    private static string NameOf(JsonProperty property, string path)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new RssJsonException(path, "a property name is not valid Unicode");
        }
    }

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
