using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The file codes of <see cref="MeasureProvenance"/> values, and the list of them.</summary>
public static class MeasureProvenances
{
    /// <summary>All provenances: custom, source table, reconstructed.</summary>
    public static IReadOnlyList<MeasureProvenance> All { get; } =
        Array.AsReadOnly(new[] { MeasureProvenance.Custom, MeasureProvenance.SourceTable, MeasureProvenance.Reconstructed });

    /// <summary>The stable lower-case code used in files.</summary>
    /// <param name="provenance">A defined provenance.</param>
    /// <returns><c>custom</c>, <c>source_table</c> or <c>reconstructed</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToCode(this MeasureProvenance provenance) => provenance switch
    {
        MeasureProvenance.Custom => "custom",
        MeasureProvenance.SourceTable => "source_table",
        MeasureProvenance.Reconstructed => "reconstructed",
        _ => throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "Expected custom, source_table or reconstructed."),
    };

    /// <summary>Parses a provenance code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="provenance">The provenance, or <c>default</c> when the text names none.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a provenance.</returns>
    public static bool TryParse(string? code, out MeasureProvenance provenance) => Codes.TryParse(code, All, ToCode, out provenance);
}
