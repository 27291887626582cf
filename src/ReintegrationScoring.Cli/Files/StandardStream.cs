using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// Standard input or output as the tool found it: the stream, or none when the caller closed it (<c>&gt;&amp;-</c>),
/// and on Unix the descriptor, whose identity is compared with the files a command reads and writes.
/// </summary>
internal sealed class StandardStream
{
    /// <param name="name">"standard input" or "standard output", for messages.</param>
    /// <param name="stream">The stream, or null when closed.</param>
    /// <param name="descriptor">The descriptor (Unix), or null (tests, Windows).</param>
    public StandardStream(string name, Stream? stream, SafeFileHandle? descriptor = null)
    {
        Name = name;
        Stream = stream;
        Descriptor = descriptor;
    }

    public string Name { get; }

    /// <summary>The stream, or null when it was closed before the tool started.</summary>
    public Stream? Stream { get; }

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
            var console = access == FileAccess.Read ? Console.OpenStandardInput() : Console.OpenStandardOutput();
            return new StandardStream(name, console);
        }

        if (!Libc.IsInherited(number))
        {
            return new StandardStream(name, null);
        }

        var descriptor = new SafeFileHandle(number, ownsHandle: false);
        Stream stream = access == FileAccess.Read ? new FileStream(descriptor, FileAccess.Read, 1) : new DescriptorStream(descriptor);
        return new StandardStream(name, stream, descriptor);
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
