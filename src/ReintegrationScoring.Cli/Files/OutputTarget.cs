using System.IO;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// One output of a command, made by <see cref="CommandFiles.CreateOutputs"/>: write to <see cref="Writer"/> (text) or
/// <see cref="Stream"/> (bytes), then call <see cref="CommandFiles.Commit"/>. Until then a file output is a temporary
/// file; a stream output (standard output, a pipe, a device) receives the data as it is written.
/// </summary>
internal abstract class OutputTarget
{
    private const int WriterBufferSize = 1 << 16;

    private TextWriter? _writer;

    protected OutputTarget(OutputRequest request, string name)
    {
        Request = request;
        Name = name;
    }

    /// <summary>The path as the user gave it, or "standard output", for messages.</summary>
    public string Name { get; }

    public OutputRequest Request { get; }

    /// <summary>How text cells echoed from the input are written: neutralized by default for people, as read for programs.</summary>
    public FormulaPolicy Formulas => Request.Audience == OutputAudience.People ? FormulaPolicy.Neutralize : FormulaPolicy.Keep;

    /// <summary>The bytes of the output; failures are <see cref="OutputException"/>s naming it.</summary>
    public abstract OutputStream Stream { get; }

    /// <summary>UTF-8 text (no byte-order mark) over <see cref="Stream"/>; flushed by <see cref="CommandFiles.Commit"/>.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(Stream, RssApp.Utf8, WriterBufferSize, leaveOpen: true);

    /// <summary>Whether what is written reaches the destination at once (and cannot be taken back on failure).</summary>
    public abstract bool IsStream { get; }

    /// <summary>Writes out everything buffered; for a file, also puts it on disk, where a full disk may only now show.</summary>
    /// <exception cref="OutputException">The output cannot be written.</exception>
    internal virtual void Finish()
    {
        _writer?.Flush();
        Stream.Flush();
    }

    /// <summary>Gives up the output: a temporary file is deleted; with <paramref name="release"/>, descriptors are closed too.</summary>
    /// <remarks>Called from the signal thread with <paramref name="release"/> false while the command may still be writing.</remarks>
    internal abstract void Discard(bool release);
}
