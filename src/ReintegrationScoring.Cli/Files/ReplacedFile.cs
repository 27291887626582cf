using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// A regular file written atomically: into a temporary file in the target's folder (on Linux one without a name,
/// <c>O_TMPFILE</c>, so that even <c>SIGKILL</c> leaves nothing), which <see cref="CommandFiles.Commit"/> names, then
/// swaps with the target (Linux <c>renameat2(RENAME_EXCHANGE)</c>, so the swap can be undone while other outputs are
/// committed) or renames over it. The replacement keeps the replaced file's permissions (and owner, where allowed); a
/// new file gets the permissions the umask allows, and the temporary file never more.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "CommandFiles releases every target through Discard, after commit or on failure; a command must not dispose one itself.")]
internal sealed class ReplacedFile : OutputTarget
{
    private const UnixFileMode NewFileMode = (UnixFileMode)0x1B6;
    private const uint RenameNoReplace = 1;

    private readonly string _target;
    private readonly FileStatus _previous;
    private readonly FileSystemFeatures _features;
    private readonly SafeFileHandle _handle;
    private readonly IDisposable _owner;
    private readonly OutputStream _stream;
    private string? _temporary;
    private Step _step;

    private ReplacedFile(OutputRequest request, string name, string target, FileStatus previous, FileSystemFeatures features, SafeFileHandle handle, IDisposable owner, string? temporary, Func<Stream, Stream>? filter)
        : base(request, name)
    {
        _target = target;
        _previous = previous;
        _features = features;
        _handle = handle;
        _owner = owner;
        _temporary = temporary;
        Stream raw = OperatingSystem.IsWindows() ? (Stream)owner : new DescriptorStream(handle);
        _stream = new OutputStream(filter?.Invoke(raw) ?? raw, name, () => Sync(raw));
    }

    private enum Step
    {
        Writing,
        Named,
        Exchanged,
        Created,
        Replaced,
        Committed,
        Discarded,
    }

    public override OutputStream Stream => _stream;

    public override bool IsStream => false;

    /// <summary>Whether the target existed (and is replaced rather than created).</summary>
    public bool Replaces => _previous.Kind == FileKind.Regular;

    /// <summary>Creates the temporary file for <paramref name="target"/>, after sweeping stale ones from its folder.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The path as given, for messages.</param>
    /// <param name="target">The full path of the file to replace or create (symbolic links already followed).</param>
    /// <param name="previous">The target's status: <see cref="FileKind.Regular"/> or <see cref="FileKind.Missing"/>.</param>
    /// <param name="features">What the platform offers.</param>
    /// <param name="filter">Wraps the stream (tests inject faults).</param>
    /// <exception cref="CliException">The temporary file cannot be created.</exception>
    public static ReplacedFile Create(OutputRequest request, string name, string target, FileStatus previous, FileSystemFeatures features, Func<Stream, Stream>? filter)
    {
        var folder = Path.GetDirectoryName(target) ?? throw new CliException($"{name}: not a file path");
        TemporaryFiles.SweepStale(folder);
        var mode = previous.Kind == FileKind.Regular ? previous.Mode : NewFileMode;
        try
        {
            if (OperatingSystem.IsLinux() && features.NamelessTemporaryFiles)
            {
                var descriptor = Libc.OpenNameless(folder, (uint)mode);
                if (descriptor >= 0)
                {
                    var handle = new SafeFileHandle(descriptor, ownsHandle: true);
                    return new ReplacedFile(request, name, target, previous, features, handle, handle, null, filter);
                }

                var error = Marshal.GetLastPInvokeError();
                if (error is not (Libc.Errors.Invalid or Libc.Errors.NotSupported or 21))
                {
                    throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
                }

                // This file system has no nameless files: a named temporary file, swept by the next run if killed.
            }

            var temporary = TemporaryFiles.NameFor(target);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = mode;
            }

            var file = new FileStream(temporary, options);
            return new ReplacedFile(request, name, target, previous, features, file.SafeFileHandle, file, temporary, filter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{name}: cannot create a file in that folder ({e.Message.TrimEnd('.')})", e);
        }
    }

    internal override void Finish()
    {
        base.Finish();
        _stream.Sync();
    }

    /// <summary>Gives the temporary file a name and the replaced file's permissions and owner.</summary>
    /// <exception cref="OutputException">It cannot be named.</exception>
    internal void Link()
    {
        if (!OperatingSystem.IsWindows() && Replaces)
        {
            if (Libc.ChangeOwner(_handle, _previous.Owner, _previous.Group) != 0)
            {
                // Only root may give a file away; keeping the group is still worth trying.
                _ = Libc.ChangeOwner(_handle, uint.MaxValue, _previous.Group);
            }

            File.SetUnixFileMode(_handle, _previous.Mode);
        }

        if (_temporary is null && OperatingSystem.IsLinux())
        {
            var temporary = TemporaryFiles.NameFor(_target);
            var descriptor = string.Create(CultureInfo.InvariantCulture, $"/proc/self/fd/{_handle.DangerousGetHandle()}");
            if (Libc.LinkAt(Libc.AtFileDescriptorOfCurrentFolder, descriptor, Libc.AtFileDescriptorOfCurrentFolder, temporary, Libc.AtSymbolicLinkFollow) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (Libc.LinkAt(_handle, string.Empty, Libc.AtFileDescriptorOfCurrentFolder, temporary, Libc.AtEmptyPath) != 0)
                {
                    throw Failure(error);
                }
            }

            _temporary = temporary;
        }

        _step = Step.Named;
    }

    /// <summary>Puts the named file (<see cref="Link"/>) in place: swapped with the old one where possible, so that <see cref="SwapBack"/> can undo it.</summary>
    /// <exception cref="OutputException">It cannot be put in place; the target is unchanged.</exception>
    internal void SwapIn()
    {
        var temporary = _temporary!;
        if (OperatingSystem.IsLinux() && _features.AtomicExchange)
        {
            try
            {
                if (Libc.RenameAt2(Libc.AtFileDescriptorOfCurrentFolder, temporary, Libc.AtFileDescriptorOfCurrentFolder, _target, Libc.RenameExchange) == 0)
                {
                    _step = Step.Exchanged;
                    return;
                }

                var error = Marshal.GetLastPInvokeError();
                if (error == Libc.Errors.NoEntry
                    && Libc.RenameAt2(Libc.AtFileDescriptorOfCurrentFolder, temporary, Libc.AtFileDescriptorOfCurrentFolder, _target, RenameNoReplace) == 0)
                {
                    _step = Step.Created;
                    return;
                }

                if (error is not (Libc.Errors.Invalid or Libc.Errors.NotImplemented or Libc.Errors.NotSupported or Libc.Errors.NoEntry))
                {
                    throw Failure(error);
                }
            }
            catch (EntryPointNotFoundException)
            {
                // A C library without renameat2: rename as elsewhere.
            }
        }

        var existed = File.Exists(_target);
        try
        {
            File.Move(temporary, _target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(OutputFailure.Other, OutputException.Describe(OutputFailure.Other, Name, e.Message), OutputException.NothingChanged, e);
        }

        _step = existed ? Step.Replaced : Step.Created;
    }

    /// <summary>Undoes <see cref="SwapIn"/>: the old file back in place (or the new one removed).</summary>
    /// <returns>Whether the target is as it was; false after a plain rename over an existing file, which cannot be undone.</returns>
    internal bool SwapBack()
    {
        try
        {
            switch (_step)
            {
                case Step.Exchanged when OperatingSystem.IsLinux():
                    if (Libc.RenameAt2(Libc.AtFileDescriptorOfCurrentFolder, _temporary!, Libc.AtFileDescriptorOfCurrentFolder, _target, Libc.RenameExchange) != 0)
                    {
                        return false;
                    }

                    break;
                case Step.Created:
                    File.Move(_target, _temporary!);
                    break;
                case Step.Replaced:
                    return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        _step = Step.Named;
        return true;
    }

    /// <summary>Ends a successful commit: the old content, which the swap left under the temporary name, is deleted.</summary>
    internal void Complete()
    {
        if (_step == Step.Exchanged)
        {
            DeleteQuietly(_temporary!);
        }

        _step = Step.Committed;
        Release();
    }

    /// <summary>What the target holds after a failed commit, for the message.</summary>
    internal string Outcome() => _step switch
    {
        Step.Exchanged => $"{Request.Role} {Name} now holds this run's output (its previous content is in {_temporary})",
        Step.Created or Step.Replaced => $"{Request.Role} {Name} now holds this run's output",
        _ when Replaces => $"{Request.Role} {Name} still holds its previous content",
        _ => $"{Request.Role} {Name} was not created",
    };

    internal override void Discard(bool release)
    {
        if (_step is Step.Writing or Step.Named && _temporary is not null)
        {
            DeleteQuietly(_temporary);
        }

        if (_step is not Step.Committed)
        {
            _step = Step.Discarded;
        }

        if (release)
        {
            Release();
        }
    }

    private static void Sync(Stream raw)
    {
        switch (raw)
        {
            case FileStream file:
                file.Flush(flushToDisk: true);
                break;
            case DescriptorStream descriptor when !OperatingSystem.IsWindows():
                descriptor.Sync();
                break;
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's sweep of stale temporary files.
        }
    }

    private OutputException Failure(int error)
    {
        var failure = OutputException.Classify(error);
        return new(failure, OutputException.Describe(failure, Name, Marshal.GetPInvokeErrorMessage(error)));
    }

    private void Release()
    {
        _stream.Dispose();
        _owner.Dispose();
    }
}
