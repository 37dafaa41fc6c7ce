namespace NewsKit.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
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
}
