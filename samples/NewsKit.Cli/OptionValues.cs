using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Cli;

/// <summary>Reads the values of the options shared by the commands; each returns null and a reason for a bad value.</summary>
internal static class OptionValues
{
    /// <summary>Reads an IANA zone id ("Europe/Minsk") from the bundled tzdb.</summary>
    public static DateTimeZone? Zone(string id, out string? reason)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        reason = zone is null ? $"'{id}' is not an IANA time zone id (such as Europe/Minsk or UTC)" : null;
        return zone;
    }

    /// <summary>Reads an ISO 8601 instant: UTC with <c>Z</c> or any offset ("2025-07-18T08:52:07+03:00").</summary>
    public static Instant? Instant(string text, out string? reason)
    {
        var utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            reason = null;
            return utc.Value;
        }

        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (withOffset.Success)
        {
            reason = null;
            return withOffset.Value.ToInstant();
        }

        reason = $"'{text}' is not an ISO 8601 instant (such as 2025-07-18T05:52:07Z or 2025-07-18T08:52:07+03:00)";
        return null;
    }

    /// <summary>Reads a culture name ("en-US", "de").</summary>
    public static CultureInfo? Culture(string name, out string? reason)
    {
        try
        {
            reason = null;
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            reason = $"'{name}' is not a known culture name (such as en-US or de)";
            return null;
        }
    }

    /// <summary>Reads an absolute http or https URL.</summary>
    public static Uri? Url(string text, out string? reason)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            reason = null;
            return url;
        }

        reason = $"'{text}' is not an absolute http or https URL";
        return null;
    }

    /// <summary>Reads a whole number between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static int? Integer(string text, int min, int max, out string? reason)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            reason = null;
            return value;
        }

        reason = string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a whole number from {min} to {max}");
        return null;
    }

    /// <summary>The error for an option with a bad value.</summary>
    public static UsageException Bad(string option, string? reason) => new($"{option}: {reason}");
}

/// <summary>A clock stopped at one instant, for <c>--now</c>: relative dates ("2 hours ago") are read against it.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
