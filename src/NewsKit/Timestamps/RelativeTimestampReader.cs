using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// Reads the tokens of one candidate text as a time relative to <see cref="TimestampContext.ReferenceInstant"/>:
/// "5 mins ago", "an hour ago", "vor 2 Stunden", "il y a 3 heures", "2 часа назад", "just now", "yesterday at 5:30 PM",
/// "hier à 17h30". Amounts with units give an instant back from the reference (units up to hours, at the precision
/// of the finest unit) or a date (days and weeks; months and years give a month or a year); a relative day gives
/// that date, with the clock time written beside it. One pass over the tokens, like
/// <see cref="AbsoluteTimestampReader"/>, with which it shares <see cref="ClockAndZoneReader"/>.
/// </summary>
internal ref struct RelativeTimestampReader
{
    /// <summary>The largest amount in a relative time ("9999 days ago").</summary>
    private const int MaxRelativeAmount = 9999;

    /// <summary>The text the tokens index.</summary>
    private readonly ReadOnlySpan<char> text;

    /// <summary>The tokens of the candidate.</summary>
    private readonly ReadOnlySpan<Token> tokens;

    /// <summary>The reference instant and the default zone.</summary>
    private readonly TimestampContext context;

    /// <summary>The time and zone written beside a relative day, and the date it gives.</summary>
    private TimestampFields f;

    /// <summary>Reads times and zones into <see cref="f"/>.</summary>
    private ClockAndZoneReader clock;

    /// <summary>A reader of <paramref name="tokens"/>.</summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens of the candidate.</param>
    /// <param name="context">The reference instant and the default zone.</param>
    public RelativeTimestampReader(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TimestampContext context)
    {
        this.text = text;
        this.tokens = tokens;
        this.context = context;
        f = TimestampFields.Empty;
        clock = new ClockAndZoneReader(text, tokens);
    }

    /// <summary>The tokens examined (for the linear-time tests).</summary>
    public long Steps { get; private set; }

    /// <summary>
    /// Reads the tokens; the result's text is <paramref name="resultText"/>. <paramref name="isRelative"/> is false when
    /// the words turned out not to form a relative time (so that "18 ago 2025", where "ago" is Spanish for August, is
    /// read as a date by <see cref="AbsoluteTimestampReader"/>).
    /// </summary>
    /// <param name="resultText">The text the timestamp keeps as written.</param>
    /// <param name="isRelative">Whether the tokens form a relative time (the result is then final, success or not).</param>
    /// <returns>The timestamp, or why the tokens are not one.</returns>
    public TimestampParseResult Read(string resultText, out bool isRelative)
    {
        isRelative = false;
        var n = tokens.Length;
        long seconds = 0;
        int days = 0, months = 0, years = 0;
        var finest = RelativeUnit.None;
        bool ago = false, now = false, anyUnit = false, agoWritten = false;
        var relativeDay = int.MinValue;
        long pendingCount = -1;
        for (var i = 0; i < n; i++)
        {
            Steps++;
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                if (TimestampWords.RelativeSkippedPunctuation.Contains(t.Char))
                {
                    continue;
                }

                return NotRelative(out isRelative);
            }

            if (t.Kind == TokenKind.Number)
            {
                // After "yesterday" or "hier" a number starts a clock time ("hier à 17h30"), not an amount.
                if (relativeDay == int.MinValue && i + 1 < n && tokens.WordAt(i + 1) is { Unit: not RelativeUnit.None })
                {
                    if (t.Value is < 0 or > MaxRelativeAmount)
                    {
                        return NotRelative(out isRelative);
                    }

                    pendingCount = t.Value;
                    continue;
                }

                var next = clock.TryTime(i, ref f, out var failure);
                if (failure is not null)
                {
                    return TimestampFields.Fail(failure.Value);
                }

                if (next == i)
                {
                    return NotRelative(out isRelative);
                }

                i = next - 1;
                continue;
            }

            if (t.Word < 0)
            {
                return NotRelative(out isRelative);
            }

            ref readonly var m = ref WordTable.Get(t.Word);
            if (m.Zone >= 0 && t.Upper)
            {
                i = clock.ReadZone(i, m.Zone, ref f, out var zoneFailure) - 1;
                if (zoneFailure is not null)
                {
                    return TimestampFields.Fail(zoneFailure.Value);
                }

                continue;
            }

            if (m.Unit != RelativeUnit.None && (pendingCount >= 0 || !(m.Has(WordRoles.One) && i + 1 < n && tokens.WordAt(i + 1) is { Unit: not RelativeUnit.None })))
            {
                if (agoWritten)
                {
                    // "2 ore fa 3 min": an amount after the word that closes one ("fa", "ago") is another item's.
                    return NotRelative(out isRelative);
                }

                if (pendingCount < 0 && (m.Has(WordRoles.Connector) || m.Has(WordRoles.HourWord)) && i + 1 < n && tokens[i + 1].Kind == TokenKind.Number)
                {
                    continue;
                }

                var count = pendingCount >= 0 ? pendingCount : 1;
                pendingCount = -1;
                anyUnit = true;
                finest = finest == RelativeUnit.None || m.Unit < finest ? m.Unit : finest;
                switch (m.Unit)
                {
                    case RelativeUnit.Second:
                        seconds += count;
                        break;
                    case RelativeUnit.Minute:
                        seconds += count * 60;
                        break;
                    case RelativeUnit.Hour:
                        seconds += count * 3600;
                        break;
                    case RelativeUnit.Day:
                        days += (int)count;
                        break;
                    case RelativeUnit.Week:
                        days += (int)count * 7;
                        break;
                    case RelativeUnit.Month:
                        months += (int)count;
                        break;
                    default:
                        years += (int)count;
                        break;
                }

                if (m.Has(WordRoles.AgoSuffix))
                {
                    ago = agoWritten = true;
                }

                continue;
            }

            if (pendingCount >= 0)
            {
                return NotRelative(out isRelative);
            }

            if (m.Has(WordRoles.AgoSuffix) && !m.Has(WordRoles.AgoPrefix) && !anyUnit)
            {
                // "fa 3 min": a word written after the amount ("2 ore fa") stands before it, the end of one item and the
                // start of the next ("... 2 ore fa" then "3 min read").
                return NotRelative(out isRelative);
            }

            if (m.Has(WordRoles.AgoSuffix) || m.Has(WordRoles.AgoPrefix))
            {
                ago = true;
                agoWritten |= m.Has(WordRoles.AgoSuffix);
            }
            else if (m.Has(WordRoles.Now))
            {
                now = true;
            }
            else if (m.Has(WordRoles.RelativeDay))
            {
                if (relativeDay != int.MinValue)
                {
                    return NotRelative(out isRelative);
                }

                relativeDay = m.RelativeDays;
            }
            else if (m.Has(WordRoles.One) && i + 1 < n && tokens.WordAt(i + 1) is { Unit: not RelativeUnit.None })
            {
                pendingCount = 1;
            }
            else if (m.Meridiem > 0 && TimestampTokenizer.IsCjkScript(text[t.Start]))
            {
                clock.HoldMeridiem(m.Meridiem);
            }
            else if (!(m.Has(WordRoles.Connector) || m.Has(WordRoles.Prefix) || m.Has(WordRoles.Noon) || m.Has(WordRoles.Midnight)))
            {
                return NotRelative(out isRelative);
            }
            else if (m.Has(WordRoles.Noon) || m.Has(WordRoles.Midnight))
            {
                // No noon or midnight word is also a month, weekday or zone (a test holds the word lists to that), so
                // the absolute reader would read it the same way.
                i = clock.ReadNoonOrMidnight(i, m.Has(WordRoles.Noon), ref f, out var noonFailure) - 1;
                if (noonFailure is not null)
                {
                    return TimestampFields.Fail(noonFailure.Value);
                }
            }
        }

        var kinds = (anyUnit ? 1 : 0) + (now ? 1 : 0) + (relativeDay != int.MinValue ? 1 : 0);
        if (kinds != 1 || pendingCount >= 0 || (anyUnit && (!ago || f.HasTime)) || (now && f.HasTime) || (relativeDay != int.MinValue && ago))
        {
            return NotRelative(out isRelative);
        }

        isRelative = true;
        if (context.ReferenceInstant is not { } reference)
        {
            return TimestampFields.Fail(TimestampFailure.NeedsReferenceInstant, "a relative time needs a reference instant in the context");
        }

        var zone = f.Abbreviation >= 0 ? WordTable.Zones[f.Abbreviation].Zone : context.DefaultZone ?? DateTimeZone.Utc;
        var assumptions = TimestampAssumptions.RelativeToClock;
        if (relativeDay != int.MinValue)
        {
            var date = reference.InZone(zone).Date.PlusDays(relativeDay);
            f.Year = date.Year;
            f.Month = date.Month;
            f.Day = date.Day;
            f.Assumptions |= assumptions;
            return f.Build(resultText, context);
        }

        if (now || finest <= RelativeUnit.Hour)
        {
            var instant = reference - Duration.FromSeconds(seconds + (days * 86400L));
            var precision = now ? TimestampPrecision.Minute : finest switch
            {
                RelativeUnit.Second => TimestampPrecision.Second,
                RelativeUnit.Minute => TimestampPrecision.Minute,
                _ => TimestampPrecision.Hour,
            };
            if (months != 0 || years != 0)
            {
                return TimestampFields.Fail(TimestampFailure.InvalidRelativeTime, "a relative time mixes months or years with hours");
            }

            var hasZone = f.Abbreviation >= 0 || context.DefaultZone is not null;
            if (f.Abbreviation < 0 && context.DefaultZone is not null)
            {
                assumptions |= TimestampAssumptions.DefaultZone;
            }

            var zoned = instant.InZone(zone);
            return TimestampParseResult.ForValue(Timestamp.ForInstant(
                resultText, context.Source, instant, precision, hasZone ? zoned.Offset : null, hasZone ? zoned.LocalDateTime : null, hasZone ? zone : null, assumptions));
        }

        if (years > MaxRelativeAmount || months > MaxRelativeAmount || days > MaxRelativeAmount * 7 || years + (months / 12) + (days / 366) > 1000)
        {
            return TimestampFields.Fail(TimestampFailure.InvalidRelativeTime, "a relative time more than 1000 years back");
        }

        var day = reference.InZone(zone).Date.PlusYears(-years).PlusMonths(-months).PlusDays(-days);
        var datePrecision = finest switch
        {
            RelativeUnit.Day or RelativeUnit.Week => TimestampPrecision.Day,
            RelativeUnit.Month => TimestampPrecision.Month,
            _ => TimestampPrecision.Year,
        };
        if (datePrecision != TimestampPrecision.Day)
        {
            day = datePrecision == TimestampPrecision.Month ? new LocalDate(day.Year, day.Month, 1) : new LocalDate(day.Year, 1, 1);
        }

        return TimestampParseResult.ForValue(Timestamp.ForDate(
            resultText, context.Source, day, datePrecision, zone: f.Abbreviation >= 0 || context.DefaultZone is not null ? zone : null, assumptions: assumptions));
    }

    /// <summary>The failure of words that do not form a relative time; the absolute reader reads them next.</summary>
    private static TimestampParseResult NotRelative(out bool isRelative)
    {
        isRelative = false;
        return TimestampFields.Fail(TimestampFailure.NoDate, "not a relative time");
    }
}
