namespace ReintegrationScoring.Json;

/// <summary>
/// The documented limits on JSON input. Larger or deeper input is rejected with an <see cref="RssJsonException"/>, never
/// truncated or guessed at.
/// </summary>
public static class JsonLimits
{
    /// <summary>The largest document read whole (a weight set, an instrument, a response, an array of responses, a result): 4 MiB.</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The longest record (one line, without its line break) of a JSON Lines stream: 1 MiB.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted: 16 levels.</summary>
    public const int MaxDepth = 16;
}
