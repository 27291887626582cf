using System;
using System.IO;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// The stream a command writes an output to: it turns every write failure of the stream below (a full disk, the file
/// size limit, a closed pipe) into an <see cref="OutputException"/> naming the output, so that every command reports
/// them the same way.
/// </summary>
internal sealed class OutputStream : Stream
{
    private readonly Stream _inner;
    private readonly string _name;
    private readonly Action? _sync;

    /// <param name="inner">The stream written to.</param>
    /// <param name="name">The output's name in messages.</param>
    /// <param name="sync">Puts a file's data on disk (<c>fsync</c>); null for streams.</param>
    public OutputStream(Stream inner, string name, Action? sync = null)
    {
        _inner = inner;
        _name = name;
        _sync = sync;
    }

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
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw OutputException.From(e, _name);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException e)
        {
            throw OutputException.From(e, _name);
        }
    }

    /// <summary>Flushes and asks the system to put the data on disk, where a full disk may only now show.</summary>
    public void Sync()
    {
        Flush();
        try
        {
            _sync?.Invoke();
        }
        catch (IOException e)
        {
            throw OutputException.From(e, _name);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
