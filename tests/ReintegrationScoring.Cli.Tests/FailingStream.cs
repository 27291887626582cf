using System;
using System.IO;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// A stream that passes writes through until it fails as the system reports it (an <see cref="IOException"/> whose
/// <see cref="Exception.HResult"/> is the error number; by default ENOSPC, a full disk): at the write that would go
/// beyond <paramref name="bytesBeforeFull"/> bytes, or at the first flush.
/// </summary>
internal sealed class FailingStream(Stream inner, long bytesBeforeFull, bool failOnFlush, int error = FailingStream.NoSpace) : Stream
{
    public const int NoSpace = 28;
    public const int BrokenPipe = 32;

    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_written + buffer.Length > bytesBeforeFull)
        {
            throw Full();
        }

        _written += buffer.Length;
        inner.Write(buffer);
    }

    public override void Flush()
    {
        if (failOnFlush)
        {
            throw Full();
        }

        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private IOException Full() => new("The system's message", error);
}
