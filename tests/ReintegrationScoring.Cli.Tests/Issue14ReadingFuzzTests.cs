using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, the class made impossible: random survey files with quotes at field start and inside fields, text after
/// closing quotes, CR/LF mixes, blank lines, byte-order marks, NULs, invalid UTF-8, long fields and truncation, scored
/// through the tool's entry point. Whatever the file, the exit code is 0, 1 or 2; when the file can be read (valid in
/// its encoding, no quote left open at the end) the tool scores it with 0 or 1, one output row per record as Python's
/// csv module reads the text (counted by <see cref="PythonCsv"/>, written here, not the tool's reader), the summary's
/// counts add up to it, each row carries its record's id and every error row says why; otherwise it exits 2 and
/// creates nothing. No temporary file ever remains.
/// </summary>
public sealed class Issue14ReadingFuzzTests
{
    private static readonly Regex Summary = new(@"(\d+) rows: (\d+) ok, (\d+) incomplete, (\d+) error", RegexOptions.CultureInvariant);

    [Property(MaxTest = 200)]
    public Property Issue14_AnyInput_ExitsZeroOneOrTwoWithOneRowPerPythonRecordAndNoLeftovers() =>
        Prop.ForAll(Arb.From(Files()), file =>
        {
            using var folder = new TempFolder();
            var input = folder.WriteBytes("in.csv", file.Bytes);
            var output = folder.File("out.csv");

            var run = Rss.Run("score", input, "--out", output);

            var (text, decodes) = Decode(file.Bytes);
            var records = PythonCsv.Records(text, out var openQuote);
            var readable = decodes && !openQuote;
            if (!readable)
            {
                return (run.ExitCode == 2 && folder.FileNames().SequenceEqual(new[] { "in.csv" })).Label($"refused: {run}");
            }

            if (run.ExitCode is not (0 or 1) || !folder.FileNames().SequenceEqual(new[] { "in.csv", "out.csv" }))
            {
                return false.Label($"not scored: {run}");
            }

            var expected = records.Skip(1).Where(r => r.Count > 0).ToArray();
            var rows = CsvText.Parse(File.ReadAllText(output)).Skip(1).ToArray();
            var summary = Summary.Match(run.Error);
            var counts = summary.Groups.Values.Skip(1).Select(g => long.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
            return (rows.Length == expected.Length).Label($"{rows.Length} rows for {expected.Length} records")
                .And(rows.Zip(expected).All(p => p.First[0] == p.Second[0].Trim())).Label("each row has its record's id")
                .And(summary.Success && counts[0] == expected.Length && counts[1] + counts[2] + counts[3] == counts[0]).Label($"summary: {run.Error}")
                .And(rows.All(r => r[6] != "error" || r[7].Length > 0)).Label("every error row says why");
        });

    /// <summary>How the tool decodes: a byte-order mark chooses the encoding (UTF-8 without one); false when bytes do not decode.</summary>
    private static (string Text, bool Decodes) Decode(byte[] bytes)
    {
        var encodings = new Encoding[] { new UTF32Encoding(false, true, true), new UTF32Encoding(true, true, true), new UnicodeEncoding(false, true, true), new UnicodeEncoding(true, true, true), new UTF8Encoding(true, true) };
        var encoding = encodings.FirstOrDefault(e => bytes.AsSpan().StartsWith(e.GetPreamble())) ?? new UTF8Encoding(false, true);
        try
        {
            var text = encoding.GetString(bytes, encoding.GetPreamble().Length, bytes.Length - encoding.GetPreamble().Length);
            return (text, !text.Contains('\uFFFD', StringComparison.Ordinal));
        }
        catch (DecoderFallbackException)
        {
            return (string.Empty, false);
        }
    }

    private static Gen<FuzzFile> Files() =>
        from count in Gen.Choose(0, 12)
        from records in Gen.ListOf(Record(), count)
        from encoding in Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from invalidAt in Gen.Frequency((8, Gen.Constant(-1)), (1, Gen.Choose(0, 1000)))
        from truncateBy in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 400)))
        select FuzzFile.Build(records.ToList(), encoding, invalidAt, truncateBy);

    /// <summary>A record's text and its line end; its fields are survey cells, sometimes damaged.</summary>
    private static Gen<string> Record() =>
        from id in Field(Gen.Choose(1, 999).Select(n => "R" + n.ToString(CultureInfo.InvariantCulture)))
        from round in Field(Gen.Elements("initial", "final", "later"))
        from cells in Gen.CollectToArray(SurveyCsv.Catalog.Measures.Select(m => Field(Gen.Elements(m.Scale.Options[0].Key, "dont_know", string.Empty))))
        from dropOrAdd in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(-1)), (1, Gen.Constant(1)))
        from end in Gen.Elements("\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n")
        select string.Join(',', new[] { id, round }.Concat(dropOrAdd < 0 ? cells[..^1] : dropOrAdd > 0 ? cells.Append("extra") : cells)) + end;

    private static Gen<string> Field(Gen<string> value) =>
        from text in value
        from damage in Gen.Frequency(
            (40, Gen.Constant(0)),
            (2, Gen.Constant(1)),
            (2, Gen.Constant(2)),
            (2, Gen.Constant(3)),
            (1, Gen.Constant(4)),
            (1, Gen.Constant(5)),
            (1, Gen.Constant(6)),
            (1, Gen.Constant(7)))
        from at in Gen.Choose(0, Math.Max(0, text.Length))
        from size in Gen.Choose(20_000, 120_000)
        select damage switch
        {
            1 => text.Insert(at, "\""), // a stray quote (at the start, it opens a quoted field)
            2 => "\"" + text.Insert(at, ",\"\"\n") + "\"", // a quoted field holding a comma, a doubled quote and a line break
            3 => "\"" + text + "\"" + text[..at] + "\"", // text and a quote after the closing quote
            4 => text.Insert(at, "\0"),
            5 => " \"" + text + "\n\"", // a quote after a space: literal, so its line break ends the record
            6 => text + new string('x', size), // a long field
            _ => text.Insert(at, "\r"),
        };

    public sealed record FuzzFile(byte[] Bytes, string Description)
    {
        private static readonly Encoding[] Encodings = { new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) };

        public static FuzzFile Build(List<string> records, int encoding, int invalidAt, int truncateBy)
        {
            var text = SurveyCsv.Header + "\n" + string.Concat(records);
            var chosen = Encodings[encoding];
            var bytes = chosen.GetPreamble().Concat(chosen.GetBytes(text)).ToList();
            var headerEnd = chosen.GetPreamble().Length + chosen.GetByteCount(SurveyCsv.Header + "\n");
            if (invalidAt >= 0 && encoding < 2)
            {
                bytes.Insert(Math.Min(bytes.Count, headerEnd + invalidAt), 0xFF);
            }

            if (truncateBy > 0)
            {
                bytes.RemoveRange(Math.Max(headerEnd, bytes.Count - truncateBy), bytes.Count - Math.Max(headerEnd, bytes.Count - truncateBy));
            }

            return new FuzzFile(bytes.ToArray(), $"{records.Count} records, encoding {encoding}, invalid at {invalidAt}, truncated by {truncateBy}");
        }

        public override string ToString() => Description + ": " + string.Join(' ', Bytes.Take(400).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The records Python's csv module reads (default dialect: comma, doublequote, not strict; the file opened with
    /// newline=''), as a plain state machine: a quote is special only where a field starts; in a quoted field a doubled
    /// quote is a quote and a quote before anything but a comma or line break closes it, the rest of the field being
    /// literal; \r\n, \r and \n end a record outside quoted fields; a blank line is an empty record.
    /// </summary>
    private static class PythonCsv
    {
        private enum State
        {
            StartRecord,
            StartField,
            InField,
            InQuoted,
            QuoteInQuoted,
        }

        public static List<List<string>> Records(string text, out bool openQuote)
        {
            var records = new List<List<string>>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var state = State.StartRecord;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var lineEnd = c is '\r' or '\n';
                if (lineEnd && state is State.StartRecord or State.StartField or State.InField or State.QuoteInQuoted)
                {
                    if (state != State.StartRecord)
                    {
                        fields.Add(field.ToString());
                    }

                    records.Add(fields);
                    fields = new List<string>();
                    field.Clear();
                    state = State.StartRecord;
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    continue;
                }

                switch (state)
                {
                    case State.StartRecord or State.StartField:
                        state = c == '"' ? State.InQuoted : c == ',' ? State.StartField : State.InField;
                        if (c == ',')
                        {
                            fields.Add(string.Empty);
                        }
                        else if (c != '"')
                        {
                            field.Append(c);
                        }

                        break;
                    case State.InField:
                        if (c == ',')
                        {
                            fields.Add(field.ToString());
                            field.Clear();
                            state = State.StartField;
                        }
                        else
                        {
                            field.Append(c);
                        }

                        break;
                    case State.InQuoted:
                        if (c == '"')
                        {
                            state = State.QuoteInQuoted;
                        }
                        else
                        {
                            field.Append(c);
                        }

                        break;
                    default:
                        if (c == '"')
                        {
                            field.Append('"');
                            state = State.InQuoted;
                        }
                        else if (c == ',')
                        {
                            fields.Add(field.ToString());
                            field.Clear();
                            state = State.StartField;
                        }
                        else
                        {
                            field.Append(c);
                            state = State.InField;
                        }

                        break;
                }
            }

            openQuote = state == State.InQuoted;
            if (state != State.StartRecord)
            {
                fields.Add(field.ToString());
                records.Add(fields);
            }

            return records;
        }
    }
}
