using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit time [--now ISO] [--zone IANA] [--culture NAME] [TEXT]</c>: normalizes one timestamp with
/// <see cref="TimestampNormalizer"/>. Without TEXT it reads standard input, one tab-separated line per timestamp
/// (<c>text</c>, <c>reference instant</c>, <c>default zone</c>, <c>culture</c>; empty or missing fields take the
/// options' values), and writes one JSON line per input line, in order:
/// <c>{"input", "kind": "instant|local|date|reject", "value", "offset", "reason"}</c>.
/// </summary>
/// <remarks>
/// <c>value</c> is the instant in UTC (<c>Z</c>) for <c>instant</c>, the local date and time for <c>local</c>, the
/// date for <c>date</c>, and null for <c>reject</c>; <c>offset</c> is the offset the text showed or the zone gave;
/// <c>reason</c> says why a text was rejected. A bad field on one line rejects that line only.
/// </remarks>
internal static class TimeCommand
{
    public const string Usage = "newskit time [--now ISO] [--zone IANA] [--culture NAME] [TEXT]";

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--now", "--zone", "--culture");
        var defaults = TimestampContext.Default;
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
            console.Out.Write(context is null ? Rejected(text, reason!) : ToJson(text, normalizer.Normalize(text, context)));
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
            return Rejected(input, result.FailureReason);
        }

        var timestamp = result.Value;
        var value = timestamp.Kind switch
        {
            TimestampKind.Instant when timestamp.Instant is { } instant => Iso.Format(instant),
            TimestampKind.LocalDateTime when timestamp.Local is { } local => Iso.Format(local),
            _ => Iso.Format(timestamp.Date),
        };
        return Line(input, Iso.Name(timestamp.Kind), value, timestamp.Offset, null);
    }

    private static string Rejected(string input, string reason) => Line(input, "reject", null, null, reason);

    private static string Line(string input, string kind, string? value, Offset? offset, string? reason)
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
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
