namespace ReintegrationScoring.Cli.Files;

/// <summary>What a path names, which decides how it is written: never by the path's spelling.</summary>
internal enum FileKind
{
    /// <summary>Nothing yet: created as a regular file.</summary>
    Missing,

    /// <summary>A regular file: replaced atomically.</summary>
    Regular,

    Directory,

    /// <summary>A terminal, <c>/dev/null</c>…: written as a stream.</summary>
    CharacterDevice,

    /// <summary>A disk: refused.</summary>
    BlockDevice,

    /// <summary>A named pipe: written as a stream, stays a pipe.</summary>
    Fifo,

    /// <summary>A Unix domain socket: connected to and written as a stream.</summary>
    Socket,

    /// <summary>A descriptor of an unknown type (anything the platform cannot tell).</summary>
    Other,
}
