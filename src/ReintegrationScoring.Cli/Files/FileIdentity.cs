namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// Which file a path or descriptor reaches, whatever its spelling (symbolic links, hard links, <c>..</c>,
/// <c>/proc/self/fd/N</c>): the device and inode on Linux; a file not yet created is its folder's device and inode
/// with its name; where the platform has no inode, the resolved final path.
/// </summary>
/// <param name="Device">The device holding the file (or its folder).</param>
/// <param name="Inode">The file's (or its folder's) inode.</param>
/// <param name="Name">The name of a file not yet created in that folder, or the resolved path where there is no inode; otherwise null.</param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? Name);
