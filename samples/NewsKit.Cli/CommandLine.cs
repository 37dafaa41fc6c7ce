namespace NewsKit.Cli;

/// <summary>
/// A command's arguments split into positional arguments and options with values. Options are written
/// <c>--name value</c> or <c>--name=value</c>; <c>-</c> is a positional argument (standard input) and <c>--</c>
/// makes every later argument positional.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> values;

    private CommandLine(IReadOnlyList<string> positionals, Dictionary<string, string> values)
    {
        Positionals = positionals;
        this.values = values;
    }

    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>The value of an option, or null when it was not given.</summary>
    public string? this[string option] => values.GetValueOrDefault(option);

    /// <summary>Whether the arguments ask for help (<c>-h</c> or <c>--help</c> before any <c>--</c>).</summary>
    public static bool AsksForHelp(IEnumerable<string> args) =>
        args.TakeWhile(a => a != "--").Any(a => a is "-h" or "--help");

    /// <summary>Splits <paramref name="args"/>, accepting only the options named in <paramref name="options"/>.</summary>
    /// <exception cref="UsageException">An unknown option, an option without a value, or an option given twice.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args, params string[] options)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (!options.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException($"unknown option '{name}'");
            }

            string value;
            if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option '{name}' needs a value");
            }

            if (!values.TryAdd(name, value))
            {
                throw new UsageException($"option '{name}' is given twice");
            }
        }

        return new CommandLine(positionals, values);
    }
}

/// <summary>The command line is wrong; the message says how, and the process exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
