using System.Collections.Generic;
using System.Text;

namespace ReintegrationScoring.Import;

/// <summary>
/// The encodings a survey CSV may come in: UTF-8 (the default), windows-1252 (what Excel writes in Western Europe),
/// ISO-8859-1 and UTF-16 (with a byte-order mark). Invalid bytes decode to U+FFFD rather than failing, so that only a
/// column the tool reads can make it refuse the file.
/// </summary>
public static class TextEncodings
{
    /// <summary>The names <see cref="TryParse"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = new[] { "utf-8", "windows-1252", "iso-8859-1", "utf-16" };

    /// <summary>The replacement character invalid bytes decode to.</summary>
    internal const char Replacement = '\uFFFD';

    /// <summary>UTF-8 without a byte-order mark, invalid bytes replaced.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Finds an encoding by name (case ignored; <c>utf8</c>, <c>cp1252</c>, <c>latin1</c>, <c>utf-16le</c> also work).</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The encoding, or null when the name is not one of <see cref="Names"/>.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out Encoding? encoding)
    {
        encoding = (name ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => Utf8,
            "windows-1252" or "cp1252" or "1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252),
            "iso-8859-1" or "latin1" or "latin-1" => Encoding.Latin1,
            "utf-16" or "utf16" or "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: false),
            _ => null,
        };
        return encoding is not null;
    }
}
