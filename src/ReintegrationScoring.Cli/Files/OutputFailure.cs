namespace ReintegrationScoring.Cli.Files;

/// <summary>Why an output could not be written: what the message says and which exit code the tool returns.</summary>
internal enum OutputFailure
{
    /// <summary>No space left on the device, or the disk quota is exceeded.</summary>
    DiskFull,

    /// <summary>The file size limit (<c>ulimit -f</c>) or the file system's largest file is reached.</summary>
    FileTooLarge,

    /// <summary>The reading end of a pipe was closed (<c>rss score … | head</c>).</summary>
    BrokenPipe,

    /// <summary>The stream was closed before the tool started (<c>&gt;&amp;-</c>).</summary>
    Closed,

    /// <summary>Some outputs were replaced and others not; the message says which file holds what.</summary>
    PartlyCommitted,

    /// <summary>Any other failure; the message gives the system's reason.</summary>
    Other,
}
