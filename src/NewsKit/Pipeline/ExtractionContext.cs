using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Timestamps;

namespace NewsKit.Pipeline;

/// <summary>
/// What every extraction stage of one parse shares: the document, the page URL, the options, the warnings
/// collected so far, the cancellation token (the caller's, linked with the time budget) and the elements
/// that earlier stages have claimed as not body (related-link blocks, copyright lines).
/// One instance per parse; not thread-safe.
/// </summary>
internal sealed class ExtractionContext : IDisposable
{
    private readonly List<ParseWarning> warnings = [];

    /// <summary>The collections of the element index, taken from this thread's spares; given back on <see cref="Dispose"/>.</summary>
    private IndexBuffers? buffers;

    public ExtractionContext(IDocument document, Uri? pageUrl, ArticleParserOptions options, TimestampNormalizer normalizer, CancellationToken cancellationToken)
    {
        Document = document;

        // A relative URL has no host or path to resolve against: it is kept in Article.Url and otherwise unused.
        PageUrl = pageUrl is { IsAbsoluteUri: true } ? pageUrl : null;
        Options = options;
        Normalizer = normalizer;
        CancellationToken = cancellationToken;
        ReferenceInstant = options.Clock.GetCurrentInstant();
    }

    public IDocument Document { get; }

    /// <summary>A number no other context of the process has: names the parse for per-thread caches without holding it.</summary>
    public long Id { get; } = Interlocked.Increment(ref lastId);

    private static long lastId;

    /// <summary>
    /// The URL the caller gave when it is absolute (null for a relative one); relative links resolve against it (or the
    /// page's own &lt;base href&gt;; without it, against the page's canonical link or og:url).
    /// </summary>
    public Uri? PageUrl { get; }

    public ArticleParserOptions Options { get; }

    public TimestampNormalizer Normalizer { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The clock's instant at the start of the parse, so that every relative date in one page agrees.</summary>
    public NodaTime.Instant ReferenceInstant { get; }

    /// <summary>Elements that a stage has identified as not part of the article body (related blocks, copyright, share bars).</summary>
    public HashSet<IElement> NotBody { get; } = new(64, ReferenceEqualityComparer.Instance);

    /// <summary>Every element's index in document order (the index into <see cref="Elements"/>), built once on first use and shared by the stages.</summary>
    public Dictionary<IElement, int> DocumentOrder
    {
        get
        {
            IndexElements();
            return documentOrder!;
        }
    }

    /// <summary>Every element of the document in document order, built once on first use.</summary>
    public IReadOnlyList<IElement> Elements
    {
        get
        {
            IndexElements();
            return elements!;
        }
    }

    private Dictionary<IElement, int>? documentOrder;
    private List<IElement>? elements;

    /// <summary>
    /// The run of <see cref="Elements"/> that lies inside <paramref name="scope"/> (its descendants, not itself), as a
    /// start index and an end index (exclusive); the whole index when it is null, an empty run when it is not in the document.
    /// </summary>
    public (int Start, int End) Inside(IElement? scope)
    {
        if (scope is null)
        {
            return (0, Elements.Count);
        }

        return DocumentOrder.TryGetValue(scope, out var at) ? (at + 1, SubtreeEnd(at)) : (0, 0);
    }

    /// <summary>Per-page memory of whether an element is hidden (itself or by an ancestor).</summary>
    public Dictionary<IElement, bool> Hidden { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per-page memory of whether an element is, or is inside, a nav, footer or header.</summary>
    public Dictionary<IElement, bool> InChrome { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per-page memory of whether an element itself marks a foreign region (aside, nav, footer, related, ...).</summary>
    public Dictionary<IElement, bool> ForeignMarks { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="element"/> is <paramref name="descendant"/> or one of its ancestors (<c>element.Contains(descendant)</c>).</summary>
    public bool IsAncestorOrSelf(IElement element, IElement descendant)
    {
        if (ancestorsOf != descendant)
        {
            ancestorsOf = descendant;
            ancestors.Clear();
            for (var current = descendant; current is not null; current = current.ParentElement)
            {
                ancestors.Add(current);
            }
        }

        return ancestors.Contains(element);
    }

    private readonly HashSet<IElement> ancestors = new(ReferenceEqualityComparer.Instance);
    private IElement? ancestorsOf;

    /// <summary>The text nodes under <c>body</c>, in document order, taken once from the element index (several stages scan them).</summary>
    public IReadOnlyList<IText> BodyTextNodes => bodyTextNodes ??= TextNodesUnder(Document.Body);

    private List<IText>? bodyTextNodes;

    private List<IText> TextNodesUnder(IElement? root)
    {
        var texts = new List<IText>();
        if (root is null || !DocumentOrder.TryGetValue(root, out var start))
        {
            return texts;
        }

        // In document order the text nodes of a subtree are one run of the list: find its start, take it whole.
        var end = SubtreeEnd(start);
        var all = TextNodes;
        var k = 0;
        while (k < all.Count && (all[k].Parent < start || all[k].Parent >= end))
        {
            k++;
        }

        while (k < all.Count && all[k].Parent >= start && all[k].Parent < end)
        {
            texts.Add(all[k].Text);
            k++;
        }

        return texts;
    }

    /// <summary>
    /// The descendants of <paramref name="root"/> in document order, read from the element index: a subtree is one run
    /// of the index, from just after the root to the first element that follows the root's subtree.
    /// </summary>
    public IEnumerable<IElement> DescendantsOf(IElement root)
    {
        var all = Elements;
        if (!DocumentOrder.TryGetValue(root, out var start))
        {
            yield break;
        }

        var end = SubtreeEnd(start);
        for (var i = start + 1; i < end; i++)
        {
            yield return all[i];
        }
    }

    /// <summary>
    /// The index just past the subtree of the element at <paramref name="start"/>. In document order a subtree is one
    /// run of the index, which goes on while each element's parent lies inside it (at or after the root).
    /// </summary>
    private int SubtreeEnd(int start)
    {
        var parentIndices = ParentIndices;
        var end = start + 1;
        while (end < parentIndices.Count && parentIndices[end] >= start)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The elements with the given local name (lower case, as the parser gives HTML names), in document order: what
    /// the type selector <paramref name="localName"/> matches in the whole document, from one pass over the index.
    /// </summary>
    public IReadOnlyList<IElement> ElementsNamed(string localName)
    {
        // The names the stages ask for are listed together in one scan of the index; any other name gets a scan of
        // its own. Both are remembered.
        if (byName is null)
        {
            byName = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            foreach (var name in CommonNames)
            {
                byName[name] = [];
            }

            foreach (var element in Elements)
            {
                if (byName.TryGetValue(element.LocalName, out var common))
                {
                    common.Add(element);
                }
            }
        }

        if (!byName.TryGetValue(localName, out var named))
        {
            named = [];
            foreach (var element in Elements)
            {
                if (element.LocalName == localName)
                {
                    named.Add(element);
                }
            }

            byName[localName] = named;
        }

        return named;
    }

    /// <summary>The names the stages ask for, listed in the first scan.</summary>
    private static readonly string[] CommonNames = ["meta", "link", "script", "title", "base", "h1", "p", "a"];

    /// <summary>The first element with the given local name in document order, or null.</summary>
    public IElement? FirstNamed(string localName) => ElementsNamed(localName) is { Count: > 0 } named ? named[0] : null;

    /// <summary>The elements whose <c>itemprop</c> is exactly <paramref name="value"/> (the selector <c>[itemprop=value]</c>), in document order.</summary>
    public IReadOnlyList<IElement> WithItemProp(string value)
    {
        if (byItemProp is null)
        {
            byItemProp = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            foreach (var element in Elements)
            {
                if (Attributes.Of(element, "itemprop") is not { } itemprop)
                {
                    continue;
                }

                if (!byItemProp.TryGetValue(itemprop, out var list))
                {
                    list = [];
                    byItemProp[itemprop] = list;
                }

                list.Add(element);
            }
        }

        return byItemProp.TryGetValue(value, out var found) ? found : [];
    }

    private Dictionary<string, List<IElement>>? byName;
    private Dictionary<string, List<IElement>>? byItemProp;

    /// <summary>Whether <paramref name="scope"/> is a proper ancestor of <paramref name="element"/> (a walk up, not down).</summary>
    public static bool IsInside(IElement element, IElement scope)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current == scope)
            {
                return true;
            }
        }

        return false;
    }

    private void IndexElements()
    {
        if (elements is not null)
        {
            return;
        }

        // One walk of the tree, in document order (pre-order), without recursion: every element with the index of its
        // parent element, and every text node with the index of its parent. The body stage builds its map from this
        // and the metadata stages read their windows and lists from it, so the DOM is walked once for all of them.
        buffers = IndexBuffers.Take();
        var list = buffers.Elements;
        var parentList = buffers.Parents;
        var texts = buffers.Texts;
        if (Document.DocumentElement is { } rootElement)
        {
            list.Add(rootElement);
            parentList.Add(-1);
            var stack = buffers.Stack;
            var children = rootElement.ChildNodes;
            var next = 0;
            var parent = 0;
            while (true)
            {
                if (next >= children.Length)
                {
                    if (stack.Count == 0)
                    {
                        break;
                    }

                    (children, next, parent) = stack.Pop();
                    continue;
                }

                var child = children[next++];
                if (child is IElement element)
                {
                    if ((list.Count & 0xFFF) == 0)
                    {
                        ThrowIfCancelled();
                    }

                    var index = list.Count;
                    list.Add(element);
                    parentList.Add(parent);
                    if (element.HasChildNodes)
                    {
                        stack.Push((children, next, parent));
                        children = element.ChildNodes;
                        next = 0;
                        parent = index;
                    }
                }
                else if (child is IText text)
                {
                    texts.Add((text, parent));
                }
            }
        }

        var order = buffers.Order;
        order.EnsureCapacity(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            order[list[i]] = i;
        }

        elements = list;
        parents = parentList;
        textNodes = texts;
        documentOrder = order;
    }

    /// <summary>For each element of <see cref="Elements"/>, the index of its parent element there (-1 for the root).</summary>
    public IReadOnlyList<int> ParentIndices
    {
        get
        {
            IndexElements();
            return parents!;
        }
    }

    /// <summary>Every text node under the root element in document order, with the index of its parent element in <see cref="Elements"/>.</summary>
    public IReadOnlyList<(IText Text, int Parent)> TextNodes
    {
        get
        {
            IndexElements();
            return textNodes!;
        }
    }

    private List<int>? parents;
    private List<(IText, int)>? textNodes;

    /// <summary><see cref="Elements"/> as the list itself, for the body map, which shares it and never changes it.</summary>
    internal List<IElement> ElementList
    {
        get
        {
            IndexElements();
            return elements!;
        }
    }

    /// <summary><see cref="ParentIndices"/> as the list itself, for the body map, which shares it and never changes it.</summary>
    internal List<int> ParentList
    {
        get
        {
            IndexElements();
            return parents!;
        }
    }

    public IReadOnlyList<ParseWarning> Warnings => warnings;

    /// <summary>The page language's culture when the page declares one that .NET knows; set by the metadata stage.</summary>
    public CultureInfo? PageCulture { get; set; }

    public void Warn(WarningKind kind, string message) => warnings.Add(new ParseWarning(kind, message));

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller cancelled or the time budget ran out.</summary>
    public void ThrowIfCancelled() => CancellationToken.ThrowIfCancellationRequested();

    /// <summary>The timestamp context for text found at <paramref name="source"/> on this page.</summary>
    public TimestampContext TimestampContext(TimestampSource source, bool searchWithinText = false, NodaTime.LocalDate? yearReference = null)
    {
        var cultures = Options.Cultures;
        if (PageCulture is { } page)
        {
            cultures = [.. cultures, page];
        }

        return new TimestampContext
        {
            ReferenceInstant = ReferenceInstant,
            YearReference = yearReference,
            DefaultZone = Options.DefaultZone,
            Cultures = cultures,
            Source = source,
            SearchWithinText = searchWithinText,
            AllowUnixEpoch = source is TimestampSource.JsonLd or TimestampSource.Meta or TimestampSource.Microdata,
        };
    }

    /// <summary>Normalizes text found at <paramref name="source"/>; null when it is not a timestamp.</summary>
    public Timestamp? NormalizeTimestamp(string? text, TimestampSource source, bool searchWithinText = false, NodaTime.LocalDate? yearReference = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = Normalizer.Normalize(text, TimestampContext(source, searchWithinText, yearReference));
        return result.Success ? result.Value : null;
    }

    /// <summary>Resolves <paramref name="href"/> against the document's base URL; null when it is not a usable http(s) URL.</summary>
    public Uri? ResolveUrl(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        // The same links come back in several stages (related blocks, bylines, body links): each is resolved once.
        if (resolved.TryGetValue(href, out var known))
        {
            return known;
        }

        var url = Resolve(href.Trim());
        if (resolved.Count < MaxResolvedUrls)
        {
            resolved[href] = url;
        }

        return url;
    }

    private const int MaxResolvedUrls = 8192;

    private readonly Dictionary<string, Uri?> resolved = new(256, StringComparer.Ordinal);

    private Uri? Resolve(string href)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && href.Contains("://", StringComparison.Ordinal))
        {
            return absolute.Scheme is "http" or "https" ? absolute : null;
        }

        var baseUrl = BaseUrl;
        if (baseUrl is null)
        {
            return null;
        }

        return Uri.TryCreate(baseUrl, href, out var combined) && combined.Scheme is "http" or "https" ? combined : null;
    }

    /// <summary>The page's address: the URL the caller gave, else the address the page gives itself (canonical link, og:url); null when neither is known.</summary>
    public Uri? PageAddress => PageUrl ?? (ownUrlRead ? ownUrl : ReadOwnUrl());

    private Uri? ownUrl;
    private bool ownUrlRead;

    private Uri? ReadOwnUrl()
    {
        ownUrl = OwnUrl();
        ownUrlRead = true;
        return ownUrl;
    }

    private Uri? BaseUrl => baseUrl ??= FindBaseUrl();

    private Uri? baseUrl;

    private Uri? FindBaseUrl()
    {
        var href = ElementsNamed("base").FirstOrDefault(b => b.HasAttribute("href"))?.GetAttribute("href");
        if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var declared) && declared.Scheme is "http" or "https")
        {
            return declared;
        }

        var page = PageUrl ?? OwnUrl();
        if (href is not null && page is not null && Uri.TryCreate(page, href, out var relative))
        {
            return relative;
        }

        return page;
    }

    /// <summary>The href of the page's first <c>link[rel=canonical]</c>, as written (null when there is none); found once.</summary>
    public string? CanonicalHref
    {
        get
        {
            if (!canonicalHrefRead)
            {
                canonicalHref = ElementsNamed("link").FirstOrDefault(CanonicalLink.Matches)?.GetAttribute("href");
                canonicalHrefRead = true;
            }

            return canonicalHref;
        }
    }

    private static readonly SimpleSelector CanonicalLink = SimpleSelector.Parse("link[rel=canonical]");
    private string? canonicalHref;
    private bool canonicalHrefRead;

    /// <summary>
    /// The address the page gives itself, for a parse the caller gave no URL: its canonical link, else its og:url,
    /// when absolute http(s). A page served at that address resolves its links the same way; a copy served elsewhere
    /// (an AMP page, a syndicated copy) resolves them against the original's address, on the same site.
    /// </summary>
    private Uri? OwnUrl()
    {
        if (AbsoluteHttp(CanonicalHref) is { } canonical)
        {
            return canonical;
        }

        foreach (var meta in ElementsNamed("meta"))
        {
            if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), "og:url", StringComparison.OrdinalIgnoreCase)
                && AbsoluteHttp(meta.GetAttribute("content")) is { } own)
            {
                return own;
            }
        }

        return null;
    }

    private static Uri? AbsoluteHttp(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;

    /// <summary>
    /// Gives the index's collections back to this thread, emptied, for the next parse; the context must not be used
    /// after it. Nothing the parse returns refers to them.
    /// </summary>
    public void Dispose()
    {
        if (buffers is not null)
        {
            IndexBuffers.Give(buffers);
            buffers = null;
            elements = null;
            parents = null;
            textNodes = null;
            documentOrder = null;
        }
    }

    /// <summary>
    /// The element index's collections, kept per thread between parses (a page's index is tens to hundreds of
    /// kilobytes; reusing them keeps it off the heap). Collections grown past <see cref="MaxKeptElements"/> are dropped
    /// instead of kept, so one huge page does not hold memory for the life of the thread.
    /// </summary>
    private sealed class IndexBuffers
    {
        private const int MaxKeptElements = 1 << 15;

        [ThreadStatic]
        private static IndexBuffers? spare;

        public List<IElement> Elements { get; } = new(1024);

        public List<int> Parents { get; } = new(1024);

        public List<(IText, int)> Texts { get; } = new(1024);

        public Dictionary<IElement, int> Order { get; } = new(1024, ReferenceEqualityComparer.Instance);

        public Stack<(INodeList Children, int Next, int Parent)> Stack { get; } = new(64);

        public static IndexBuffers Take()
        {
            var taken = spare ?? new IndexBuffers();
            spare = null;
            return taken;
        }

        public static void Give(IndexBuffers buffers)
        {
            if (buffers.Elements.Count > MaxKeptElements || buffers.Texts.Count > 2 * MaxKeptElements)
            {
                return;
            }

            buffers.Elements.Clear();
            buffers.Parents.Clear();
            buffers.Texts.Clear();
            buffers.Order.Clear();
            buffers.Stack.Clear();
            spare = buffers;
        }
    }
}
