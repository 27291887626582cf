using System;
using System.IO;
using System.Net.Sockets;
using Microsoft.Win32.SafeHandles;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// An output written as a stream: standard output, a descriptor this process already has (<c>/dev/stdout</c>,
/// <c>/dev/fd/N</c>), a FIFO, a character device or a Unix socket. Never renamed over nor truncated: the data is
/// written where the stream stands (appended, for a log opened in append mode).
/// </summary>
internal sealed class StreamOutput : OutputTarget
{
    private readonly OutputStream _stream;
    private readonly IDisposable? _owned;

    private StreamOutput(OutputRequest request, string name, OutputStream stream, IDisposable? owned)
        : base(request, name)
    {
        _stream = stream;
        _owned = owned;
    }

    public override OutputStream Stream => _stream;

    public override bool IsStream => true;

    /// <exception cref="OutputException">Standard output was closed before the tool started.</exception>
    public static StreamOutput ForStandardOutput(OutputRequest request, string name, StandardStream standardOutput, Func<Stream, Stream>? filter)
    {
        if (standardOutput.Stream is null)
        {
            throw new OutputException(OutputFailure.Closed, OutputException.Describe(OutputFailure.Closed, name, string.Empty), output: name);
        }

        return new StreamOutput(request, name, new OutputStream(filter?.Invoke(standardOutput.Stream) ?? standardOutput.Stream, name), null);
    }

    /// <summary>Writes to descriptor <paramref name="descriptor"/>, which the caller handed over (not one the runtime opened).</summary>
    /// <exception cref="OutputException">The descriptor is not open.</exception>
    public static StreamOutput ForDescriptor(OutputRequest request, string name, SafeFileHandle descriptor, Func<Stream, Stream>? filter)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException();
        }

        var stream = new DescriptorStream(descriptor);
        return new StreamOutput(request, name, new OutputStream(filter?.Invoke(stream) ?? stream, name), stream);
    }

    /// <summary>Opens a FIFO or character device for writing (waiting, for a FIFO, until it has a reader), or connects to a socket.</summary>
    /// <exception cref="CliException">It cannot be opened.</exception>
    public static StreamOutput Open(OutputRequest request, string name, string fullPath, FileKind kind, Func<Stream, Stream>? filter)
    {
        try
        {
            Stream stream;
            if (kind == FileKind.Socket)
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    socket.Connect(new UnixDomainSocketEndPoint(fullPath));
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }

                stream = new NetworkStream(socket, ownsSocket: true);
            }
            else if (OperatingSystem.IsWindows())
            {
                stream = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            }
            else
            {
                stream = new DescriptorStream(File.OpenHandle(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            }

            return new StreamOutput(request, name, new OutputStream(filter?.Invoke(stream) ?? stream, name), stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SocketException)
        {
            throw new CliException($"{name}: cannot write to it ({e.Message.TrimEnd('.')})", e);
        }
    }

    internal override void Discard(bool release)
    {
        if (release)
        {
            _owned?.Dispose();
        }
    }
}
