using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Metadata;

/// <summary>
/// Reconciles the dateline's candidates: the machine-readable value with the visible one (the page's shown day wins,
/// the machine value keeps its precision and takes the offset the page shows), the most precise of agreeing values, and
/// the warnings when sources disagree.
/// </summary>
internal static class DatelineReconciler
{
    /// <summary>
    /// Combines the machine-readable value with the visible one. The visible value wins when they disagree on the
    /// day (a warning says so); when they agree, the machine value is kept for its precision and the page's shown
    /// offset is applied to it.
    /// </summary>
    internal static DateCandidate? Reconcile(ExtractionContext context, DateCandidate? machine, DateCandidate? visible, string field)
    {
        if (visible is null)
        {
            return machine;
        }

        if (machine is null)
        {
            return visible;
        }

        var m = machine.Value;
        var v = visible.Value;
        if (v.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock))
        {
            // "2 hours ago" is only as good as the clock it is read against; the page's own metadata is better.
            return machine;
        }

        if ((v.Assumptions.HasFlag(TimestampAssumptions.DayMonthOrder) || IsNumericDate(v.Text)) && v.Date.Day <= 12 && v.Date.Day != v.Date.Month
            && new LocalDate(v.Date.Year, v.Date.Day, v.Date.Month) is var swapped
            && (swapped == m.Date || (m.Instant is { } declared && NearbyDay(declared, swapped) is not null)))
        {
            // "04/03/2025" read in the order the page's language assumes, where the declared date is the other reading
            // (2025-03-04): the declared date says which order the page writes. It stands, in the offset the page shows.
            // So for "11.02.17" read day first by its stops, on a site that writes the month first (2017-11-02 declared).
            return v.Offset is { } shownOffset && m.Instant is not null ? machine with { Value = InOffset(m, shownOffset) } : machine;
        }

        if (v.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && v.Local is { } yearless && m.Local is { } machineLocal
            && (yearless.Month != machineLocal.Month || yearless.Day != machineLocal.Day) is false)
        {
            return machine;
        }

        if (v.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && m.Instant is { } mi)
        {
            // "Nov 19, 6:51 AM": no year shown. The machine value stands when the shown month, day and time fit it in some offset.
            var shownDay = new LocalDate(m.Date.Year, v.Date.Month, v.Date.Day);
            if (NearbyDay(mi, shownDay) is not null)
            {
                return v.Local is { } l && OffsetBetween(new LocalDateTime(m.Date.Year, l.Month, l.Day, l.Hour, l.Minute), mi) is { } derived
                    ? machine with { Value = InOffset(m, derived) }
                    : machine;
            }
        }

        if (v.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && m.Precision >= TimestampPrecision.Day)
        {
            // A shown day without its year ("Mar '24" read as 24 March, "18 Mai") that the declared date does not fit: the
            // declared date states its year, the shown one only borrows it.
            context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text} (no year)");
            return machine;
        }

        if (v.Precision < TimestampPrecision.Day && m.Precision >= TimestampPrecision.Day && m.Date.Year == v.Date.Year
            && (v.Precision == TimestampPrecision.Year || m.Date.Month == v.Date.Month))
        {
            // "2025 Nov" shown, the 23rd declared: the same month, said more precisely.
            return machine;
        }

        if (m.Instant is { } instant)
        {
            if (v.Instant is { } shown && v.Offset is { } shownOffset)
            {
                if (Math.Abs((instant - shown).TotalMinutes) < 1.5)
                {
                    return v.Precision >= m.Precision ? visible : machine with { Value = InOffset(m, shownOffset) };
                }

                context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
                return visible;
            }

            if (v.Local is { } local && v.Precision >= TimestampPrecision.Minute)
            {
                if (OffsetBetween(local, instant) is { } localOffset)
                {
                    if (m.Offset is { } statedOffset && statedOffset != Offset.Zero && statedOffset != localOffset)
                    {
                        // "2024-11-08T00:15:00+02:00" declared, "12:15" shown: the declared offset is the page's own
                        // statement; a shown time that gives another one was read wrong (a marker of the hour not
                        // understood), not a reason to move the value.
                        context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
                        return machine;
                    }

                    return machine with { Value = InOffset(m, localOffset) };
                }

                context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
                return visible;
            }

            if (m.Date == v.Date)
            {
                return machine;
            }

            var shifted = NearbyDay(instant, v.Date);
            if (shifted is not null)
            {
                // The same moment, written in UTC, falls on another day than the one the page shows its readers: the
                // instant stands, the date is the shown day, and the offset (unknown) is not claimed.
                return m.Offset == Offset.Zero && v.Precision == TimestampPrecision.Day
                    ? machine with { Value = m.OnShownDay(v.Date) }
                    : machine;
            }

            context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
            return visible;
        }

        if (m.Kind == TimestampKind.LocalDateTime && m.Local is { } naive && v.Instant is not null && v.Offset is { } shownZone
            && v.Local is { } shownLocal && v.Precision >= TimestampPrecision.Minute
            && naive.With(TimeAdjusters.TruncateToMinute) == shownLocal.With(TimeAdjusters.TruncateToMinute))
        {
            // "2024-02-13T18:40:12" declared without an offset, "18:40 GMT" shown: the same wall time, in the zone the page
            // shows it in; the declared value keeps its precision.
            return machine with { Value = AtOffset(m, shownZone) };
        }

        if (m.Date == v.Date)
        {
            return v.Precision > m.Precision ? visible : machine;
        }

        context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
        return visible;
    }

    /// <summary>A value without an offset (<see cref="TimestampKind.LocalDateTime"/>) placed at <paramref name="offset"/>: its wall time kept, its instant found.</summary>
    private static Timestamp AtOffset(Timestamp naive, Offset offset) =>
        naive.Local is { } local
            ? Timestamp.ForInstant(naive.Text, naive.Source, local.WithOffset(offset).ToInstant(), naive.Precision, offset, local, assumptions: naive.Assumptions)
            : naive;

    /// <summary>
    /// The chosen value, or when it has no time of day, the first other machine-readable value of the same day that has one
    /// (a JSON-LD date-only <c>datePublished</c> beside a full <c>article:published_time</c>); a naive local value gives way
    /// to the same time stated with an offset.
    /// </summary>
    internal static DateCandidate? MostPrecise(DateCandidate? chosen, IEnumerable<DateCandidate?> others)
    {
        if (chosen is null)
        {
            return null;
        }

        if (chosen.Value.Kind == TimestampKind.LocalDateTime && chosen.Value.Local is { } local)
        {
            // A naive "2019-11-18T17:01:27" beside the same time with its offset: the one with the offset. Beside the same
            // moment written in UTC ("2024-11-05T00:50:00" and "2024-11-04T23:50:00+00:00"), the moment, shown at the offset
            // that makes it the naive wall time (+01:00). A value in another offset than UTC states the page's own: a naive
            // time that is not its wall time disagrees with it.
            if (others.FirstOrDefault(o => o is not null && o.Value.Kind == TimestampKind.Instant && o.Value.Local is { } l
                && l.With(TimeAdjusters.TruncateToMinute) == local.With(TimeAdjusters.TruncateToMinute)) is { } same)
            {
                return same;
            }

            return others.FirstOrDefault(o => o is not null && IsSameMomentElsewhere(chosen.Value, o.Value))
                is { } moment && OffsetBetween(local, moment.Value.Instant!.Value) is { } derived
                ? moment with { Value = InOffset(moment.Value, derived) }
                : chosen;
        }

        if (chosen.Value.Precision >= TimestampPrecision.Minute)
        {
            return chosen;
        }

        return others.FirstOrDefault(o => o is not null && o.Value.Precision >= TimestampPrecision.Minute && o.Value.Date == chosen.Value.Date) ?? chosen;
    }

    internal static bool IsBefore(Timestamp a, Timestamp b) => a.Instant is { } x && b.Instant is { } y && x < y;

    /// <summary>
    /// The offset the page shows its readers: the offset of a visible time, else the offset that turns a machine
    /// instant into a naive local time given beside it (sailthru.date "2019-11-18 20:58:46" beside 04:58:46Z is -08:00).
    /// </summary>
    internal static Offset? PageOffset(DateCandidate?[] visible, DateCandidate?[] machine)
    {
        foreach (var candidate in visible)
        {
            if (candidate?.Value is { Kind: TimestampKind.Instant, Offset: { } offset } value && !value.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock))
            {
                return offset;
            }
        }

        foreach (var candidate in machine)
        {
            // The same moment declared in UTC and with an offset of its own (JSON-LD "2026-08-07T06:30:14+00:00", <time
            // datetime="2026-08-07T09:30:14+03:00">): UTC is how one source stores it, the offset is the readers'.
            if (candidate?.Value is { Kind: TimestampKind.Instant, Offset: { } offset, Instant: { } moment } && offset != Offset.Zero
                && Array.Exists(machine, other => other?.Value is { Offset: { } zero, Instant: { } same } && zero == Offset.Zero && same == moment))
            {
                return offset;
            }
        }

        var instants = machine.Concat(visible).Where(c => c?.Value.Instant is not null).Select(c => c!.Value.Instant!.Value).ToList();
        foreach (var candidate in machine.Concat(visible))
        {
            if (candidate?.Value is { Kind: TimestampKind.LocalDateTime, Local: { } local } && candidate.Value.Precision >= TimestampPrecision.Minute)
            {
                foreach (var instant in instants)
                {
                    if (OffsetBetween(local, instant) is { } derived)
                    {
                        return derived;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The offset that makes <paramref name="local"/> the local time of <paramref name="instant"/>, when it is a real one (whole quarter hours, at most 14 h).</summary>
    internal static Offset? OffsetBetween(LocalDateTime local, Instant instant)
    {
        var minuteOfInstant = Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() / 60 * 60);
        var minuteOfLocal = local.With(TimeAdjusters.TruncateToMinute);
        var minutes = (minuteOfLocal.InUtc().ToInstant() - minuteOfInstant).TotalMinutes;
        return Math.Abs(minutes) <= 14 * 60 && minutes % 15 == 0 ? Offset.FromSeconds((int)minutes * 60) : null;
    }

    /// <summary>A UTC machine value re-expressed in the offset the page shows, so that its date is the readers' date.</summary>
    internal static DateCandidate? InPageOffset(DateCandidate? candidate, Offset? pageOffset)
    {
        if (candidate is null || pageOffset is not { } offset || candidate.Value.Instant is null || offset == Offset.Zero || candidate.Source == ValueSource.VisibleText)
        {
            return candidate;
        }

        if (candidate.Value.Offset == Offset.Zero)
        {
            return candidate with { Value = InOffset(candidate.Value, offset) };
        }

        // A UTC value already put on the day the page shows, its offset unknown then (see Reconcile): the offset the page
        // gives elsewhere (<time datetime="...+02:00">) that puts the moment on that day is the readers' too.
        return IsOnShownDay(candidate.Value) && InOffset(candidate.Value, offset) is var placed && placed.Date == candidate.Value.Date
            ? candidate with { Value = placed }
            : candidate;
    }

    /// <summary>Whether a value is a moment put on the day the page shows, its offset unknown (<see cref="Timestamp.OnShownDay"/>: an instant without an offset or a local time).</summary>
    private static bool IsOnShownDay(Timestamp value) => value is { Instant: not null, Offset: null, Local: null };

    /// <summary>
    /// The update, when it is the publication's moment declared in UTC and the publication was put on the day the page
    /// shows (see <see cref="Reconcile"/>): on that day too, so that one moment is not two days (Yoast's JSON-LD gives
    /// both in UTC, the theme shows the readers' day).
    /// </summary>
    internal static DateCandidate? OnPublicationDay(DateCandidate? modified, DateCandidate? published) =>
        modified is { Value: { Offset: { } own, Instant: { } moment } update } && own == Offset.Zero
            && published?.Value is { Instant: { } same } shown && IsOnShownDay(shown) && same == moment && shown.Date != update.Date
            ? modified with { Value = update.OnShownDay(shown.Date) }
            : modified;

    /// <summary>Whether the instant falls on <paramref name="date"/> in some offset a place can have (UTC-12 to UTC+14).</summary>
    internal static LocalDate? NearbyDay(Instant instant, LocalDate date)
    {
        var earliest = instant.WithOffset(Offset.FromHours(-12)).Date;
        var latest = instant.WithOffset(Offset.FromHours(14)).Date;
        return date >= earliest && date <= latest ? date : null;
    }

    internal static Timestamp InOffset(Timestamp value, Offset offset) => value.AtOffset(offset);

    internal static bool SameMoment(Timestamp a, Timestamp b) =>
        a.Instant is { } x && b.Instant is { } y ? Math.Abs((x - y).TotalMinutes) < 1.5 : a.Local is { } la && b.Local is { } lb && la == lb;

    internal static bool SameDay(Timestamp a, Timestamp b) => a.Date == b.Date;

    /// <summary>
    /// Whether <paramref name="a"/> falls on a day before <paramref name="day"/> wherever the page is: in its own offset, or,
    /// for a time given in UTC (the page's own day unknown), at least two days before.
    /// </summary>
    internal static bool DayBefore(Timestamp a, LocalDate day) => a.Offset == Offset.Zero ? a.Date.PlusDays(1) < day : a.Date < day;

    internal static void WarnOnDisagreement(ExtractionContext context, string field, DateCandidate? a, DateCandidate? b)
    {
        if (a is null || b is null)
        {
            return;
        }

        var differ = a.Value.Instant is { } x && b.Value.Instant is { } y ? Math.Abs((x - y).TotalMinutes) >= 1.5
            : a.Value.Date != b.Value.Date && !IsSameMomentElsewhere(a.Value, b.Value) && !IsSameMomentElsewhere(b.Value, a.Value);
        if (differ)
        {
            context.Warn(WarningKind.SourceConflict, $"{field}: {a.Origin} says {a.Value.Text}, {b.Origin} says {b.Value.Text}");
        }
    }

    /// <summary>
    /// Whether a value without an offset is the moment another value gives in UTC, at some real offset
    /// ("2024-11-05T00:50:00" and "2024-11-04T23:50:00Z").
    /// </summary>
    private static bool IsSameMomentElsewhere(Timestamp naive, Timestamp other) =>
        naive.Kind == TimestampKind.LocalDateTime && naive.Local is { } local && other.Kind == TimestampKind.Instant && other.Offset == Offset.Zero
        && other.Instant is { } instant && OffsetBetween(local, instant) is not null;

    /// <summary>The nearer candidate, except that a date written out beats a relative one ("Today", "2 hours ago") found nearer.</summary>
    internal static DateCandidate Better(DateCandidate? nearer, DateCandidate next) =>
        nearer is null || (IsRelative(nearer.Value) && !IsRelative(next.Value)) ? next : nearer;

    internal static bool IsRelative(Timestamp value) => value.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock);

    /// <summary>Whether a shown date is written in numbers alone ("11.02.17", "04/03/2025 10:15 AM"): its order of day and month is the writer's habit.</summary>
    private static bool IsNumericDate(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters == 0 || (letters == 2 && (text.Contains("am", StringComparison.OrdinalIgnoreCase) || text.Contains("pm", StringComparison.OrdinalIgnoreCase)));
    }
}
