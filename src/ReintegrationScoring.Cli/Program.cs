namespace ReintegrationScoring.Cli;

/// <summary>The <c>rss</c> executable: the process's descriptors and signals handed to <see cref="RssApp"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var context = CliContext.ForConsole();
        var exitCode = RssApp.Run(args, context);
        context.Interruption.Dispose();
        return exitCode;
    }
}
