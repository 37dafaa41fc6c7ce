namespace NewsKit.Cli;

/// <summary>
/// The standard streams a command reads and writes, passed in rather than taken from <see cref="Console"/> so
/// that tests run the commands in-process with captured output.
/// </summary>
/// <param name="OpenInput">Opens standard input (read as bytes for pages, as UTF-8 lines for <c>time</c>).</param>
/// <param name="Out">Standard output: the results.</param>
/// <param name="Error">Standard error: progress, warnings and failures.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, where the progress bar redraws in place.</param>
/// <param name="Cancellation">Cancelled on Ctrl+C.</param>
internal sealed record CliConsole(Func<Stream> OpenInput, TextWriter Out, TextWriter Error, bool ErrorIsTerminal, CancellationToken Cancellation);
