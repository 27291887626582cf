namespace ReintegrationScoring.Cli.Files;

/// <summary>Who reads an output, which decides how the text cells the tool echoes from its input are written.</summary>
internal enum OutputAudience
{
    /// <summary>A data file for programs (the scores CSV): cells exactly as read.</summary>
    Programs,

    /// <summary>A spreadsheet or page for people: cells that a spreadsheet would run as formulas are neutralized.</summary>
    People,
}
