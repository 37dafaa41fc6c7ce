namespace NewsKit.Cli;

/// <summary>The process exit codes, the same for every command (the help of each command lists them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its job.</summary>
    public const int Ok = 0;

    /// <summary>
    /// An input or output failed: a missing or unreadable file or folder, an output that cannot be written, a page
    /// that gave no article (<c>parse</c>), a page on which the parser failed unexpectedly (<c>batch</c>).
    /// </summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: an unknown command or option, a missing or invalid value.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected error: a bug in NewsKit, reported in one line without a stack trace (EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>The lines of every command's help that list the exit codes.</summary>
    public const string Help = """
        exit codes:
          0   done
          1   a missing or unreadable input, a page with no article (parse), an output that cannot be
              written, a NATS server that cannot be reached, or a parser failure on some page (batch,
              worker)
          2   bad usage: an unknown command or option, a missing or invalid value
          70  an internal error (a NewsKit bug), reported in one line
        """;
}
