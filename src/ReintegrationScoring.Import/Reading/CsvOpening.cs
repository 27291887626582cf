using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReintegrationScoring.Import;

/// <summary>
/// Opens a survey CSV: decodes it (the given encoding, UTF-8 by default, a byte-order mark winning), reads its header
/// and finds the delimiter among comma, semicolon and tab as the one whose fields name every required column (or takes
/// the given one), and maps the header. The rows that follow are left to the caller's parser.
/// </summary>
internal sealed class CsvOpening
{
    private const int BufferSize = 1 << 16;
    private static readonly char[] Candidates = { ',', ';', '\t' };

    private CsvOpening(TextReader rest, char delimiter, SurveyLayout layout, int headerLines)
    {
        Rest = rest;
        Delimiter = delimiter;
        Layout = layout;
        HeaderLines = headerLines;
    }

    /// <summary>The text after the header, as Python's csv splits it into records (<see cref="RecordGuardReader"/>).</summary>
    public TextReader Rest { get; }

    public char Delimiter { get; }

    public SurveyLayout Layout { get; }

    /// <summary>The lines the header takes (1 unless a name holds a line break): the rows' line numbers start after them.</summary>
    public int HeaderLines { get; }

    /// <exception cref="SurveyReadException">The file is empty, its header is not text in the encoding, or no delimiter gives the required columns.</exception>
    public static CsvOpening Open(Stream stream, string name, SurveyReadOptions options, Vocabulary vocabulary)
    {
        var reader = new StreamReader(stream, options.Encoding ?? TextEncodings.Utf8, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        try
        {
            var header = HeaderText.ReadRecord(reader, out var lineBreaks)
                ?? throw new SurveyReadException(new[] { $"{name}: the file is empty; expected a header row with respondent_id, round and the measure codes" });
            if ((header.Count(c => c == '"') & 1) != 0)
            {
                throw new SurveyReadException(new[] { $"{name}: line 1: unterminated quoted field in the header" });
            }

            // A name the tool does not read may be in another encoding; the columns it reads may not.
            (char Delimiter, SurveyLayout Layout) detected;
            try
            {
                detected = Detect(header, name, options, vocabulary);
            }
            catch (SurveyReadException e) when (header.Contains(TextEncodings.Replacement, StringComparison.Ordinal))
            {
                throw new SurveyReadException(new[] { $"{name}: line 1: {NotTextReason(options.Encoding)}" }.Concat(e.Problems), e);
            }

            var (delimiter, layout) = detected;
            var headerLines = Math.Max(1, lineBreaks);
            return new CsvOpening(new RecordGuardReader(reader, name, delimiter, headerLines + 1), delimiter, layout, headerLines);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Why a cell read as U+FFFD, with the fix.</summary>
    public static string NotTextReason(Encoding? encoding) =>
        encoding is null || encoding.CodePage == Encoding.UTF8.CodePage
            ? "not valid UTF-8 text (U+FFFD or bytes that are not UTF-8); save the file as CSV UTF-8"
            : $"not valid {encoding.WebName} text (U+FFFD or bytes that are not {encoding.WebName})";

    private static (char Delimiter, SurveyLayout Layout) Detect(string header, string name, SurveyReadOptions options, Vocabulary vocabulary)
    {
        if (options.Delimiter is { } given)
        {
            var layout = SurveyLayout.Resolve(HeaderText.Split(header, given), options, vocabulary);
            return layout.IsComplete ? (given, layout) : throw new SurveyReadException(layout.Problems($"{name}: line 1"));
        }

        var tried = Candidates.Select(d => (Delimiter: d, Layout: SurveyLayout.Resolve(HeaderText.Split(header, d), options, vocabulary))).ToList();
        var complete = tried.Where(t => t.Layout.IsComplete).ToList();
        if (complete.Count == 1)
        {
            return complete[0];
        }

        if (complete.Count > 1)
        {
            throw new SurveyReadException(new[]
            {
                $"{name}: line 1: the header names every required column when split at {string.Join(" and at ", complete.Select(t => Show(t.Delimiter)))}; give the delimiter (--delimiter)",
            });
        }

        // Only delimiters that split the header at all were candidates: with one, there was nothing to detect.
        var best = tried.OrderByDescending(t => t.Layout.Found).ThenByDescending(t => t.Layout.Names.Length).First();
        var plausible = tried.Count(t => t.Layout.Names.Length > 1);
        if (plausible <= 1)
        {
            throw new SurveyReadException(best.Layout.Problems($"{name}: line 1"));
        }

        var required = best.Layout.Found + best.Layout.Missing.Count;
        var problems = new List<string>
        {
            $"{name}: line 1: no delimiter gives the required columns: "
                + string.Join("; ", tried.Select(t => $"at {Show(t.Delimiter)} {t.Layout.Names.Length} column{(t.Layout.Names.Length == 1 ? string.Empty : "s")}, {t.Layout.Found} of {required} required found")),
        };
        problems.AddRange(best.Layout.Problems($"{name}: line 1 (split at {Show(best.Delimiter)})"));
        throw new SurveyReadException(problems);
    }

    private static string Show(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ',' => "','",
        _ => $"'{delimiter}'",
    };
}
