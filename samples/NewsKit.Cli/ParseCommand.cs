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

    public const string Help = "usage: " + Usage + """


        Parses one news page into one article and writes it to standard output.

        arguments:
          FILE              the page: an HTML file in any encoding, gzip-compressed or not (gzip is recognized by
                            its bytes, whatever the file's name); - reads standard input. At most 16 MiB, before
                            and after decompression.

        options:
          --url URL         the page's absolute http or https address, against which relative links resolve.
                            Default: the address the page gives itself (its canonical link, else og:url).
          --format FORMAT   json (the default), markdown or text.
          --zone IANA       the time zone of times the page writes without an offset, an IANA id such as
                            Europe/Minsk or UTC. Default: none; such times stay local times.
          --now ISO         the instant relative dates ("2 hours ago", "yesterday") are read against, ISO 8601
                            with Z or an offset, such as 2025-07-18T05:52:07Z. Default: the current time.
          -h, -?, --help    this help.

        output:
          json              one object: camelCase names, every name always present (null or empty when the
                            page had nothing), NodaTime values as ISO 8601 text, and last "warnings":
                            [{"kind", "message"}] for what the parse noticed without failing (a cut gzip
                            file, a wrong charset, limits reached, sources that disagree).
          markdown, text    the article for reading; warnings go to standard error, one line each.
          A page without an article writes nothing to standard output and one line to standard error.

        """ + ExitCodes.Help;

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
        if (result.Failure == ParseFailure.InternalError)
        {
            console.Error.WriteLine($"newskit: {name}: internal error (a NewsKit bug; please report it): {result.Reason}");
            return ExitCodes.Internal;
        }

        if (!result.Success)
        {
            console.Error.WriteLine($"newskit: {name}: no article ({ArticleJson.Name(result.Failure)}): {result.Reason}");
            return ExitCodes.Failure;
        }

        if (format == "json")
        {
            console.Out.Write(ToJson(result));
            return ExitCodes.Ok;
        }

        console.Out.Write(format == "markdown" ? ArticleText.ToMarkdown(result.Article) : ArticleText.ToText(result.Article));
        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine($"newskit: {name}: warning ({ArticleJson.Name(warning.Kind)}): {warning.Message}");
        }

        return ExitCodes.Ok;
    }

    private static string ToJson(ParseResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: true)))
        {
            ArticleJson.Write(json, result.Article!, result.Warnings);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
