using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using ReintegrationScoring.Cli.Input;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// The files of one command run: the one way every command reads its inputs and writes its outputs.
/// <code>
/// using var files = context.OpenFiles();
/// var input = files.OpenInput(path, "input file");                    // "-": standard input
/// var outputs = files.CreateOutputs(new OutputRequest(outPath, "--out"), explainPath is null ? null : new OutputRequest(explainPath, "--explain"));
/// outputs[0]!.Writer.Write(…);                                         // null or "-": standard output
/// files.Commit();                                                      // every output file, or none
/// </code>
/// What a command gets by using it: outputs compared by identity (device and inode) with every input and with each
/// other before anything is written; regular files written to temporary files and committed all together or not at
/// all, keeping the replaced file's permissions; FIFOs, devices, sockets and the process's own descriptors written
/// as streams; temporary files removed on every failure, on Ctrl+C, <c>SIGTERM</c> and <c>SIGHUP</c>, and (on Linux)
/// never named before commit, so that <c>SIGKILL</c> leaves nothing; write failures (full disk, <c>ulimit -f</c>,
/// broken pipe, closed stream) reported as <see cref="OutputException"/>s with their exit codes. See
/// <c>docs/security.md</c>.
/// </summary>
internal sealed class CommandFiles : IDisposable
{
    private const string StandardOutputName = "standard output";

    private readonly CliContext _context;
    private readonly List<Source> _inputs = [];
    private readonly List<Stream> _inputStreams = [];
    private readonly List<OutputTarget> _outputs = [];
    private readonly Lock _gate = new();
    private State _state;

    internal CommandFiles(CliContext context)
    {
        _context = context;
        context.Interruption.Track(this);
    }

    private enum State
    {
        Reading,
        Writing,
        Committed,
        Aborted,
    }

    /// <summary>Opens an input: a file, <c>-</c> or <c>/dev/stdin</c> for standard input, or <c>/dev/fd/N</c>.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="what">What the file is, for messages ("input file", "weight-set file").</param>
    /// <returns>The stream, read from its current position; closed with this object.</returns>
    /// <exception cref="CliException">It cannot be opened.</exception>
    /// <exception cref="InvalidOperationException">Outputs were already created.</exception>
    public Stream OpenInput(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_state != State.Reading)
        {
            throw new InvalidOperationException("Open every input before creating the outputs, so that each pair is compared.");
        }

        var number = path == "-" ? 0 : DescriptorPath.TryParse(Path.GetFullPath(path), out var descriptorNumber) ? descriptorNumber : -1;
        if (number == 0)
        {
            var standardInput = _context.StandardInput;
            if (standardInput.Stream is null)
            {
                throw new CliException($"standard input is closed; expected the {what}");
            }

            _inputs.Add(new Source(what, "standard input", Of(standardInput.Descriptor)));
            return standardInput.Stream;
        }

        Stream stream;
        FileStatus? status;
        if (number > 0)
        {
            var descriptor = Inherited(number, path);
            stream = new FileStream(descriptor, FileAccess.Read, 1);
            status = Of(descriptor);
        }
        else
        {
            var file = InputFile.Open(path, what);
            stream = file;
            status = Of(file.SafeFileHandle) ?? FileStatus.OfPath(SymbolicLinks.Follow(Path.GetFullPath(path), out _));
        }

        _inputStreams.Add(stream);
        _inputs.Add(new Source(what, path, status));
        return stream;
    }

    /// <summary>
    /// Creates the outputs, after checking that none is an input or another output: regular files as temporary files
    /// (committed by <see cref="Commit"/>), streams opened.
    /// </summary>
    /// <param name="requests">The outputs; a null request gives a null target (an option not given).</param>
    /// <returns>The targets, in the order of <paramref name="requests"/>.</returns>
    /// <exception cref="CliException">An output is an input or another output, a folder, a missing folder, or cannot be created.</exception>
    /// <exception cref="OutputException">Standard output is closed.</exception>
    public IReadOnlyList<OutputTarget?> CreateOutputs(params OutputRequest?[] requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        lock (_gate)
        {
            if (_state == State.Aborted)
            {
                throw new OperationCanceledException(_context.Cancellation);
            }

            if (_state != State.Reading)
            {
                throw new InvalidOperationException("Create every output in one call, so that each pair is compared.");
            }

            _state = State.Writing;
        }

        var destinations = requests.Select(r => r is null ? null : Destination.Resolve(r, _context)).ToArray();
        Check(destinations.OfType<Destination>().ToArray());
        var targets = new OutputTarget?[requests.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            if (destinations[i] is { } destination)
            {
                var target = destination.Open(_context);
                lock (_gate)
                {
                    _outputs.Add(target);
                }

                targets[i] = target;
            }
        }

        return targets;
    }

    /// <summary>
    /// Finishes every output and puts every output file in place, or none: a file that cannot be put in place undoes
    /// the ones already swapped in (where the file system can swap; otherwise the exception says which file holds what).
    /// </summary>
    /// <exception cref="OutputException">An output cannot be written or committed; nothing changed, unless <see cref="OutputException.Failure"/> is <see cref="OutputFailure.PartlyCommitted"/>.</exception>
    /// <exception cref="OperationCanceledException">The run was interrupted; nothing was committed.</exception>
    public void Commit()
    {
        var files = _outputs.OfType<ReplacedFile>().ToArray();
        foreach (var output in _outputs.Where(o => o.IsStream).Concat(files))
        {
            output.Finish();
        }

        lock (_gate)
        {
            if (_state == State.Aborted)
            {
                throw new OperationCanceledException(_context.Cancellation);
            }

            _context.Cancellation.ThrowIfCancellationRequested();
            foreach (var file in files)
            {
                file.Link();
            }

            for (var i = 0; i < files.Length; i++)
            {
                try
                {
                    files[i].SwapIn();
                }
                catch (OutputException e)
                {
                    throw RollBack(files, i, e);
                }
            }

            foreach (var file in files)
            {
                file.Complete();
            }

            _state = State.Committed;
        }
    }

    /// <summary>Discards every output not committed (temporary files deleted) and closes the inputs.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_state != State.Committed)
            {
                _state = State.Aborted;
            }

            foreach (var output in _outputs)
            {
                output.Discard(release: true);
            }
        }

        foreach (var stream in _inputStreams)
        {
            stream.Dispose();
        }

        _context.Interruption.Untrack(this);
    }

    /// <summary>Called on a forced stop, from another thread: deletes the temporary files, closes nothing.</summary>
    /// <returns>What is on disk now, for the message.</returns>
    internal string Abort()
    {
        lock (_gate)
        {
            if (_state == State.Committed)
            {
                return "the output files had already been written";
            }

            _state = State.Aborted;
            foreach (var output in _outputs)
            {
                output.Discard(release: false);
            }

            return OutputException.NothingChanged;
        }
    }

    private static FileStatus? Of(SafeFileHandle? descriptor) => descriptor is null ? null : FileStatus.OfDescriptor(descriptor);

    private static SafeFileHandle Inherited(int number, string path)
    {
        if (OperatingSystem.IsWindows() || !Libc.IsInherited(number))
        {
            throw new CliException($"{path}: descriptor {number} was not given to {RssApp.Name}");
        }

        return new SafeFileHandle(number, ownsHandle: false);
    }

    private static OutputException RollBack(ReplacedFile[] files, int failed, OutputException failure)
    {
        var restored = true;
        for (var i = failed - 1; i >= 0; i--)
        {
            restored &= files[i].SwapBack();
        }

        return restored
            ? new OutputException(failure.Failure, failure.Message, OutputException.NothingChanged, failure)
            : new OutputException(OutputFailure.PartlyCommitted, failure.Message, string.Join("; ", files.Select(f => f.Outcome())), failure);
    }

    /// <summary>Refuses an output that is an input, or two outputs that are one file (terminals and <c>/dev/null</c> may be shared).</summary>
    private void Check(Destination[] destinations)
    {
        foreach (var destination in destinations)
        {
            foreach (var input in _inputs)
            {
                if (Same(destination.Status, input.Status))
                {
                    throw new CliException(destination.Request.IsStandardOutput
                        ? $"standard output is the same file as the {input.What} {input.Name}; write to another file"
                        : $"{destination.Name}: {destination.Request.Role} is the same file as the {input.What} {input.Name}; choose another file");
                }
            }
        }

        for (var i = 0; i < destinations.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (earlier, later) = (destinations[j], destinations[i]);
                if (Same(earlier.Status, later.Status) || (earlier.IsStandardOutput && later.IsStandardOutput && earlier.Status is null))
                {
                    throw new CliException($"{later.Name}: {later.Request.Role} and {earlier.Request.Role} name the same file");
                }
            }
        }
    }

    private static bool Same(FileStatus? left, FileStatus? right) =>
        left is { } l && right is { } r && l.Identity == r.Identity && l.Kind != FileKind.CharacterDevice && r.Kind != FileKind.CharacterDevice;

    /// <summary>An input as opened: what it is, its name, and its status (null where the platform cannot tell).</summary>
    private sealed record Source(string What, string Name, FileStatus? Status);

    /// <summary>Where an output goes, resolved before anything is opened.</summary>
    private sealed record Destination(OutputRequest Request, string Name, string? FullPath, SafeFileHandle? Descriptor, FileStatus? Status)
    {
        public bool IsStandardOutput => Request.IsStandardOutput || Descriptor?.DangerousGetHandle() == 1;

        public static Destination Resolve(OutputRequest request, CliContext context)
        {
            if (request.IsStandardOutput)
            {
                return new Destination(request, StandardOutputName, null, null, Of(context.StandardOutput.Descriptor));
            }

            var name = request.Path!;
            var full = SymbolicLinks.Follow(Path.GetFullPath(name), out var number);
            if (number >= 0)
            {
                if (number == 1)
                {
                    return new Destination(request, name, null, null, Of(context.StandardOutput.Descriptor));
                }

                var descriptor = Inherited(number, name);
                return new Destination(request, name, null, descriptor, Of(descriptor));
            }

            var status = FileStatus.OfPath(full);
            switch (status.Kind)
            {
                case FileKind.Missing when !Directory.Exists(Path.GetDirectoryName(full)):
                    throw new CliException($"{name}: the folder does not exist");
                case FileKind.Directory:
                    throw new CliException($"{name}: is a folder; expected a file name");
                case FileKind.BlockDevice or FileKind.Other:
                    throw new CliException($"{name}: is a block device or another special file; expected a file, a FIFO or a character device");
            }

            return new Destination(request, name, full, null, status);
        }

        public OutputTarget Open(CliContext context)
        {
            if (FullPath is null)
            {
                return Descriptor is null
                    ? StreamOutput.ForStandardOutput(Request, Name, context.StandardOutput, context.OutputFilter)
                    : StreamOutput.ForDescriptor(Request, Name, Descriptor, context.OutputFilter);
            }

            var status = Status!.Value;
            return status.Kind is FileKind.Regular or FileKind.Missing
                ? ReplacedFile.Create(Request, Name, FullPath, status, context.Features, context.OutputFilter)
                : StreamOutput.Open(Request, Name, FullPath, status.Kind, context.OutputFilter);
        }
    }
}
