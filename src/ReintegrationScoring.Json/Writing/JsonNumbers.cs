using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>Writes doubles as <see cref="NumberText"/> formats them, so that JSON, CSV and <c>ToString()</c> agree.</summary>
internal static class JsonNumbers
{
    /// <summary>Writes the property <paramref name="name"/> with the round-trip text of <paramref name="value"/> (finite).</summary>
    public static void WriteDouble(this Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(NumberText.Format(value), skipInputValidation: true);
    }
}
