using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Timestamps;

namespace NewsKit.Pipeline;

/// <summary>
/// What every extraction stage of one parse shares, and nothing a stage found: the document and its services (the
/// element index, the page's links, the memory of judged regions), the options, the clock's instant, the warnings
/// collected so far and the cancellation token (the caller's, linked with the time budget). What one stage gives the
/// next goes through the stages' own inputs and outputs. One instance per parse; not thread-safe.
/// </summary>
internal sealed class ExtractionContext : IDisposable
{
    private readonly List<ParseWarning> warnings = [];
    private readonly TimestampNormalizer normalizer;

    /// <summary>The context of one parse of <paramref name="document"/>, found at <paramref name="pageUrl"/> when the caller gave it.</summary>
    public ExtractionContext(IDocument document, Uri? pageUrl, ArticleParserOptions options, TimestampNormalizer normalizer, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        this.normalizer = normalizer;
        CancellationToken = cancellationToken;
        ReferenceInstant = options.Clock.GetCurrentInstant();
        Index = new ElementIndex(document, cancellationToken);
        previousIndex = Index.Enter();
        Regions = new RegionMemory(Index);
        Links = new PageLinks(Index, pageUrl);
    }

    /// <summary>The page's DOM.</summary>
    public IDocument Document { get; }

    /// <summary>
    /// The page's title as <c>document.title</c> gives it, read once: each read of <see cref="IDocument.Title"/> looks for
    /// the title element and copies its text again.
    /// </summary>
    public string? Title
    {
        get
        {
            if (!titleRead)
            {
                (title, titleRead) = (Document.Title, true);
            }

            return title;
        }
    }

    private string? title;
    private bool titleRead;

    /// <summary>A number no other context of the process has: names the parse for per-thread caches without holding it.</summary>
    public long Id { get; } = Interlocked.Increment(ref lastId);

    private static long lastId;

    /// <summary>The parser's options.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>The caller's token linked with the time budget.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The clock's instant at the start of the parse, so that every relative date in one page agrees.</summary>
    public NodaTime.Instant ReferenceInstant { get; }

    /// <summary>The page's elements and text nodes in document order.</summary>
    public ElementIndex Index { get; }

    /// <summary>The page's address, base and resolved links.</summary>
    public PageLinks Links { get; }

    /// <summary>What <see cref="PageRegions"/> has judged of the page's elements.</summary>
    public RegionMemory Regions { get; }

    /// <summary>The warnings collected so far.</summary>
    public IReadOnlyList<ParseWarning> Warnings => warnings;

    /// <summary>Adds a warning to the parse's result.</summary>
    public void Warn(WarningKind kind, string message) => warnings.Add(new ParseWarning(kind, message));

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller cancelled or the time budget ran out.</summary>
    public void ThrowIfCancelled() => CancellationToken.ThrowIfCancellationRequested();

    /// <summary>
    /// The page's timestamp reader, in the culture of its language (<paramref name="pageCulture"/>) when known, and in
    /// <paramref name="otherOrder"/>'s culture for a numeric date whose day-month order is assumed, when that gives one.
    /// </summary>
    public PageDates Dates(CultureInfo? pageCulture, Func<CultureInfo?>? otherOrder = null) => new(normalizer, Options, ReferenceInstant, pageCulture, otherOrder);

    /// <summary>The index that was the thread's current one before this parse's (see <see cref="ElementIndex.Enter"/>).</summary>
    private readonly ElementIndex? previousIndex;

    /// <summary>Gives the element index's collections back to this thread for the next parse; the context must not be used after it.</summary>
    public void Dispose()
    {
        Index.Leave(previousIndex);
        Index.Dispose();
    }
}
