using System;
using System.Collections.Generic;
using System.Text;

namespace ReintegrationScoring.Import;

/// <summary>How <see cref="SurveyReader"/> reads a survey table. Only <see cref="Catalog"/> is required.</summary>
public sealed class SurveyReadOptions
{
    /// <summary>Creates options for tables of <paramref name="catalog"/>'s measures.</summary>
    /// <param name="catalog">The catalog whose measures the table answers.</param>
    public SurveyReadOptions(Catalog catalog) => Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>The catalog whose measures the table answers.</summary>
    public Catalog Catalog { get; }

    /// <summary>The table's kind; <see cref="SurveyInputFormat.Auto"/> (the default) goes by the input's name.</summary>
    public SurveyInputFormat Format { get; init; }

    /// <summary>A CSV's delimiter; null (the default) detects it among comma, semicolon and tab from the header.</summary>
    public char? Delimiter { get; init; }

    /// <summary>A CSV's encoding; null is UTF-8. A byte-order mark (UTF-8, UTF-16) always wins.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The name of the respondent-id column; <c>respondent_id</c> by default.</summary>
    public string RespondentIdColumn { get; init; } = FormNames.RespondentId;

    /// <summary>The name of the round column; <c>round</c> by default.</summary>
    public string RoundColumn { get; init; } = FormNames.Round;

    /// <summary>A programme's own form mapped onto the catalog, or null.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>
    /// The other columns to keep as attributes (matched ignoring case, kept under the name given here); null keeps
    /// every other column under its trimmed header name. A name that is no column of the table is refused.
    /// </summary>
    public IReadOnlyList<string>? AttributeColumns { get; init; }
}
