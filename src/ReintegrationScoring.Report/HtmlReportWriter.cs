using System;
using System.IO;
using System.Text;
using ReintegrationScoring.Report.Html;

namespace ReintegrationScoring.Report;

/// <summary>
/// Writes a <see cref="CohortReport"/> as one self-contained HTML page: inline style sheet and SVG charts, no script,
/// no font and no reference to anything outside the file, so it opens offline from a file, an e-mail or a USB stick,
/// and prints to A4. Every chart has a caption, a text alternative and its figures as a table. The page's size depends
/// on the number of groups, not on the number of surveys.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The page as a string.</summary>
    /// <param name="report">The figures to show.</param>
    /// <param name="language">The language of every text and number on the page.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string ToHtml(CohortReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "The language is English or French.");
        }

        return ReportPage.Write(report, language);
    }

    /// <summary>Writes the page to <paramref name="output"/> in UTF-8, without a byte-order mark.</summary>
    /// <param name="report">The figures to show.</param>
    /// <param name="language">The language of every text and number on the page.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static void Write(CohortReport report, ReportLanguage language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(ToHtml(report, language));
        output.Write(bytes, 0, bytes.Length);
    }
}
