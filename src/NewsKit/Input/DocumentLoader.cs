using System.Globalization;
using System.Runtime.InteropServices;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace NewsKit.Input;

/// <summary>
/// Builds the DOM with AngleSharp: no scripting, no resource loading, no network (the browsing context has the
/// default configuration, which has no loaders or requesters, so nothing can be fetched, less its attribute observer)
/// and no source positions kept on elements.
/// The text first goes through <see cref="MarkupGuard"/>, which bounds the depth of the parser's stack and the
/// number of elements; AngleSharp's own <see cref="HtmlParserOptions.MaximumDepth"/> then caps the depth of the
/// tree, and the parse of a string checks the cancellation token between tokens (a text in a character buffer, the
/// guard's rewrite or decoded bytes, goes to AngleSharp's buffer overload, which takes no token: that parse checks
/// the token every 256 attributes and right after). Comments are not kept (nothing reads them,
/// and a page of empty comments would otherwise become millions of nodes); attributes are capped per element.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>The most attributes kept on one element (real pages have a few dozen at most); the rest are dropped.</summary>
    public const int MaxAttributesPerElement = 1000;

    internal readonly record struct Loaded(IDocument Document, IReadOnlyList<ParseWarning> Warnings);

    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <param name="html">The page's text, free of lone surrogates (decoded bytes are; a string given by the caller
    /// goes through <see cref="ReplaceLoneSurrogates"/> first). It is not referenced once the call returns, so a pooled
    /// buffer may be given and returned right after.</param>
    /// <param name="options">The limits (depth, elements) the DOM is built within.</param>
    /// <param name="cancellationToken">Stops the build; also the parse's time budget.</param>
    public static Loaded Load(ReadOnlyMemory<char> html, ArticleParserOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var guarded = MarkupGuard.Apply(html, options.MaxDepth, options.MaxElements, cancellationToken);
        if (threadParser?.MaxDepth != options.MaxDepth)
        {
            threadParser = new ThreadParser(options.MaxDepth);
        }

        var session = threadParser;
        session.Start(cancellationToken);
        var parser = session.Parser;

        IDocument document;
        if (guarded.Rewritten is { } rewritten)
        {
            // The rewritten text is parsed from the pooled buffer (AngleSharp copies what it keeps; the document holds
            // no reference to the buffer), which goes back to the pool at once.
            try
            {
                document = parser.ParseDocument(rewritten, guarded.Length);
            }
            finally
            {
                TextBuffer.Return(rewritten);
            }
        }
        else if (MemoryMarshal.TryGetString(guarded.Source, out var text, out var start, out var length) && start == 0 && length == text.Length)
        {
            // With a string source the parse never waits: the task is complete when the call returns.
            document = parser.ParseDocumentAsync(text, cancellationToken).GetAwaiter().GetResult();
        }
        else if (MemoryMarshal.TryGetArray(guarded.Source, out var segment) && segment.Offset == 0)
        {
            document = parser.ParseDocument(segment.Array!, segment.Count);
        }
        else
        {
            document = parser.ParseDocumentAsync(guarded.Source.ToString(), cancellationToken).GetAwaiter().GetResult();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!session.TooManyAttributes)
        {
            return new Loaded(document, guarded.Warnings);
        }

        var warning = new ParseWarning(WarningKind.LimitReached, string.Create(CultureInfo.InvariantCulture, $"attributes beyond {MaxAttributesPerElement:N0} on one element were dropped"));
        return new Loaded(document, [.. guarded.Warnings, warning]);
    }

    /// <summary>
    /// Replaces UTF-16 surrogates that are not part of a pair with U+FFFD (text given as a string can carry them;
    /// decoded bytes cannot), so that no later stage meets invalid text (normalization throws on it).
    /// Returns the same string when there is none.
    /// </summary>
    internal static string ReplaceLoneSurrogates(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        // From one surrogate to the next (a page with emoji has pairs all through it; the text between is skipped).
        char[]? repaired = null;
        for (var i = first; i >= 0;)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                repaired ??= text.ToCharArray();
                repaired[i] = '\uFFFD';
                i++;
            }

            var next = i < text.Length ? text.AsSpan(i).IndexOfAnyInRange('\uD800', '\uDFFF') : -1;
            i = next < 0 ? -1 : i + next;
        }

        return repaired is null ? text : new string(repaired);
    }

    /// <summary>
    /// AngleSharp's default services without its attribute observer. The observer keeps browser state in step with
    /// attributes as they are set (class lists, styles, link relations, image and frame sources with their URLs
    /// parsed, the document's base URL), once per attribute during the parse; the stages read attributes only as
    /// text (<see cref="Pipeline.PageLinks.ResolveUrl"/> resolves links against its own base), so the parse
    /// skips that work.
    /// </summary>
    internal static readonly Configuration ParseConfiguration =
        new(Configuration.Default.Services.Where(service => service is not IAttributeObserver));

    /// <summary>
    /// The parser settings of the DOM build, without the per-parse attribute callback: no scripting, no comments, no
    /// source positions or references, character references decoded, elements nested at most <paramref name="maxDepth"/> deep.
    /// </summary>
    internal static HtmlParserOptions ParserOptions(int maxDepth) => new()
    {
        SkipComments = true,
        DisableElementPositionTracking = true,
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
        IsSupportingProcessingInstructions = false,
        IsEmbedded = false,
        MaximumDepth = maxDepth,
    };

    /// <summary>The parser of this thread (building one costs a browsing context per page), rebuilt when the depth limit changes.</summary>
    [ThreadStatic]
    private static ThreadParser? threadParser;

    /// <summary>
    /// One thread's AngleSharp parser with the state its attribute callback keeps for the current parse. A parsed
    /// document keeps no reference back to it, so one parser serves every page of the thread (memory stays flat).
    /// </summary>
    private sealed class ThreadParser
    {
        private CancellationToken cancellationToken;
        private int attributes;

        public ThreadParser(int maxDepth)
        {
            MaxDepth = maxDepth;
            var parserOptions = ParserOptions(maxDepth);
            parserOptions.ShouldEmitAttribute = Emit;
            Parser = new HtmlParser(parserOptions, BrowsingContext.New(ParseConfiguration));
        }

        public int MaxDepth { get; }

        public HtmlParser Parser { get; }

        /// <summary>Whether the current parse dropped attributes past <see cref="MaxAttributesPerElement"/> on an element.</summary>
        public bool TooManyAttributes { get; private set; }

        public void Start(CancellationToken token)
        {
            cancellationToken = token;
            attributes = 0;
            TooManyAttributes = false;
        }

        private bool Emit(ref StructHtmlToken token, ReadOnlyMemory<char> name)
        {
            // The parse of a rewritten text has no token of its own: it stops here when the budget runs out.
            if ((++attributes & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (token.Attributes.Count < MaxAttributesPerElement)
            {
                return true;
            }

            TooManyAttributes = true;
            return false;
        }
    }
}
