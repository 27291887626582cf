using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>A label in any languages: <c>{ "en": "Yes", "fr": "Oui" }</c>; English is required.</summary>
internal static class LabelFormat
{
    public static LocalizedText Read(JsonCursor cursor)
    {
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var property in cursor.Properties())
        {
            texts.Add(new KeyValuePair<string, string>(property.Key, property.Value.NonBlankString()));
        }

        try
        {
            return new LocalizedText(texts);
        }
        catch (ArgumentException e)
        {
            throw cursor.Fail(CoreErrors.Reason(e));
        }
    }

    public static void Write(Utf8JsonWriter writer, string propertyName, LocalizedText label)
    {
        writer.WriteStartObject(propertyName);
        foreach (var language in label.Languages)
        {
            writer.WriteString(language, label.Get(language));
        }

        writer.WriteEndObject();
    }
}
