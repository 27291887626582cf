using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

public class JsonLinesTests
{
    private static readonly string Good = SurveyResponseJson.Serialize(Samples.Response("R-GOOD")).Replace("\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void ReadLines_BadRecords_AreReportedWithoutDroppingTheirNeighbours()
    {
        var lines = string.Join("\n", new[]
        {
            Good,
            "{\"respondent_id\": \"SECRET-RESPONDENT-4711\", \"round\": \"initial\", \"answers\": {\"ECO_SATISFACTION\": \"SECRET_ANSWER\"}}",
            Good,
            "{ this is not json SECRET",
            "",
            Good,
            "[1, 2]",
            "{\"respondent_id\": \"SECRET-RESPONDENT-4711\", \"round\": \"yearly\", \"answers\": {}}",
            Good,
        });

        var records = SurveyResponseJson.ReadLines(Samples.Utf8(lines), Samples.Catalog).ToList();

        Assert.Equal(new long[] { 1, 2, 3, 4, 6, 7, 8, 9 }, records.Select(r => r.LineNumber));
        Assert.Equal(new[] { true, false, true, false, true, false, false, true }, records.Select(r => r.IsValid));
        Assert.Equal(new JsonProblem("$.answers.ECO_SATISFACTION", "The answer to measure 'ECO_SATISFACTION' is not one of its option keys, nor dont_know, refused or not_applicable."), Assert.Single(records[1].Problems));
        Assert.Equal(new JsonProblem("$", "the document is not valid JSON"), Assert.Single(records[3].Problems));
        Assert.Equal("$", Assert.Single(records[5].Problems).Path);
        Assert.Equal("$.round", Assert.Single(records[6].Problems).Path);
        Assert.All(records.Where(r => r.IsValid), r => Assert.Equal("R-GOOD", r.Value!.RespondentId.Value));
        var report = string.Join("\n", records.Select(r => r.ToString()));
        Assert.DoesNotContain("SECRET", report, StringComparison.Ordinal);
        Assert.Contains("line 2: $.answers.ECO_SATISFACTION:", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLines_CarriageReturnsByteOrderMarkBlankLinesAndNoFinalLineFeed_AreHandled()
    {
        var text = "\uFEFF" + Good + "\r\n   \r\n\t\r\n" + Good + "\r\n" + Good;

        var records = SurveyResponseJson.ReadLines(Samples.Utf8(text), Samples.Catalog).ToList();

        Assert.Equal(new long[] { 1, 4, 5 }, records.Select(r => r.LineNumber));
        Assert.All(records, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void ReadLines_EmptyStream_GivesNoRecords() =>
        Assert.Empty(SurveyResponseJson.ReadLines(Stream.Null, Samples.Catalog));

    [Fact]
    public void ReadLines_RecordLongerThanTheLimit_IsReportedAndTheNextOneRead()
    {
        var longRecord = "{\"respondent_id\":\"" + new string('x', JsonLimits.MaxRecordBytes + 10) + "\"}";
        var text = Good + "\n" + longRecord + "\n" + Good + "\n" + longRecord;

        var records = SurveyResponseJson.ReadLines(new ChunkedStream(Encoding.UTF8.GetBytes(text), 4096), Samples.Catalog).ToList();

        Assert.Equal(new long[] { 1, 2, 3, 4 }, records.Select(r => r.LineNumber));
        Assert.Equal(new[] { true, false, true, false }, records.Select(r => r.IsValid));
        Assert.Equal(new JsonProblem("$", "the record is longer than the limit of 1048576 bytes"), Assert.Single(records[1].Problems));
        Assert.Equal(records[1].Problems, records[3].Problems);
    }

    [Fact]
    public void ReadLines_RecordExactlyAtTheLimit_IsRead()
    {
        var padding = JsonLimits.MaxRecordBytes - Good.Length;
        var record = string.Concat(Good.AsSpan(0, Good.Length - 1), new string(' ', padding), "}");

        var records = SurveyResponseJson.ReadLines(Samples.Utf8(record + "\r\n" + Good), Samples.Catalog).ToList();

        Assert.Equal(JsonLimits.MaxRecordBytes, Encoding.UTF8.GetByteCount(record));
        Assert.All(records, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void ReadLines_RecordsSplitAcrossTinyReads_AreReassembled()
    {
        var text = string.Join("\n", Enumerable.Repeat(Good, 5)) + "\n";

        var records = SurveyResponseJson.ReadLines(new ChunkedStream(Encoding.UTF8.GetBytes(text), 7), Samples.Catalog).ToList();

        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void ReadLines_YieldsEachRecordBeforeTheStreamEnds()
    {
        var source = new EndlessRecords(Encoding.UTF8.GetBytes(Good + "\n"));

        using var records = SurveyResponseJson.ReadLines(source, Samples.Catalog).GetEnumerator();
        for (var i = 1; i <= 1000; i++)
        {
            Assert.True(records.MoveNext());
            Assert.True(records.Current.IsValid);
            Assert.Equal(i, records.Current.LineNumber);

            // Constant memory: the reader never runs more than its buffer ahead of the record it hands out.
            Assert.True(source.BytesRead <= (i * source.RecordLength) + (64 * 1024), $"read {source.BytesRead} bytes for {i} records");
        }
    }

    [Fact]
    public async Task ReadLinesAsync_GivesTheSameRecordsAsReadLines()
    {
        var text = Good + "\n{\"respondent_id\":\"x\"}\n\n" + Good;
        var expected = SurveyResponseJson.ReadLines(Samples.Utf8(text), Samples.Catalog).Select(r => r.ToString()).ToList();

        var actual = new List<string>();
        await foreach (var record in SurveyResponseJson.ReadLinesAsync(new ChunkedStream(Encoding.UTF8.GetBytes(text), 13), Samples.Catalog))
        {
            actual.Add(record.ToString());
        }

        Assert.Equal(expected, actual);
        Assert.Equal(3, actual.Count);
    }

    [Fact]
    public async Task ReadLinesAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in SurveyResponseJson.ReadLinesAsync(new EndlessRecords(Encoding.UTF8.GetBytes(Good + "\n")), Samples.Catalog, cancellation.Token))
            {
                if (++count == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.True(count >= 3);
    }

    [Fact]
    public void ScoreResultReadLines_ExampleFile_IsReadAndRewrittenExactly()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.Example("score-results.jsonl"));
        var records = ScoreResultJson.ReadLines(new MemoryStream(bytes)).ToList();
        using var written = new MemoryStream();

        ScoreResultJson.WriteLines(written, records.Select(r => r.Value!));

        Assert.Equal(3, records.Count);
        Assert.Equal(bytes, written.ToArray());
    }

    /// <summary>Serves its bytes in reads of at most a given size.</summary>
    private sealed class ChunkedStream : MemoryStream
    {
        private readonly int _chunk;

        public ChunkedStream(byte[] bytes, int chunk)
            : base(bytes) => _chunk = chunk;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer.Slice(0, Math.Min(buffer.Length, _chunk)));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer.Slice(0, Math.Min(buffer.Length, _chunk)), cancellationToken);
    }

    /// <summary>An endless stream of one record repeated, read in small pieces: it never ends, so a reader that waited for the end would never yield.</summary>
    private sealed class EndlessRecords : Stream
    {
        private readonly byte[] _record;
        private long _position;

        public EndlessRecords(byte[] record) => _record = record;

        public int RecordLength => _record.Length;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, 1000);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = _record[(int)(_position++ % _record.Length)];
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
