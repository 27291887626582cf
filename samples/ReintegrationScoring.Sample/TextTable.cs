using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReintegrationScoring.Sample;

/// <summary>Prints rows of text as aligned columns: text columns left-aligned, numeric ones right-aligned.</summary>
internal sealed class TextTable
{
    private readonly (string Header, bool AlignRight)[] _columns;
    private readonly List<string[]> _rows = new();

    public TextTable(params (string Header, bool AlignRight)[] columns) => _columns = columns;

    public void Add(params string[] cells)
    {
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"Expected {_columns.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer, string indent = "  ")
    {
        var widths = _columns.Select((c, i) => Math.Max(c.Header.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        WriteRow(writer, indent, widths, _columns.Select(c => c.Header).ToArray());
        WriteRow(writer, indent, widths, widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in _rows)
        {
            WriteRow(writer, indent, widths, row);
        }
    }

    private void WriteRow(TextWriter writer, string indent, int[] widths, string[] cells)
    {
        var padded = cells.Select((cell, i) => _columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        writer.WriteLine(indent + string.Join("  ", padded).TrimEnd());
    }
}
