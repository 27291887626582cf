using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using nietras.SeparatedValues;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// A batch of input rows on its way through the pipeline, reused for the whole run. The reader copies in the cells the
/// tool reads (trimmed and unescaped) with each row's line number and field count; a worker appends each row's output
/// (and explanation) text and records its outcome; the writer writes the text in input order and returns the batch.
/// </summary>
internal sealed class RowBatch
{
    public const int RowCapacity = 512;

    private readonly int _fields;
    private readonly int[] _cellStarts;
    private readonly int[] _cellLengths;
    private readonly int[] _lineNumbers = new int[RowCapacity];
    private readonly int[] _fieldCounts = new int[RowCapacity];
    private readonly RowKind[] _kinds = new RowKind[RowCapacity];
    private readonly ulong[] _duplicateKeys = new ulong[RowCapacity];
    private readonly string?[] _shapeProblems = new string?[RowCapacity];
    private char[] _chars = new char[RowCapacity * 256];
    private int _charCount;

    /// <param name="fields">Cells kept per row: respondent id, round, then the measures in catalog order.</param>
    /// <param name="explain">Whether workers also write explanation lines.</param>
    public RowBatch(int fields, bool explain)
    {
        _fields = fields;
        _cellStarts = new int[RowCapacity * fields];
        _cellLengths = new int[RowCapacity * fields];
        Explanation = explain ? new TextBuffer(RowCapacity * 2048) : null;
    }

    public int Count { get; private set; }

    public bool IsFull => Count == RowCapacity;

    /// <summary>The output lines of the batch's data rows, in order.</summary>
    public TextBuffer Output { get; } = new(RowCapacity * 128);

    /// <summary>The explanation lines, when asked for.</summary>
    public TextBuffer? Explanation { get; }

    public void Clear()
    {
        Count = 0;
        _charCount = 0;
        Output.Clear();
        Explanation?.Clear();
    }

    /// <summary>Adds a row that is not data: a blank line, a line that is not UTF-8, or where an unterminated quote starts.</summary>
    public void AddMarker(RowKind kind, int lineNumber, int column) => AddRowInfo(kind, lineNumber, column);

    /// <summary>
    /// Keeps the cells at <paramref name="columns"/> of a row without quotes: the row's text is copied once and each
    /// cell is recorded as its trimmed range in that copy. Cells beyond the row's fields are empty.
    /// </summary>
    public void AddRow(SepReader.Row row, int lineNumber, ReadOnlySpan<int> columns)
    {
        var raw = row.Span;
        var at = Count * _fields;
        var rowStart = Reserve(raw.Length);
        raw.CopyTo(_chars.AsSpan(rowStart));
        ref var rawOrigin = ref MemoryMarshal.GetReference(raw);
        for (var field = 0; field < _fields; field++)
        {
            var column = columns[field];
            var cell = column < row.ColCount ? row[column].Span.Trim() : ReadOnlySpan<char>.Empty;
            _cellStarts[at + field] = cell.IsEmpty
                ? 0
                : rowStart + (int)(Unsafe.ByteOffset(ref rawOrigin, ref MemoryMarshal.GetReference(cell)) / sizeof(char));
            _cellLengths[at + field] = cell.Length;
        }

        AddRowInfo(RowKind.Unscored, lineNumber, row.ColCount);
    }

    /// <summary>
    /// Keeps the cells at <paramref name="columns"/> of a row with quotes: each cell is trimmed, unquoted when it is a
    /// quoted field, and copied. Cells beyond the row's fields are empty.
    /// </summary>
    public void AddQuotedRow(SepReader.Row row, int lineNumber, ReadOnlySpan<int> columns)
    {
        var at = Count * _fields;
        for (var field = 0; field < _fields; field++)
        {
            var column = columns[field];
            var cell = column < row.ColCount ? row[column].Span.Trim() : ReadOnlySpan<char>.Empty;
            var start = Reserve(cell.Length);
            var length = CsvCell.IsQuoted(cell) ? CsvCell.Unquote(cell, _chars.AsSpan(start)) : Copy(cell, _chars.AsSpan(start));
            _cellStarts[at + field] = start;
            _cellLengths[at + field] = length;
            _charCount = start + length;
        }

        AddRowInfo(RowKind.Unscored, lineNumber, row.ColCount);
    }

    /// <summary>
    /// Keeps the cells at <paramref name="columns"/> of a row read as text (XLSX, JSON): each is trimmed and copied.
    /// Cells beyond the row's are empty; <paramref name="shapeProblem"/>, when not null, makes the row an error row.
    /// </summary>
    public void AddCells(string[] cells, int lineNumber, ReadOnlySpan<int> columns, int fieldCount, string? shapeProblem)
    {
        var at = Count * _fields;
        for (var field = 0; field < _fields; field++)
        {
            var column = columns[field];
            var cell = column >= 0 && column < cells.Length ? (cells[column] ?? string.Empty).AsSpan().Trim() : ReadOnlySpan<char>.Empty;
            var start = Reserve(cell.Length);
            cell.CopyTo(_chars.AsSpan(start));
            _cellStarts[at + field] = start;
            _cellLengths[at + field] = cell.Length;
        }

        AddRowInfo(RowKind.Unscored, lineNumber, fieldCount);
        _shapeProblems[Count - 1] = shapeProblem;
    }

    private static int Copy(ReadOnlySpan<char> cell, Span<char> destination)
    {
        cell.CopyTo(destination);
        return cell.Length;
    }

    /// <summary>
    /// Makes room for <paramref name="length"/> more characters, plus the slack that lets every cell be read through an
    /// <see cref="AnswerLookup.Window"/>-character window; returns where they go.
    /// </summary>
    private int Reserve(int length)
    {
        if (length + AnswerLookup.Window > _chars.Length - _charCount)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length + AnswerLookup.Window));
        }

        var start = _charCount;
        _charCount += length;
        return start;
    }

    private void AddRowInfo(RowKind kind, int lineNumber, int fieldCount)
    {
        _kinds[Count] = kind;
        _lineNumbers[Count] = lineNumber;
        _fieldCounts[Count] = fieldCount;
        _duplicateKeys[Count] = 0;
        _shapeProblems[Count] = null;
        Count++;
    }

    /// <summary>A cell of a data row: 0 the respondent id, 1 the round, 2 and on the measures, then the kept columns.</summary>
    public ReadOnlySpan<char> Cell(int row, int field) =>
        _chars.AsSpan(_cellStarts[(row * _fields) + field], _cellLengths[(row * _fields) + field]);

    /// <summary>A cell and the characters after it, at least <see cref="AnswerLookup.Window"/> in all; see <see cref="CellLength"/>.</summary>
    public ReadOnlySpan<char> CellWindow(int row, int field) => _chars.AsSpan(_cellStarts[(row * _fields) + field]);

    public int CellLength(int row, int field) => _cellLengths[(row * _fields) + field];

    /// <summary>The line of the file where the row starts (the header is line 1).</summary>
    public int LineNumber(int row) => _lineNumbers[row];

    /// <summary>How many fields the row has; for an unterminated quote, the column where it opens.</summary>
    public int FieldCount(int row) => _fieldCounts[row];

    public RowKind Kind(int row) => _kinds[row];

    /// <summary>What is wrong with the row's shape (a JSON record that is not an object…), as detail text; or null.</summary>
    public string? ShapeProblem(int row) => _shapeProblems[row];

    /// <summary>A 64-bit hash of the row's respondent id and round, or 0 when it has no valid pair.</summary>
    public ulong DuplicateKey(int row) => _duplicateKeys[row];

    public void SetOutcome(int row, RowKind kind, ulong duplicateKey)
    {
        _kinds[row] = kind;
        _duplicateKeys[row] = duplicateKey;
    }
}
