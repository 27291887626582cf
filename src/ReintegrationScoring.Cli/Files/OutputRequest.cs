namespace ReintegrationScoring.Cli.Files;

/// <summary>One output a command asks <see cref="CommandFiles.CreateOutputs"/> for.</summary>
/// <param name="Path">The path as the user gave it; null or <c>-</c> for standard output.</param>
/// <param name="Role">The option that names it (<c>--out</c>), for messages.</param>
/// <param name="Audience">Who reads it: decides the default <see cref="OutputTarget.Formulas"/>.</param>
internal sealed record OutputRequest(string? Path, string Role, OutputAudience Audience = OutputAudience.Programs)
{
    /// <summary>Standard output, for commands that have no <c>--out</c> option.</summary>
    public static OutputRequest StandardOutput(OutputAudience audience = OutputAudience.Programs) => new(null, "standard output", audience);

    /// <summary>Whether the request is for standard output.</summary>
    public bool IsStandardOutput => Path is null or "-";
}
