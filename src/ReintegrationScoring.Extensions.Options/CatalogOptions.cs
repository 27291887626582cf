namespace ReintegrationScoring.Extensions.Options;

/// <summary>Which catalog (instrument) to score: set at most one of <see cref="BuiltIn"/> and <see cref="File"/>; neither means the built-in one.</summary>
public sealed class CatalogOptions
{
    /// <summary>The id of a built-in catalog: <c>rss-reconstructed</c> (<see cref="RssCatalog.Id"/>).</summary>
    public string? BuiltIn { get; set; }

    /// <summary>The path of a JSON instrument file (see <c>docs/json-formats.md</c>); relative paths are resolved against <see cref="ReintegrationScoringOptions.BaseDirectory"/>.</summary>
    public string? File { get; set; }
}
