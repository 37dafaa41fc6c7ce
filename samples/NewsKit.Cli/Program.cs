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
        try
        {
            var code = await Cli.RunAsync(args, console).ConfigureAwait(false);
            Console.Out.Flush();
            return code;
        }
        catch (IOException ex)
        {
            // Flushing standard output at the end failed (a full disk, a closed pipe).
            return Report($"newskit: cannot write the output: {ex.Message}", ExitCodes.Failure);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return Report("newskit: cancelled", ExitCodes.Failure);
        }
#pragma warning disable CA1031 // The last resort of a command line tool: one line instead of a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Report($"newskit: internal error (a NewsKit bug; please report it): {ex.GetType().Name}: {ex.Message}", ExitCodes.Internal);
        }
    }

    private static int Report(string message, int code)
    {
        try
        {
            Console.Error.WriteLine(message);
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code alone says it.
        }

        return code;
    }
}
