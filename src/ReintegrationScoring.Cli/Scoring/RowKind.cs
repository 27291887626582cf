namespace ReintegrationScoring.Cli.Scoring;

/// <summary>What an input row is, and once scored, what became of it.</summary>
internal enum RowKind
{
    /// <summary>A data row not scored yet.</summary>
    Unscored = 0,

    /// <summary>An empty line: not a data row, nothing is written for it.</summary>
    Blank = 1,

    /// <summary>All four scores computed.</summary>
    Ok = 2,

    /// <summary>Valid, but at least one score not computable.</summary>
    Incomplete = 3,

    /// <summary>The row is invalid; all scores empty.</summary>
    Error = 4,

    /// <summary>A quoted field runs to the end of the file: the whole input is refused.</summary>
    UnterminatedQuote = 5,

    /// <summary>The row holds bytes that are not UTF-8: the whole input is refused.</summary>
    NotUtf8 = 6,
}
