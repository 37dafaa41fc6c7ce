using System.Reflection;

namespace NewsKit.Cli;

/// <summary>
/// Dispatches <c>newskit COMMAND ...</c> to its command, answers help and version requests, and turns usage errors
/// into exit code 2 and an output that cannot be written into exit code 1, each as one line on standard error.
/// </summary>
internal static class Cli
{
    private const string Overview = """
        newskit: parse news pages into typed articles with NewsKit.

        usage:
          newskit parse FILE|- [--url URL] [--format json|markdown|text] [--zone IANA] [--now ISO]
          newskit batch FOLDER|FILE --out FILE|DIR/|- [--format jsonl|parquet] [--parallel N] [--timeout SECONDS]
                        [--now ISO] [--urls FILE] [--shard K/N]
          newskit queue submit --nats URL [--urls FILE] PATH...
          newskit queue collect --nats URL --out FILE|- [--wait]
          newskit worker --nats URL [--parallel N] [--timeout SECONDS] [--now ISO] [--ack-wait SECONDS]
                         [--idle SECONDS]
          newskit time [--epoch] [--search] [--now ISO] [--zone IANA] [--culture NAME] [TEXT]
          newskit help [COMMAND]
          newskit --version

        commands:
          parse   one page (a file, or - for standard input; gzip accepted) to one article
          batch   every page file and WARC record under FOLDER (or one FILE), one row per page (JSON Lines
                  or Parquet), in shards and resumable
          queue   put pages (files, WARC records) on a NATS JetStream work queue, or collect the results
          worker  parse the pages on the queue, storing each result before acknowledging its job
          time    normalize one timestamp, or tab-separated lines from standard input
          help    this text, or a command's full help with every option and default

        newskit COMMAND --help (or -h, -?) gives the same as newskit help COMMAND.

        """ + ExitCodes.Help;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0)
        {
            console.Error.WriteLine(Overview);
            return ExitCodes.Usage;
        }

        var command = args[0];
        var rest = args.Skip(1).ToArray();
        try
        {
            return await RunCommandAsync(command, rest, console).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"newskit {command}: {ex.Message}");
            console.Error.WriteLine($"usage: {UsageOf(command)}");
            console.Error.WriteLine($"(newskit help {command} lists every option)");
            return ExitCodes.Usage;
        }
        catch (IOException ex)
        {
            // Reading is handled where it happens (a missing file is a message of its own); what reaches here is a
            // write to standard output that failed: a full disk, a closed pipe, /dev/full.
            console.Error.WriteLine($"newskit {command}: cannot write the output: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> RunCommandAsync(string command, string[] rest, CliConsole console)
    {
        if (CommandLine.IsHelp(command))
        {
            console.Out.WriteLine(Overview);
            return ExitCodes.Ok;
        }

        if (command is "--version" or "version")
        {
            console.Out.WriteLine("newskit " + Version);
            return ExitCodes.Ok;
        }

        if (command == "help")
        {
            if (rest.Length == 0)
            {
                console.Out.WriteLine(Overview);
                return ExitCodes.Ok;
            }

            if (rest.Length == 1 && HelpOf(rest[0]) is { } help)
            {
                console.Out.WriteLine(help);
                return ExitCodes.Ok;
            }

            console.Error.WriteLine($"newskit help: no command '{string.Join(' ', rest)}'; the commands are parse, batch, queue, worker and time");
            return ExitCodes.Usage;
        }

        if (HelpOf(command) is not { } commandHelp)
        {
            console.Error.WriteLine($"newskit: unknown command '{command}'");
            console.Error.WriteLine(Overview);
            return ExitCodes.Usage;
        }

        if (CommandLine.AsksForHelp(rest))
        {
            console.Out.WriteLine(commandHelp);
            return ExitCodes.Ok;
        }

        return command switch
        {
            "parse" => ParseCommand.Run(rest, console),
            "batch" => await BatchCommand.RunAsync(rest, console).ConfigureAwait(false),
            "queue" => await QueueCommand.RunAsync(rest, console).ConfigureAwait(false),
            "worker" => await WorkerCommand.RunAsync(rest, console).ConfigureAwait(false),
            _ => TimeCommand.Run(rest, console),
        };
    }

    /// <summary>The version of the command (its informational version, without the source revision).</summary>
    public static string Version
    {
        get
        {
            var version = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus > 0 ? version[..plus] : version;
        }
    }

    private static string? HelpOf(string command) => command switch
    {
        "parse" => ParseCommand.Help,
        "batch" => BatchCommand.Help,
        "queue" => QueueCommand.Help,
        "worker" => WorkerCommand.Help,
        "time" => TimeCommand.Help,
        _ => null,
    };

    private static string UsageOf(string command) => command switch
    {
        "parse" => ParseCommand.Usage,
        "batch" => BatchCommand.Usage,
        "queue" => QueueCommand.Usage,
        "worker" => WorkerCommand.Usage,
        "time" => TimeCommand.Usage,
        _ => "newskit COMMAND ...",
    };
}
