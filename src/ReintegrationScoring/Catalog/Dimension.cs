namespace ReintegrationScoring;

/// <summary>The three dimensions of reintegration that the RSS scores separately.</summary>
/// <remarks>The numeric values are stable and index <see cref="ScoreSet"/>; <c>default</c> is <see cref="Economic"/>.</remarks>
public enum Dimension
{
    /// <summary>Economic self-sufficiency (file code <c>economic</c>).</summary>
    Economic = 0,

    /// <summary>Social stability: access to services and infrastructure (file code <c>social</c>).</summary>
    Social = 1,

    /// <summary>Psychosocial well-being (file code <c>psychosocial</c>).</summary>
    Psychosocial = 2,
}
