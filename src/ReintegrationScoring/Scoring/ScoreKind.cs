namespace ReintegrationScoring;

/// <summary>The four scores of a survey: three dimension scores and the composite.</summary>
/// <remarks>The dimension values equal those of <see cref="Dimension"/>.</remarks>
public enum ScoreKind
{
    /// <summary>The economic dimension score (file code <c>economic</c>).</summary>
    Economic = Dimension.Economic,

    /// <summary>The social dimension score (file code <c>social</c>).</summary>
    Social = Dimension.Social,

    /// <summary>The psychosocial dimension score (file code <c>psychosocial</c>).</summary>
    Psychosocial = Dimension.Psychosocial,

    /// <summary>The composite reintegration score (file code <c>composite</c>).</summary>
    Composite = 3,
}
