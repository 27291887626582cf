using System.Collections.Generic;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>The properties of a JSON object read through <see cref="JsonCursor.Object"/>, looked up with their paths.</summary>
internal readonly struct JsonObjectCursor
{
    private readonly Dictionary<string, JsonElement> _properties;
    private readonly string _path;

    public JsonObjectCursor(Dictionary<string, JsonElement> properties, string path)
    {
        _properties = properties;
        _path = path;
    }

    public string RequiredString(string name) => Required(name).String();

    public string? OptionalString(string name) => Optional(name)?.String();

    public double RequiredNumber(string name) => Required(name).Number();

    public IEnumerable<JsonCursor> RequiredArray(string name) => Required(name).Items();

    public JsonCursor Required(string name) =>
        Optional(name) ?? throw new RssJsonException(_path + "." + name, "required property is missing");

    public JsonCursor? Optional(string name) =>
        _properties.TryGetValue(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? new JsonCursor(element, _path + "." + name)
            : null;
}
