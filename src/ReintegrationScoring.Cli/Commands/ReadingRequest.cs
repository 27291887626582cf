using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Cli.Input;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>The reading options as given.</summary>
internal sealed record ReadingRequest(
    SurveyInputFormat Format,
    char? Delimiter,
    string Encoding,
    string IdColumn,
    string RoundColumn,
    string? Map,
    string? Instrument)
{
    /// <summary>The catalog the input answers: the RSS catalog, or the <c>--instrument</c> file's.</summary>
    /// <param name="files">Reads the instrument file.</param>
    /// <param name="weightsGiven">Whether <c>--weights</c> was given: a custom instrument needs its own weight set.</param>
    /// <exception cref="CliException">An instrument without <c>--weights</c>, or an instrument file that cannot be read.</exception>
    public Catalog LoadCatalog(CommandFiles files, bool weightsGiven)
    {
        if (Instrument is null)
        {
            return RssCatalog.Default;
        }

        return weightsGiven
            ? InstrumentFile.Load(files, Instrument)
            : throw new CliException("--instrument needs --weights FILE: a weight set for that instrument (rss weights validate checks one)");
    }

    /// <summary>The settings, with the mapping file read (through <paramref name="files"/>) and validated against <paramref name="catalog"/>.</summary>
    /// <exception cref="CliException">The mapping file cannot be read or has problems (every one listed).</exception>
    public ScoreInput ToScoreInput(CommandFiles files, Catalog catalog)
    {
        ColumnMapping? mapping = null;
        if (Map is not null)
        {
            try
            {
                mapping = ColumnMapping.Read(files.OpenInput(Map, "mapping file"), catalog, Map);
            }
            catch (SurveyReadException e)
            {
                throw new CliException(e.Problems, e);
            }
        }

        _ = TextEncodings.TryParse(Encoding, out var encoding);
        return new ScoreInput
        {
            Format = Format,
            Delimiter = Delimiter,
            Encoding = encoding,
            RespondentIdColumn = IdColumn,
            RoundColumn = RoundColumn,
            Mapping = mapping,
        };
    }
}
