namespace ReintegrationScoring.Cli.Output;

/// <summary>
/// How a text cell echoed from the input (a respondent id, a kept column) is written to CSV. A spreadsheet runs a cell
/// that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as a formula (CSV injection);
/// OWASP's neutralisation prefixes such a cell with an apostrophe, which spreadsheets show as text.
/// </summary>
internal enum FormulaPolicy
{
    /// <summary>Exactly as read: data files for programs (the default of <c>rss score</c>).</summary>
    Keep,

    /// <summary>Prefixed with <c>'</c> when it starts like a formula: files for people (<c>--neutralize-formulas</c>).</summary>
    Neutralize,
}
