using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// A write-only stream over a Unix descriptor that writes with <c>write(2)</c>: at the descriptor's own offset, so
/// standard output appended to a log is appended to and a file shared with the shell continues where the shell left
/// it (a <see cref="FileStream"/> writes at an offset it tracks itself). Failures are <see cref="IOException"/>s whose
/// <see cref="Exception.HResult"/> is the error number, as .NET reports them on Unix.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class DescriptorStream : Stream
{
    private readonly SafeFileHandle _descriptor;

    /// <param name="descriptor">The descriptor; closed with the stream only if the handle owns it.</param>
    public DescriptorStream(SafeFileHandle descriptor) => _descriptor = descriptor;

    public SafeFileHandle Descriptor => _descriptor;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_descriptor.IsClosed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint written;
            fixed (byte* start = buffer)
            {
                written = Libc.Write(_descriptor, start, (nuint)buffer.Length);
            }

            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }

            var error = Marshal.GetLastPInvokeError();
            if (error == Libc.Errors.Interrupted)
            {
                continue;
            }

            if (error == Libc.Errors.TryAgain)
            {
                // A descriptor another process made non-blocking: wait until it can take more.
                WaitUntilWritable();
                continue;
            }

            throw Failure(error);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Nothing is buffered here; <see cref="Sync"/> makes the data durable.</summary>
    public override void Flush()
    {
    }

    /// <summary>Asks the system to put the file's data on disk (<c>fsync</c>), where late errors such as a full disk show.</summary>
    public void Sync()
    {
        if (Libc.Sync(_descriptor) != 0)
        {
            var error = Marshal.GetLastPInvokeError();

            // Pipes and devices cannot be synchronized; nothing is lost by that.
            if (error != Libc.Errors.Invalid && error != Libc.Errors.NotSupported)
            {
                throw Failure(error);
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _descriptor.Dispose();
        }

        base.Dispose(disposing);
    }

    private static IOException Failure(int error) => new(Marshal.GetPInvokeErrorMessage(error), error);

    private unsafe void WaitUntilWritable()
    {
        var added = false;
        try
        {
            _descriptor.DangerousAddRef(ref added);
            var poll = new Libc.PollDescriptor { Descriptor = (int)_descriptor.DangerousGetHandle(), Events = Libc.PollOut };
            Libc.Poll(&poll, 1, 1000);
        }
        finally
        {
            if (added)
            {
                _descriptor.DangerousRelease();
            }
        }
    }
}
