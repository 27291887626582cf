using System;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// A JSON document does not have the documented shape. <see cref="JsonException.Path"/> says where (e.g.
/// <c>$.weights[3].dimensional</c>) and <see cref="Reason"/> says what is wrong; neither repeats the value read.
/// </summary>
public sealed class RssJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    public RssJsonException(string path, string reason, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base($"{path}: {reason}", path, lineNumber, bytePositionInLine, innerException)
    {
        Reason = reason;
    }

    /// <summary>What is wrong at <see cref="JsonException.Path"/>.</summary>
    public string Reason { get; }
}
