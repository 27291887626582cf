using System.Linq;
using ReintegrationScoring.Cli.Files;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Cli.Input;

/// <summary>
/// Reads a custom instrument (a catalog in the instrument JSON format) for the commands. Every problem comes back as one
/// line naming the file and the place (JSON path, line and byte) or the catalog problem.
/// </summary>
internal static class InstrumentFile
{
    /// <summary>Reads the instrument at <paramref name="path"/>, opened through <paramref name="files"/> so that no output may replace it.</summary>
    /// <exception cref="CliException">The file cannot be read or is not a valid instrument.</exception>
    public static Catalog Load(CommandFiles files, string path)
    {
        var stream = files.OpenInput(path, "instrument file");
        try
        {
            return InstrumentJson.Read(stream);
        }
        catch (RssJsonException e)
        {
            var position = e.LineNumber is { } line
                ? $"line {line + 1}{(e.BytePositionInLine is { } column ? $", byte {column + 1}" : string.Empty)}: "
                : string.Empty;
            throw new CliException(e.Problems.Select(p => $"{path}: {position}{p.Path}: {p.Reason}").ToList());
        }
    }
}
