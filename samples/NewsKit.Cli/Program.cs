namespace NewsKit.Cli;

/// <summary>The <c>newskit</c> command: parses news pages to JSON, Markdown or text, and normalizes timestamps.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var console = new CliConsole(Console.OpenStandardInput, Console.Out, Console.Error, !Console.IsErrorRedirected, cancel.Token);
        return await Cli.RunAsync(args, console).ConfigureAwait(false);
    }
}
