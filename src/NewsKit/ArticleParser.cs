using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Body;
using NewsKit.Extensions;
using NewsKit.Input;
using NewsKit.Metadata;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Related;
using NewsKit.Timestamps;

namespace NewsKit;

/// <summary>
/// Reads news pages into <see cref="Article"/> values. Build one from <see cref="ArticleParserOptions"/> and
/// reuse it: it is immutable and thread-safe. Parsing never throws for any input (only
/// <see cref="ArgumentNullException"/> for null), never touches the network and never runs scripts.
/// </summary>
/// <example>
/// <code>
/// var parser = new ArticleParser();
/// var result = parser.Parse(html, new Uri("https://example.com/news/1"));
/// if (result.Success) Console.WriteLine(result.Article.Headline);
/// </code>
/// </example>
public sealed class ArticleParser
{
    private readonly TimestampNormalizer normalizer = TimestampNormalizer.Default;

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options; null for <see cref="ArticleParserOptions.Default"/>.</param>
    public ArticleParser(ArticleParserOptions? options = null)
        : this(options ?? ArticleParserOptions.Default, ParserExtensions.None)
    {
    }

    /// <summary>A parser with extensions, from <see cref="ArticleParserBuilder.Build"/>.</summary>
    internal ArticleParser(ArticleParserOptions options, ParserExtensions extensions)
    {
        Options = options;
        this.extensions = extensions;
    }

    private readonly ParserExtensions extensions;

    /// <summary>A parser with the default options.</summary>
    public static ArticleParser Default { get; } = new();

    /// <summary>The options this parser was built with.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>Parses a page given as text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's URL, for resolving relative links; null when unknown (they then resolve against the page's
    /// canonical link, else its og:url, when that is absolute). A relative URL is kept in <see cref="Article.Url"/> and
    /// otherwise treated as unknown.</param>
    /// <param name="cancellationToken">Stops the parse early; the result then says <see cref="ParseFailure.Cancelled"/>.</param>
    /// <returns>The result, never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ParseResult Parse(string html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if ((long)html.Length * 2 > Options.MaxInputBytes)
        {
            return Failed(
                ParseFailure.TooLarge,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the input is {html.Length:N0} characters, over the limit of {Options.MaxInputBytes / 2:N0} characters (MaxInputBytes counts two bytes a character)"));
        }

        return ParseText(DocumentLoader.ReplaceLoneSurrogates(html).AsMemory(), url, [], cancellationToken);
    }

    /// <summary>Parses a page given as bytes, detecting the character encoding.</summary>
    /// <param name="content">The page's bytes, as received; gzip data (by its magic bytes) is decompressed first, up to
    /// <see cref="ArticleParserOptions.MaxInputBytes"/> of output, so a gzip bomb gives <see cref="ParseFailure.TooLarge"/>.</param>
    /// <param name="url">The page's URL, for resolving relative links; null when unknown (they then resolve against the page's
    /// canonical link, else its og:url, when that is absolute). A relative URL is kept in <see cref="Article.Url"/> and
    /// otherwise treated as unknown.</param>
    /// <param name="contentType">The HTTP Content-Type header, whose charset wins over the page's own declaration; null when unknown.</param>
    /// <param name="cancellationToken">Stops the parse early; the result then says <see cref="ParseFailure.Cancelled"/>.</param>
    /// <returns>The result, never null.</returns>
    /// <remarks>The encoding is taken from, in order: a byte order mark, <paramref name="contentType"/>, a
    /// <c>&lt;meta charset&gt;</c> in the first bytes, then detection from the bytes themselves.</remarks>
    public ParseResult Parse(ReadOnlyMemory<byte> content, Uri? url = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ParseWarning> inputWarnings = [];
        if (PageContent.IsGzip(content.Span))
        {
            var inflated = PageContent.DecompressGzip(content, Options.MaxInputBytes, cancellationToken);
            if (inflated.Bytes is not { } bytes)
            {
                return Failed(inflated.Failure, inflated.Reason!);
            }

            content = bytes;
            if (inflated.Warning is { } cut)
            {
                inputWarnings = [new ParseWarning(WarningKind.TruncatedInput, cut)];
            }
        }

        if (content.Length > Options.MaxInputBytes)
        {
            return TooLarge(content.Length);
        }

        // The text is decoded into a pooled buffer (a page's text is a large-object-heap string otherwise, which only a
        // full collection frees); nothing holds it once the DOM is built.
        var decoded = PageDecoder.Decode(content.Span, contentType);
        try
        {
            return ParseText(decoded.Buffer.AsMemory(0, decoded.Length), url, [.. inputWarnings, .. decoded.Warnings], cancellationToken);
        }
        finally
        {
            TextBuffer.Return(decoded.Buffer);
        }
    }

    /// <summary>Parses a page read from a stream, detecting the character encoding. The stream is read to its end, not closed.</summary>
    /// <param name="content">The page's bytes.</param>
    /// <param name="url">The page's URL, for resolving relative links; null when unknown (they then resolve against the page's
    /// canonical link, else its og:url, when that is absolute). A relative URL is kept in <see cref="Article.Url"/> and
    /// otherwise treated as unknown.</param>
    /// <param name="contentType">The HTTP Content-Type header; null when unknown.</param>
    /// <param name="cancellationToken">Stops the parse early; the result then says <see cref="ParseFailure.Cancelled"/>.</param>
    /// <returns>The result, never null. A stream that fails to read gives a result with the reason, not an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public ParseResult Parse(Stream content, Uri? url = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var read = PageContent.ReadBounded(content, Options.MaxInputBytes, cancellationToken);
        return read.Bytes is { } bytes ? Parse(bytes, url, contentType, cancellationToken) : Failed(read.Failure, read.Reason!);
    }

    /// <summary>Reads a stream asynchronously, then parses it as <see cref="Parse(Stream, Uri?, string?, CancellationToken)"/> does.</summary>
    /// <param name="content">The page's bytes.</param>
    /// <param name="url">The page's URL, for resolving relative links; null when unknown (they then resolve against the page's
    /// canonical link, else its og:url, when that is absolute). A relative URL is kept in <see cref="Article.Url"/> and
    /// otherwise treated as unknown.</param>
    /// <param name="contentType">The HTTP Content-Type header; null when unknown.</param>
    /// <param name="cancellationToken">Stops the read or the parse early.</param>
    /// <returns>The result, never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public async Task<ParseResult> ParseAsync(Stream content, Uri? url = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var read = await PageContent.ReadBoundedAsync(content, Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return read.Bytes is { } bytes ? Parse(bytes, url, contentType, cancellationToken) : Failed(read.Failure, read.Reason!);
    }

    private ParseResult ParseText(ReadOnlyMemory<char> html, Uri? url, IReadOnlyList<ParseWarning> inputWarnings, CancellationToken cancellationToken)
    {
        var verdict = InputClassifier.Classify(html.Span);
        if (verdict.Failure != ParseFailure.None)
        {
            return Failed(verdict.Failure, verdict.Reason!, inputWarnings);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.Timeout != Timeout.InfiniteTimeSpan)
        {
            budget.CancelAfter(Options.Timeout);
        }

        try
        {
            var loaded = DocumentLoader.Load(html, Options, budget.Token);
            using var document = loaded.Document;
            using var context = new ExtractionContext(document, url, Options, normalizer, budget.Token);
            foreach (var warning in inputWarnings.Concat(loaded.Warnings))
            {
                context.Warn(warning.Kind, warning.Message);
            }

            return Extract(context, url, extensions);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed(ParseFailure.Cancelled, "the caller cancelled the parse", inputWarnings);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return Failed(ParseFailure.TimedOut, string.Create(CultureInfo.InvariantCulture, $"the parse took longer than the {Options.Timeout.TotalSeconds:0.###} s time budget"), inputWarnings);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // A bug of NewsKit's own on this page: the caller gets a result that says so, not an exception (extensions'
            // errors are caught where they run and leave only their own part out).
            return Failed(ParseFailure.InternalError, $"NewsKit failed on this page ({ex.GetType().Name}: {ex.Message})", inputWarnings);
        }
    }

    /// <summary>
    /// The stages, in the order their inputs make: metadata first (it finds the headline, the page's language and so the
    /// culture its dates are read in, and claims the byline line and the copyright notice); then related links (they need
    /// the headline, which no box may hold, and the page's dates) and their claims; then the body, which leaves out every
    /// claimed element and drops the headline's repeats.
    /// </summary>
    private static ParseResult Extract(ExtractionContext context, Uri? url, ParserExtensions extensions)
    {
        // Extensions (site rules, candidate providers) give their candidates first; the stages take them as input.
        var page = extensions.PageOf(context);
        var candidates = extensions.Candidates(context, page);
        var metadata = MetadataExtractor.Extract(context, candidates);
        var article = metadata.Article;
        context.ThrowIfCancelled();
        var related = RelatedLinksExtractor.Extract(context, metadata.HeadlineElement, metadata.Dates);
        context.ThrowIfCancelled();
        var notBody = metadata.Claimed.With(related.Claimed);
        var body = BodyExtractor.Extract(context, candidates is null
            ? new BodyInput(article, metadata.HeadlineElement, metadata.DeclaredBody, notBody)
            : new BodyInput(article, metadata.HeadlineElement, metadata.DeclaredBody, notBody, candidates.BodyRoots, ElementClaims.Of(candidates.Excluded)));

        var sources = new Dictionary<ArticleField, ValueSource>(article.Sources);
        if (!body.IsEmpty)
        {
            sources[ArticleField.Body] = body.Path == BodyPath.Extension ? ValueSource.Extension : ValueSource.VisibleText;
        }

        if (related.Links.Count > 0)
        {
            sources[ArticleField.RelatedLinks] = ValueSource.VisibleText;
        }

        // Without a declared image, the figure at the top of the body is the lead image.
        var leadImage = article.LeadImage;
        if (leadImage is null && body.Blocks.Take(MaxLeadFigureBlock).FirstOrDefault(b => b.Kind == BlockKind.Figure && b.ImageUrl is not null) is { } figure)
        {
            leadImage = figure.ImageUrl;
            sources[ArticleField.LeadImage] = ValueSource.VisibleText;
        }

        article = article with
        {
            Url = url,
            Body = body,
            RelatedLinks = related.Links,
            LeadImage = leadImage,
            Sources = sources,
        };
        article = extensions.PostProcess(article, page, context);

        return article.Body.IsEmpty
            ? new ParseResult(article, ParseFailure.NoMainContent, "no main content found", context.Warnings.ToArray())
            : new ParseResult(article, ParseFailure.None, null, context.Warnings.ToArray());
    }

    /// <summary>A figure among this many first blocks of the body is at its top: the lead image when none is declared.</summary>
    private const int MaxLeadFigureBlock = 3;

    private ParseResult TooLarge(long size) =>
        Failed(ParseFailure.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the input is {size:N0} bytes, over the {Options.MaxInputBytes:N0}-byte limit"));

    private static ParseResult Failed(ParseFailure failure, string reason, IReadOnlyList<ParseWarning>? warnings = null) =>
        new(null, failure, reason, warnings ?? []);
}
