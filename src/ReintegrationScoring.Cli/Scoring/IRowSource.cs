using System;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>Where the pipeline's reader thread gets rows: a CSV parsed in place, or a table read as text (XLSX, JSON).</summary>
internal interface IRowSource : IDisposable
{
    /// <summary>The input's header, mapped.</summary>
    SurveyLayout Layout { get; }

    /// <summary>Fills <paramref name="batch"/> with the next rows, keeping the cells at <paramref name="fields"/>.</summary>
    /// <param name="batch">The batch to clear and fill.</param>
    /// <param name="fields">The indexes of the cells the tool reads, in the order the batch keeps them.</param>
    /// <returns>Whether any row was read.</returns>
    bool Fill(RowBatch batch, int[] fields);
}
