using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Cli;

/// <summary>
/// A usage or configuration error (exit code 2). Each line says where (file, line, column or JSON path) and what is
/// wrong, and never quotes a cell's value.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string line)
        : this(new[] { line })
    {
    }

    public CliException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines))
    {
        Lines = lines;
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        Lines = new[] { message };
    }

    public CliException(IReadOnlyList<string> lines, Exception innerException)
        : base(string.Join(Environment.NewLine, lines), innerException)
    {
        Lines = lines;
    }

    public IReadOnlyList<string> Lines { get; } = Array.Empty<string>();
}
