namespace ReintegrationScoring.Json;

/// <summary>The documented limits on JSON documents. Larger or deeper documents are rejected, not truncated.</summary>
public static class JsonLimits
{
    /// <summary>The largest weight-set or instrument document read: 4 MiB.</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting accepted: 16 levels.</summary>
    public const int MaxDepth = 16;
}
