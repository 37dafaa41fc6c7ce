using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Body;

/// <summary>
/// Lines a template puts before the article's first paragraph, inside the article's own container, that no element marks
/// as page furniture, read from their text alone and dropped from the start of the body: a line that is nothing but a
/// date ("26 Okt 2018": the dateline, which the article's metadata holds), a reading-time line ("Lesezeit: 2 Minuten",
/// "5 min read"), a share bar's label or a link to the comments ("Share this article", "12 Comments") and a
/// subscribers-only flag ("Article réservé aux abonnés"), a newsletter's promotion ("Sign up for The Brief, ... daily newsletter"). At most <see cref="MaxDropped"/> lines go, and only before a paragraph of running text.
/// </summary>
internal static class LeadingClutter
{
    /// <summary>The most lines dropped from one body's start.</summary>
    public const int MaxDropped = 3;

    /// <summary>A line this short (in characters) may be a date line or a reading-time line.</summary>
    public const int MaxLineChars = 40;

    /// <summary>The shortest first line kept above the clutter as a dek (in characters): a kicker ("Essay") is no dek.</summary>
    public const int MinDekChars = 40;

    /// <summary>The longest first line kept above the clutter as a dek (in characters).</summary>
    public const int MaxDekChars = 250;

    /// <summary>A paragraph this long (in characters) is running text: the article has started.</summary>
    public const int MinRunningText = 100;

    /// <summary>Words of a reading-time line ("Lesezeit", "reading time", "min read"), matched in the lower-cased line.</summary>
    public static readonly string[] ReadingTimeWords = ["lesezeit", "lesedauer", "reading time", "read time", "min read", "minute read", "minutes read", "temps de lecture", "tiempo de lectura", "tempo di lettura"];

    /// <summary>
    /// Drops the clutter from the start of <paramref name="blocks"/> (see the class summary), also right after a first
    /// heading, a first paragraph that states the article's <paramref name="standfirst"/> or a first short line (the
    /// header's dek, then its date line), which stays.
    /// </summary>
    public static void Trim(List<BodyBlock> blocks, string? standfirst = null)
    {
        // A dek set as a heading ("<h2>Health officials are urging parents ...</h2>") stays too, with the lines after it read.
        // A short first line that is no clutter (a dek the metadata did not recognize, its classes meaning nothing) stays the same way.
        var start = blocks.Count > 2 && !IsClutter(blocks[0]) && IsClutter(blocks[1])
            && (blocks[0].Kind == BlockKind.Heading || (blocks[0].Kind == BlockKind.Paragraph && (blocks[0].Text.Length is >= MinDekChars and <= MaxDekChars
                || (standfirst is { Length: > 0 } && Pipeline.TextTools.Relaxed(blocks[0].Text) == Pipeline.TextTools.Relaxed(standfirst))))) ? 1 : 0;
        var count = 0;
        while (count < MaxDropped && start + count < blocks.Count - 1 && IsClutter(blocks[start + count]))
        {
            count++;
        }

        if (count > 0 && blocks[start + count].Kind is BlockKind.Paragraph or BlockKind.Figure
            && (blocks[start + count].Kind == BlockKind.Figure || blocks[start + count].Text.Length >= MinRunningText))
        {
            blocks.RemoveRange(start, count);
        }
    }

    /// <summary>
    /// Whole lines that flag a story as for subscribers only ("Article réservé aux abonnés", "Nur für Abonnenten"), compared
    /// lower-case without surrounding punctuation.
    /// </summary>
    public static readonly string[] SubscriberFlags =
    [
        "subscribers only", "subscriber only", "for subscribers", "subscriber exclusive", "exclusive to subscribers", "premium",
        "article réservé aux abonnés", "réservé aux abonnés", "article abonné", "abonnés",
        "nur für abonnenten", "exklusiv für abonnenten", "abonnenten-artikel", "abo-artikel",
        "exclusivo para suscriptores", "solo para suscriptores", "contenido exclusivo para suscriptores",
        "riservato agli abbonati", "articolo riservato agli abbonati", "alleen voor abonnees", "premium-artikel",
    ];

    /// <summary>
    /// Whether a sentence ends inside the line (a period, question or exclamation mark before a space and a capital); a
    /// period after an abbreviation or a number of three characters or fewer ("2 Min. Lesezeit", "25. November") ends none.
    /// </summary>
    private static bool HasSentence(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i - 1] is '.' or '!' or '?' && text[i] == ' ' && char.IsUpper(text[i + 1]) && !(text[i - 1] == '.' && EndsShortWord(text.AsSpan(0, i - 1))))
            {
                return true;
            }
        }

        return false;

        static bool EndsShortWord(ReadOnlySpan<char> before)
        {
            var length = 0;
            while (length < before.Length && char.IsLetterOrDigit(before[^(length + 1)]))
            {
                length++;
            }

            return length is > 0 and <= 3;
        }
    }

    /// <summary>The longest dated credit line ("24 November 2025 - Clerk to the Council").</summary>
    public const int MaxDatedCreditChars = 64;

    /// <summary>The longest credit after the date of a dated credit line.</summary>
    public const int MaxCreditChars = 32;

    /// <summary>
    /// Whether the line is a date of at least day precision and a short credit after a dash or a bar, without a sentence
    /// ("24 November 2025 - Clerk to the Council", "03.02.2021 | Redaktion"): the header's meta line, set in the text's container.
    /// </summary>
    private static bool IsDatedCredit(string text)
    {
        if (!char.IsAsciiDigit(text[0]) || text.Length > MaxDatedCreditChars
            || TimestampNormalizer.Default.Normalize(text, new TimestampContext { SearchWithinText = true }) is not { Success: true, Value: { Precision: >= TimestampPrecision.Day } date }
            || !text.StartsWith(date.Text, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[date.Text.Length..].TrimStart();
        if (rest.Length < 2 || rest[0] is not ('-' or '–' or '—' or '|' or '·'))
        {
            return false;
        }

        var credit = rest[1..].Trim();
        return credit.Length is > 0 and <= MaxCreditChars && credit.AsSpan().IndexOfAny(['.', '!', '?', ':']) < 0;
    }

    private static bool IsClutter(BodyBlock block)
    {
        var text = block.Text.Trim();
        if (block.Kind == BlockKind.Paragraph && TrailingClutter.IsNewsletterPromo(text))
        {
            // "Sign up for The Brief, The Texas Tribune's daily newsletter ...": the outlet's promotion before the story.
            return true;
        }

        if (block.Kind != BlockKind.Paragraph || text.Length is 0 or > MaxDatedCreditChars)
        {
            return false;
        }

        var lower = text.LowerInvariant();

        if (text.Length > MaxLineChars)
        {
            // "03.04.2025, 07:30 Uhr Lesezeit: 6 Minuten": the date line and the reading time in one.
            return IsDatedCredit(text) || (ReadingTimeWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) && !HasSentence(text));
        }

        return IsDatedCredit(text) || ReadingTimeWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) || ArticleEnd.IsEndMarker(text)
            || SubscriberFlags.Contains(lower.TrimAny([' ', '.', ':', '!', '|', '•', '★', '*', '-', '–']), StringComparer.Ordinal)
            || (text.Any(char.IsAsciiDigit) && TimestampNormalizer.Default.Normalize(text) is { Success: true, Value.Precision: >= TimestampPrecision.Day })
            || IsRelativeTime(text);
    }

    /// <summary>
    /// Whether the line is a relative time alone ("3 hours ago", "vor 5 Stunden", "il y a 2 heures"): the byline's timestamp
    /// as a reader sees it. Read against a fixed instant (<see cref="RelativeForms"/>): only the form matters here, never the value.
    /// </summary>
    private static bool IsRelativeTime(string text) =>
        TimestampNormalizer.Default.Normalize(text, RelativeForms) is { Success: true, Value.Assumptions: var assumptions }
        && assumptions.HasFlag(TimestampAssumptions.RelativeToClock);

    /// <summary>The context <see cref="IsRelativeTime"/> reads with: relative forms need a reference instant, any one will do.</summary>
    private static readonly TimestampContext RelativeForms = new() { ReferenceInstant = NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0) };
}
