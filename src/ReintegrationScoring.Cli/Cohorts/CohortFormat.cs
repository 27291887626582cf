namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>The output formats of the cohort commands.</summary>
internal enum CohortFormat
{
    /// <summary>Comma-separated, one header row (the documented contract).</summary>
    Csv,

    /// <summary>One JSON object: provenance and rows.</summary>
    Json,

    /// <summary>A provenance line and a GitHub-flavoured table.</summary>
    Markdown,
}
