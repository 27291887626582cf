using System.Collections.Generic;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>The properties of a JSON object read through <see cref="JsonCursor.Object"/>, looked up with their paths.</summary>
internal readonly struct JsonObjectCursor
{
    private readonly Dictionary<string, JsonElement> _properties;

    public JsonObjectCursor(Dictionary<string, JsonElement> properties, string path)
    {
        _properties = properties;
        Path = path;
    }

    public string Path { get; }

    /// <summary>A property that must be present and not null.</summary>
    public JsonCursor Required(string name)
    {
        var cursor = Present(name);
        return cursor.IsNull ? throw cursor.Fail("must not be null") : cursor;
    }

    /// <summary>A property that must be present, and may be null.</summary>
    public JsonCursor Present(string name) =>
        _properties.TryGetValue(name, out var element)
            ? new JsonCursor(element, JsonPaths.Property(Path, name))
            : throw new RssJsonException(JsonPaths.Property(Path, name), "required property is missing");

    /// <summary>A property that may be absent; null counts as absent.</summary>
    public JsonCursor? Optional(string name) =>
        _properties.TryGetValue(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? new JsonCursor(element, JsonPaths.Property(Path, name))
            : null;
}
