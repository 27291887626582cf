namespace ReintegrationScoring.Cli;

/// <summary>The <c>rss</c> executable: the console's streams handed to <see cref="RssApp"/>.</summary>
internal static class Program
{
    private static int Main(string[] args) => RssApp.Run(args, CliContext.ForConsole());
}
