using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>One data row of a table: where it is, its cells (unescaped, not trimmed), and any problem of its shape.</summary>
/// <param name="LineNumber">The line (CSV), sheet row (XLSX) or record number (JSON) where the row starts.</param>
/// <param name="Cells">The row's cells, in header order; fewer or more than the header when the row is ragged.</param>
/// <param name="Problems">What is wrong with the row's shape (e.g. a JSON record that is not an object), or null.</param>
internal sealed record TableRow(long LineNumber, string[] Cells, IReadOnlyList<SurveyRecordProblem>? Problems = null);
