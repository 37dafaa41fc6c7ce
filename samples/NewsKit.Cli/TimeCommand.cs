using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit time [--epoch] [--search] [--now ISO] [--zone IANA] [--culture NAME] [TEXT]</c>: normalizes one
/// timestamp with <see cref="TimestampNormalizer"/>. Without TEXT it reads standard input, one tab-separated line per
/// timestamp (<c>text</c>, <c>reference instant</c>, <c>default zone</c>, <c>culture</c>; empty or missing fields
/// take the options' values), and writes one JSON line per input line, in order:
/// <c>{"input", "kind": "instant|local|date|reject", "value", "offset", "reason", "failure"}</c>.
/// </summary>
/// <remarks>
/// <c>value</c> is the instant in UTC (<c>Z</c>) for <c>instant</c>, the local date and time for <c>local</c>, the
/// date for <c>date</c>, and null for <c>reject</c>; <c>offset</c> is the offset the text showed or the zone gave;
/// <c>reason</c> says why a text was rejected, in the command's terms, and <c>failure</c> is its code. A bad field on
/// one line rejects that line only.
/// </remarks>
internal static class TimeCommand
{
    public const string Usage = "newskit time [--epoch] [--search] [--now ISO] [--zone IANA] [--culture NAME] [TEXT]";

    public const string Help = "usage: " + Usage + """


        Normalizes a timestamp as NewsKit reads one from a page, and says what the text determines.

        arguments:
          TEXT              the timestamp; several words are joined with spaces. Without TEXT, standard input
                            is read: one timestamp a line, with optional tab-separated fields after it:
                            text<TAB>reference instant<TAB>zone<TAB>culture (an empty field takes the option).

        options:
          --epoch           the text is a machine-readable field: a Unix time in seconds (9 or 10 digits,
                            with an optional fraction) or milliseconds (12 or 13 digits) is accepted.
                            Default: a bare number is not a date.
          --search          find the date inside a longer text ("Published 5:34 AM EDT, July 18, 2025 by ...").
                            Default: the whole text must be the timestamp.
          --now ISO         the instant relative dates ("2 hours ago") and dates without a year are read
                            against, ISO 8601 with Z or an offset, such as 2025-07-18T05:52:07Z.
                            Default: none; such texts are rejected.
          --zone IANA       the zone of times written without an offset, an IANA id such as Europe/Minsk.
                            Default: none; such times stay local.
          --culture NAME    a culture to read month names and day/month order with first, such as de or en-US.
                            Default: every supported language, day first for ambiguous numeric dates.
          -h, -?, --help    this help.

        output: one JSON line per timestamp:
          {"input", "kind": "instant|local|date|reject", "value", "offset", "reason", "failure"}
          value is the instant in UTC (Z), the local date and time, or the date; offset is the offset the text
          showed or the zone gave; reason says why a text was rejected and failure is its code (outOfRange,
          noDate, unexpectedText, ...; null when a field of an input line was bad). A rejected text is still
          exit code 0.

        """ + ExitCodes.Help;

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, ["--now", "--zone", "--culture"], ["--epoch", "--search"]);
        var defaults = TimestampContext.Default with
        {
            AllowUnixEpoch = line.Has("--epoch"),
            SearchWithinText = line.Has("--search"),
        };
        if (line["--now"] is { } now)
        {
            defaults = defaults with { ReferenceInstant = OptionValues.Instant(now, out var why) ?? throw OptionValues.Bad("--now", why) };
        }

        if (line["--zone"] is { } zone)
        {
            defaults = defaults with { DefaultZone = OptionValues.Zone(zone, out var why) ?? throw OptionValues.Bad("--zone", why) };
        }

        if (line["--culture"] is { } culture)
        {
            defaults = defaults with { Cultures = [OptionValues.Culture(culture, out var why) ?? throw OptionValues.Bad("--culture", why)] };
        }

        var normalizer = TimestampNormalizer.Default;
        if (line.Positionals.Count > 0)
        {
            var text = string.Join(' ', line.Positionals);
            console.Out.Write(ToJson(text, normalizer.Normalize(text, defaults)));
            return ExitCodes.Ok;
        }

        using var input = new StreamReader(console.OpenInput(), Encoding.UTF8);
        while (input.ReadLine() is { } row)
        {
            console.Cancellation.ThrowIfCancellationRequested();
            var fields = row.TrimEnd('\r').Split('\t');
            var text = fields[0];
            var context = ContextFor(fields, defaults, out var reason);
            console.Out.Write(context is null ? Rejected(text, reason!, null) : ToJson(text, normalizer.Normalize(text, context)));
        }

        return ExitCodes.Ok;
    }

    /// <summary>The context of one stdin line: its own reference, zone and culture where given, else the defaults.</summary>
    private static TimestampContext? ContextFor(string[] fields, TimestampContext defaults, out string? reason)
    {
        reason = null;
        var context = defaults;
        if (Field(fields, 1) is { } now)
        {
            if (OptionValues.Instant(now, out reason) is not { } instant)
            {
                return null;
            }

            context = context with { ReferenceInstant = instant };
        }

        if (Field(fields, 2) is { } zoneId)
        {
            if (OptionValues.Zone(zoneId, out reason) is not { } zone)
            {
                return null;
            }

            context = context with { DefaultZone = zone };
        }

        if (Field(fields, 3) is { } name)
        {
            if (OptionValues.Culture(name, out reason) is not { } culture)
            {
                return null;
            }

            context = context with { Cultures = [culture] };
        }

        return context;
    }

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;

    private static string ToJson(string input, TimestampParseResult result)
    {
        if (!result.Success)
        {
            return Rejected(input, InCommandTerms(result), result.Failure);
        }

        var timestamp = result.Value;
        var value = timestamp.Kind switch
        {
            TimestampKind.Instant when timestamp.Instant is { } instant => Iso.Format(instant),
            TimestampKind.LocalDateTime when timestamp.Local is { } local => Iso.Format(local),
            _ => Iso.Format(timestamp.Date),
        };
        return Line(input, Iso.Name(timestamp.Kind), value, timestamp.Offset, null, null);
    }

    /// <summary>
    /// The library's reason, with the context settings it names replaced by this command's options (SearchWithinText
    /// is --search, AllowUnixEpoch --epoch, a reference instant --now).
    /// </summary>
    internal static string InCommandTerms(TimestampParseResult result)
    {
        var reason = result.FailureReason!
            .Replace("set SearchWithinText", "use --search", StringComparison.Ordinal)
            .Replace("(Unix times are read only with AllowUnixEpoch)", "(use --epoch to read it as a Unix time)", StringComparison.Ordinal)
            .Replace("the context has no reference instant to infer it from", "no --now to infer it from", StringComparison.Ordinal)
            .Replace("a relative time needs a reference instant in the context", "a relative time needs --now", StringComparison.Ordinal);
        return reason;
    }

    private static string Rejected(string input, string reason, TimestampFailure? failure) => Line(input, "reject", null, null, reason, failure);

    private static string Line(string input, string kind, string? value, Offset? offset, string? reason, TimestampFailure? failure)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            json.WriteString("kind", kind);
            json.WriteString("value", value);
            json.WriteString("offset", offset is { } o ? Iso.Format(o) : null);
            json.WriteString("reason", reason);
            json.WriteString("failure", failure is { } code ? JsonNamingPolicy.CamelCase.ConvertName(code.ToString()) : null);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
