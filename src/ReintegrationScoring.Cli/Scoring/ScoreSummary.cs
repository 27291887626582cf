using System;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>What a scoring run did: rows by status, duplicate pairs found, and how long it took.</summary>
internal readonly record struct ScoreSummary(long Ok, long Incomplete, long Error, long Duplicates, TimeSpan Elapsed)
{
    public long Rows => Ok + Incomplete + Error;
}
