using System.Reflection;

namespace NewsKit.Cli;

/// <summary>Dispatches <c>newskit COMMAND ...</c> to its command and turns usage errors into exit code 2.</summary>
internal static class Cli
{
    private const string Overview = """
        newskit: parse news pages into typed articles (NewsKit sample).

        usage:
          newskit parse FILE|- [--url URL] [--format json|markdown|text] [--zone IANA] [--now ISO]
          newskit batch FOLDER --out FILE.jsonl [--parallel N] [--timeout SECONDS]
          newskit time [--now ISO] [--zone IANA] [--culture NAME] [TEXT]

        parse   one page (a file, or - for standard input; gzip accepted) to one article
        batch   every .html, .htm and .html.gz under FOLDER, one JSON line per page
        time    normalize one timestamp, or tab-separated lines from standard input

        exit codes: 0 done, 1 unreadable input or no article, 2 bad usage
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0)
        {
            console.Error.Write(Overview);
            return ExitCodes.Usage;
        }

        var command = args[0];
        var rest = args.Skip(1).ToArray();
        if (command is "-h" or "--help" or "help")
        {
            console.Out.Write(Overview);
            return ExitCodes.Ok;
        }

        if (command == "--version")
        {
            console.Out.WriteLine(typeof(ArticleParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            return ExitCodes.Ok;
        }

        var usage = command switch
        {
            "parse" => ParseCommand.Usage,
            "batch" => BatchCommand.Usage,
            "time" => TimeCommand.Usage,
            _ => null,
        };
        if (usage is null)
        {
            console.Error.WriteLine($"newskit: unknown command '{command}'");
            console.Error.Write(Overview);
            return ExitCodes.Usage;
        }

        if (CommandLine.AsksForHelp(rest))
        {
            console.Out.WriteLine("usage: " + usage);
            return ExitCodes.Ok;
        }

        try
        {
            return command switch
            {
                "parse" => ParseCommand.Run(rest, console),
                "batch" => await BatchCommand.RunAsync(rest, console).ConfigureAwait(false),
                _ => TimeCommand.Run(rest, console),
            };
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"newskit {command}: {ex.Message}");
            console.Error.WriteLine("usage: " + usage);
            return ExitCodes.Usage;
        }
    }
}
