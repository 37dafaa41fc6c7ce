using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit parse FILE|- [--url URL] [--format json|markdown|text] [--zone IANA] [--now ISO]</c>: one page to
/// one article on standard output. A page that gives no article is one line on standard error and exit code 1.
/// </summary>
internal static class ParseCommand
{
    public const string Usage = "newskit parse FILE|- [--url URL] [--format json|markdown|text] [--zone IANA] [--now ISO]";

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--url", "--format", "--zone", "--now");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("parse takes one FILE, or - for standard input");
        }

        var format = line["--format"] ?? "json";
        if (format is not ("json" or "markdown" or "text"))
        {
            throw new UsageException($"--format: '{format}' is not json, markdown or text");
        }

        var url = line["--url"] is { } u ? OptionValues.Url(u, out var why) ?? throw OptionValues.Bad("--url", why) : null;
        var options = ArticleParserOptions.Default;
        if (line["--zone"] is { } zoneId)
        {
            options = options with { DefaultZone = OptionValues.Zone(zoneId, out var why2) ?? throw OptionValues.Bad("--zone", why2) };
        }

        if (line["--now"] is { } now)
        {
            options = options with { Clock = new FixedClock(OptionValues.Instant(now, out var why3) ?? throw OptionValues.Bad("--now", why3)) };
        }

        var path = line.Positionals[0];
        var name = path == "-" ? "standard input" : path;
        PageBytes page;
        if (path == "-")
        {
            using var input = console.OpenInput();
            page = PageFile.Read(input, options.MaxInputBytes);
        }
        else
        {
            page = PageFile.Read(path, options.MaxInputBytes);
        }

        if (page.Error is { } error)
        {
            console.Error.WriteLine($"newskit: {name}: {error}");
            return ExitCodes.Failure;
        }

        var result = new ArticleParser(options).Parse(page.Bytes, url, cancellationToken: console.Cancellation);
        if (!result.Success)
        {
            console.Error.WriteLine($"newskit: {name}: no article ({ArticleJson.Name(result.Failure)}): {result.Reason}");
            return ExitCodes.Failure;
        }

        console.Out.Write(format switch
        {
            "markdown" => ArticleText.ToMarkdown(result.Article),
            "text" => ArticleText.ToText(result.Article),
            _ => ToJson(result.Article),
        });
        return ExitCodes.Ok;
    }

    private static string ToJson(Models.Article article)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: true)))
        {
            ArticleJson.Write(json, article);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
