using System.Globalization;
using NewsKit.Timestamps;

namespace NewsKit.Pipeline;

/// <summary>
/// Reads the timestamps of one page: the normalizer with the parse's clock instant (so that every relative date of the
/// page agrees), the options' time zone and cultures, and the culture of the page's language when the metadata stage
/// found one. Its values never change (it only remembers the contexts it made); the metadata stage makes it once it
/// knows the language and hands it to the later stages. Not thread-safe, as the parse it belongs to.
/// </summary>
internal sealed class PageDates
{
    private readonly TimestampNormalizer normalizer;
    private readonly ArticleParserOptions options;
    private readonly IReadOnlyList<CultureInfo> cultures;

    /// <summary>Gives the culture of the page's own day-month order when its evidence differs from its language's; null when it does not.</summary>
    private readonly Func<CultureInfo?>? otherOrder;

    /// <summary>The reader in <see cref="otherOrder"/>'s culture, once asked for; this reader when there is none.</summary>
    private PageDates? reordered;

    /// <summary>
    /// The dates of a page parsed with <paramref name="options"/> at <paramref name="referenceInstant"/>, in <paramref name="pageCulture"/> when known;
    /// a numeric date whose day-month order is assumed is read in <paramref name="otherOrder"/>'s culture when that gives one.
    /// </summary>
    public PageDates(TimestampNormalizer normalizer, ArticleParserOptions options, NodaTime.Instant referenceInstant, CultureInfo? pageCulture, Func<CultureInfo?>? otherOrder = null)
    {
        this.normalizer = normalizer;
        this.options = options;
        this.otherOrder = otherOrder;
        ReferenceInstant = referenceInstant;
        PageCulture = pageCulture;

        // Made a value list once: the timestamp context keeps such a list as it is instead of copying it per reading.
        cultures = pageCulture is null ? options.Cultures : ArticleParserOptions.CopyCultures([.. options.Cultures, pageCulture]);
    }

    /// <summary>The contexts without a year reference already made, by source and search mode (most readings of a page use a few).</summary>
    private readonly Dictionary<(TimestampSource, bool), TimestampContext> contexts = [];

    /// <summary>The clock's instant at the start of the parse.</summary>
    public NodaTime.Instant ReferenceInstant { get; }

    /// <summary>The culture of the page's language when the page declares one that .NET knows; null otherwise.</summary>
    public CultureInfo? PageCulture { get; }

    /// <summary>The timestamp context for text found at <paramref name="source"/> on this page.</summary>
    public TimestampContext Context(TimestampSource source, bool searchWithinText = false, NodaTime.LocalDate? yearReference = null)
    {
        if (yearReference is not null)
        {
            return Make(source, searchWithinText, yearReference);
        }

        if (!contexts.TryGetValue((source, searchWithinText), out var context))
        {
            contexts[(source, searchWithinText)] = context = Make(source, searchWithinText, null);
        }

        return context;
    }

    private TimestampContext Make(TimestampSource source, bool searchWithinText, NodaTime.LocalDate? yearReference) =>
        new()
        {
            ReferenceInstant = ReferenceInstant,
            YearReference = yearReference,
            DefaultZone = options.DefaultZone,
            Cultures = cultures,
            Source = source,
            SearchWithinText = searchWithinText,
            AllowUnixEpoch = source is TimestampSource.JsonLd or TimestampSource.Meta or TimestampSource.Microdata,
        };

    /// <summary>Normalizes text found at <paramref name="source"/>; null when it is not a timestamp.</summary>
    public Timestamp? Normalize(string? text, TimestampSource source, bool searchWithinText = false, NodaTime.LocalDate? yearReference = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = normalizer.Normalize(text, Context(source, searchWithinText, yearReference));
        if (!result.Success)
        {
            return null;
        }

        if (otherOrder is not null && result.Value.Assumptions.HasFlag(TimestampAssumptions.DayMonthOrder))
        {
            // "03/05/2019" on a page that writes "28/05/2019" elsewhere: the page's own order, looked for once.
            reordered ??= otherOrder() is { } culture ? new PageDates(normalizer, options, ReferenceInstant, culture) : this;
            if (reordered != this)
            {
                return reordered.Normalize(text, source, searchWithinText, yearReference);
            }
        }

        return result.Value;
    }
}
