namespace ReintegrationScoring.Report;

/// <summary>The languages a report is written in: every label, caption, axis and number format follows it.</summary>
public enum ReportLanguage
{
    /// <summary>English (<c>en</c>): decimal point, comma as thousands separator.</summary>
    English = 0,

    /// <summary>French (<c>fr</c>): decimal comma, narrow no-break space as thousands separator and before <c>%</c>.</summary>
    French = 1,
}
