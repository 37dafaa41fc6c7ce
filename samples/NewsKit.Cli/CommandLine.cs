namespace NewsKit.Cli;

/// <summary>
/// A command's arguments split into positional arguments, options with values and flags. Options are written
/// <c>--name value</c> or <c>--name=value</c>, flags <c>--name</c>; <c>-</c> is a positional argument (standard
/// input) and <c>--</c> makes every later argument positional.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> values;
    private readonly HashSet<string> flags;

    private CommandLine(IReadOnlyList<string> positionals, Dictionary<string, string> values, HashSet<string> flags)
    {
        Positionals = positionals;
        this.values = values;
        this.flags = flags;
    }

    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>The value of an option, or null when it was not given.</summary>
    public string? this[string option] => values.GetValueOrDefault(option);

    /// <summary>Whether a flag was given.</summary>
    public bool Has(string flag) => flags.Contains(flag);

    /// <summary>Whether <paramref name="arg"/> asks for help: <c>-h</c>, <c>-?</c> or <c>--help</c>.</summary>
    public static bool IsHelp(string arg) => arg is "-h" or "-?" or "--help";

    /// <summary>Whether the arguments ask for help (<c>-h</c>, <c>-?</c> or <c>--help</c> before any <c>--</c>).</summary>
    public static bool AsksForHelp(IEnumerable<string> args) =>
        args.TakeWhile(a => a != "--").Any(IsHelp);

    /// <summary>Splits <paramref name="args"/>, accepting only the options named in <paramref name="options"/> (with a value).</summary>
    /// <exception cref="UsageException">An unknown option, an option without a value, or an option given twice.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args, params string[] options) => Parse(args, options, []);

    /// <summary>
    /// Splits <paramref name="args"/>, accepting only the options named in <paramref name="options"/> (with a value)
    /// and the flags named in <paramref name="flagNames"/> (without one).
    /// </summary>
    /// <exception cref="UsageException">An unknown option, an option without a value, a flag with one, or either given twice.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args, string[] options, string[] flagNames)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
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
            if (flagNames.Contains(name, StringComparer.Ordinal))
            {
                if (equals > 0)
                {
                    throw new UsageException($"option '{name}' takes no value");
                }

                if (!flags.Add(name))
                {
                    throw new UsageException($"option '{name}' is given twice");
                }

                continue;
            }

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

        return new CommandLine(positionals, values, flags);
    }
}

/// <summary>The command line is wrong; the message says how, and the process exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
