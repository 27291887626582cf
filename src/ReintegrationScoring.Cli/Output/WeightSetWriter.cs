using System.IO;

namespace ReintegrationScoring.Cli.Output;

/// <summary>Writes a weight set as CSV, one row per measure in catalog order.</summary>
internal static class WeightSetWriter
{
    public const string CsvHeader = "measure,dimension,dimensional,composite";

    public static void WriteCsv(TextWriter writer, WeightSet weightSet)
    {
        var line = new TextBuffer();
        writer.Write(CsvHeader);
        writer.Write('\n');
        var measures = weightSet.Catalog.Measures;
        for (var i = 0; i < measures.Count; i++)
        {
            var weight = weightSet.Weights[i];
            line.Clear();
            line.Append(measures[i].Code);
            line.Append(',');
            line.Append(measures[i].Dimension.ToCode());
            line.Append(',');
            line.AppendRoundTrip(weight.Dimensional);
            line.Append(',');
            line.AppendRoundTrip(weight.Composite);
            line.Append('\n');
            line.WriteTo(writer);
        }
    }
}
