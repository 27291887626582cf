using System;
using System.IO;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// Standard input or output as the tool found it: the stream, or none when the caller closed it (<c>&gt;&amp;-</c>),
/// and on Unix the descriptor, whose identity is compared with the files a command reads and writes.
/// </summary>
internal sealed class StandardStream
{
    private readonly Lazy<Stream?> _stream;

    /// <param name="name">"standard input" or "standard output", for messages.</param>
    /// <param name="stream">The stream, or null when closed.</param>
    /// <param name="descriptor">The descriptor (Unix), or null (tests, Windows).</param>
    public StandardStream(string name, Stream? stream, SafeFileHandle? descriptor = null)
        : this(name, () => stream, descriptor)
    {
    }

    private StandardStream(string name, Func<Stream?> open, SafeFileHandle? descriptor)
    {
        Name = name;
        _stream = new Lazy<Stream?>(open);
        Descriptor = descriptor;
    }

    public string Name { get; }

    /// <summary>The stream (opened when first used), or null when it was closed before the tool started.</summary>
    public Stream? Stream => _stream.Value;

    public SafeFileHandle? Descriptor { get; }

    /// <summary>Descriptor <paramref name="number"/> of this process, or a closed stream when the parent did not hand it over.</summary>
    /// <remarks>
    /// A descriptor the parent closed is taken by the runtime's own files and pipes before <c>Main</c> runs; those are
    /// opened close-on-exec, the inherited ones are not, and writing to them would corrupt the runtime's pipes.
    /// </remarks>
    public static StandardStream ForProcess(int number, string name, FileAccess access)
    {
        if (OperatingSystem.IsWindows())
        {
            return new StandardStream(name, () => access == FileAccess.Read ? Console.OpenStandardInput() : Console.OpenStandardOutput(), null);
        }

        return Libc.IsInherited(number) ? ForDescriptor(number, name, access) : new StandardStream(name, null);
    }

    [UnsupportedOSPlatform("windows")]
    private static StandardStream ForDescriptor(int number, string name, FileAccess access)
    {
        var descriptor = new SafeFileHandle(number, ownsHandle: false);
        return new StandardStream(name, () => access == FileAccess.Read ? Console.OpenStandardInput() : new DescriptorStream(descriptor), descriptor);
    }

    /// <summary>Standard error as a writer, or <see cref="TextWriter.Null"/> when it was closed.</summary>
    public static TextWriter ErrorForProcess(Encoding encoding)
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Error;
        }

        var error = ForProcess(2, "standard error", FileAccess.Write);
        return error.Stream is null ? TextWriter.Null : new StreamWriter(error.Stream, encoding, 1024, leaveOpen: true);
    }
}
