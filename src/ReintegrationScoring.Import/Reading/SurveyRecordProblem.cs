namespace ReintegrationScoring.Import;

/// <summary>Why a row could not become a response: the column and the reason, never the cell's content.</summary>
public sealed record SurveyRecordProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="column">The column (as the export names it, or the canonical name), or <c>row</c> for the whole row.</param>
    /// <param name="reason">What is wrong, without the cell's text.</param>
    public SurveyRecordProblem(string column, string reason)
    {
        Column = column;
        Reason = reason;
    }

    /// <summary>The column, or <c>row</c>.</summary>
    public string Column { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    /// <summary>As the tool writes it in its <c>detail</c> column: <c>column: reason</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() => $"{Column}: {Reason}";
}
