using System.Globalization;
using NodaTime;

namespace NewsKit;

/// <summary>
/// Settings of an <see cref="ArticleParser"/>. Immutable; every value is checked where it is set, so an
/// invalid option throws at once, never during a parse.
/// </summary>
public sealed record ArticleParserOptions
{
    private readonly IClock clock = SystemClock.Instance;
    private readonly IReadOnlyList<CultureInfo> cultures = Models.ValueList<CultureInfo>.Empty;
    private readonly long maxInputBytes = 16L * 1024 * 1024;
    private readonly int maxDepth = 512;
    private readonly int maxElements = 500_000;
    private readonly TimeSpan timeout = TimeSpan.FromSeconds(15);
    private readonly int maxJsonLdBytes = 2 * 1024 * 1024;
    private readonly int maxJsonLdDepth = 64;

    /// <summary>The default options.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>The clock that relative dates ("2 hours ago") are resolved against. Default: <see cref="SystemClock.Instance"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IClock Clock
    {
        get => clock;
        init => clock = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The zone for page text that states no offset or zone. Default null: such timestamps stay local
    /// (<see cref="Timestamps.TimestampKind.LocalDateTime"/>) rather than being guessed.
    /// </summary>
    public DateTimeZone? DefaultZone { get; init; }

    /// <summary>
    /// Cultures to try first for dates and words, ahead of the page's own language. Default: empty (the page's
    /// <c>lang</c> alone). The list is copied: changing the caller's list later changes nothing here.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or a culture in it is null.</exception>
    public IReadOnlyList<CultureInfo> Cultures
    {
        get => cultures;
        init => cultures = CopyCultures(value);
    }

    /// <summary>A read-only copy of <paramref name="cultures"/>, compared by value.</summary>
    internal static IReadOnlyList<CultureInfo> CopyCultures(IReadOnlyList<CultureInfo> cultures)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        var copy = Models.ValueList.From(cultures);
        return copy.Contains(null!) ? throw new ArgumentNullException(nameof(cultures), "a culture is null") : copy;
    }

    /// <summary>
    /// The largest input accepted, in bytes after decompression (UTF-16 characters count two). Default 16 MiB: more
    /// than ten times the largest real news page we measured (1.4 MB), while a 50 MB page would take about 1.2 GB
    /// of memory and half a minute to parse.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public long MaxInputBytes
    {
        get => maxInputBytes;
        init => maxInputBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }

    /// <summary>
    /// The deepest element nesting kept; deeper elements are flattened into their ancestor at this depth, their
    /// text kept. Default 512 (browsers cap nesting at a few hundred).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 16.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value >= 16 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 16");
    }

    /// <summary>The most elements read from one page; the rest of the page is dropped and a warning says so. Default 500,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxElements
    {
        get => maxElements;
        init => maxElements = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }

    /// <summary>The most time one parse may take before it stops with a <see cref="ParseFailure.TimedOut"/> result. Default 15 seconds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less (use <see cref="Timeout.InfiniteTimeSpan"/> for none).</exception>
    public TimeSpan Timeout
    {
        get => timeout;
        init => timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive or Timeout.InfiniteTimeSpan");
    }

    /// <summary>The largest JSON-LD script read, in characters; larger ones are skipped with a warning. Default 2 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxJsonLdBytes
    {
        get => maxJsonLdBytes;
        init => maxJsonLdBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }

    /// <summary>The deepest JSON-LD nesting read; deeper scripts are skipped with a warning. Default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than 1,000.</exception>
    public int MaxJsonLdDepth
    {
        get => maxJsonLdDepth;
        init => maxJsonLdDepth = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be between 1 and 1000");
    }
}
