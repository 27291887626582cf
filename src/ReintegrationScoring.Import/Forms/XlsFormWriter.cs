using System;
using System.IO;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// Writes a <see cref="SurveyForm"/> as an XLSForm: an <c>.xlsx</c> workbook with the <c>survey</c>, <c>choices</c> and
/// <c>settings</c> sheets that KoboToolbox and ODK Central accept as a form definition (and that a programme can edit
/// in a spreadsheet before deploying). Labels, hints and messages have one column per language
/// (<c>label::English (en)</c>, <c>label::Français (fr)</c>, …); <c>form_id</c> and <c>version</c> are the catalog's.
/// </summary>
/// <remarks>The same form always gives the same bytes: fixed time stamps and part ids in the package.</remarks>
public static class XlsFormWriter
{
    /// <summary>Writes <paramref name="form"/> to <paramref name="output"/>; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    /// <param name="output">The stream the XLSForm workbook is written to.</param>
    /// <param name="form">The form to write.</param>
    public static void Write(Stream output, SurveyForm form)
    {
        Preconditions.NotNull(output, nameof(output));
        Preconditions.NotNull(form, nameof(form));
        SpreadsheetTables.Write(output, XlsFormSheets.All(form));
    }
}
