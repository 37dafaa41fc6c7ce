using System.Text;
using System.Text.Json;

namespace NewsKit.Cli.Tests;

/// <summary>One in-process run of the <c>newskit</c> command with captured standard streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string PagePath(string name) => Path.Combine(AppContext.BaseDirectory, "pages", name);

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync([], args);

    public static Task<CliRun> RunOnTerminalAsync(params string[] args) => RunWithInputAsync([], errorIsTerminal: true, args);

    public static Task<CliRun> RunWithInputAsync(string input, params string[] args) =>
        RunWithInputAsync(Encoding.UTF8.GetBytes(input), args);

    public static Task<CliRun> RunWithInputAsync(byte[] input, params string[] args) => RunWithInputAsync(input, errorIsTerminal: false, args);

    private static Task<CliRun> RunWithInputAsync(byte[] input, bool errorIsTerminal, string[] args) =>
        RunWithAsync(() => new MemoryStream(input, writable: false), null, errorIsTerminal, args);

    /// <summary>Runs with standard input from <paramref name="openInput"/> and, when given, standard output to <paramref name="output"/>.</summary>
    public static async Task<CliRun> RunWithAsync(Func<Stream> openInput, TextWriter? output, bool errorIsTerminal, params string[] args)
    {
        using var captured = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(openInput, output ?? captured, error, errorIsTerminal, CancellationToken.None);
        var code = await Cli.RunAsync(args, console);
        return new CliRun(code, captured.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }
}

internal static class JsonAssert
{
    /// <summary>Asserts that <paramref name="element"/> is an object with exactly these property names, in this order.</summary>
    public static void Names(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(names, element.EnumerateObject().Select(p => p.Name).ToArray());
    }
}
