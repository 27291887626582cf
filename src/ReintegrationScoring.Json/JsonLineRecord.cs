using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReintegrationScoring.Json;

/// <summary>
/// One record of a JSON Lines stream: its line number and either its value or every problem found in it. A bad record
/// never stops the stream nor affects its neighbours.
/// </summary>
/// <typeparam name="T">The type of the records' values.</typeparam>
public sealed class JsonLineRecord<T>
    where T : class
{
    private static readonly IReadOnlyList<JsonProblem> NoProblems = Array.AsReadOnly(Array.Empty<JsonProblem>());

    internal JsonLineRecord(long lineNumber, T value)
    {
        LineNumber = lineNumber;
        Value = value;
        Problems = NoProblems;
    }

    internal JsonLineRecord(long lineNumber, IReadOnlyList<JsonProblem> problems)
    {
        LineNumber = lineNumber;
        Problems = problems;
    }

    /// <summary>The one-based line of the record in the stream (blank lines count but yield no record).</summary>
    public long LineNumber { get; }

    /// <summary>The value read, or null when the record has problems.</summary>
    public T? Value { get; }

    /// <summary>Whether the record was read; <see cref="Value"/> is then not null and <see cref="Problems"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>Every problem of the record, with JSON paths relative to it (<c>$</c> is the record); empty when valid.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    /// <summary>Formats the record for logs without revealing its content.</summary>
    /// <returns>The line and <c>valid</c>, or the line and the problems: never the record's content.</returns>
    public override string ToString() =>
        IsValid
            ? string.Format(CultureInfo.InvariantCulture, "line {0}: valid", LineNumber)
            : string.Format(CultureInfo.InvariantCulture, "line {0}: {1}", LineNumber, string.Join("; ", Problems));
}
