using NewsKit.Extensions;

namespace NewsKit;

/// <summary>
/// Builds an <see cref="ArticleParser"/> with extensions: site rules (where a site puts its article's parts), candidate
/// providers (code that points the stages at a page's parts) and post-processors (code that changes the finished
/// article). The built parser is immutable and thread-safe; the builder is not, and may go on to build others.
/// </summary>
/// <example>
/// <code>
/// var parser = new ArticleParserBuilder()
///     .AddSiteRule(new SiteRule("example-news.com") { Body = "div.story-text", Exclude = [".paywall-teaser"] })
///     .AddPostProcessor((article, page) => article with { Tags = [.. article.Tags, "example-news"] })
///     .Build();
/// </code>
/// </example>
public sealed class ArticleParserBuilder
{
    private readonly List<SiteRule> siteRules = [];
    private readonly List<CandidateProvider> providers = [];
    private readonly List<ArticlePostProcessor> postProcessors = [];

    /// <summary>Starts a parser with <paramref name="options"/> and no extension.</summary>
    /// <param name="options">The options; null for <see cref="ArticleParserOptions.Default"/>.</param>
    public ArticleParserBuilder(ArticleParserOptions? options = null)
    {
        Options = options ?? ArticleParserOptions.Default;
    }

    /// <summary>The options the parser is built with.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>Adds an extension: calls its <see cref="IArticleExtension.Setup"/> now, which registers what it adds.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public ArticleParserBuilder Use(IArticleExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        extension.Setup(this);
        return this;
    }

    /// <summary>Adds a site rule. Rules are tried in the order added; each that applies to a page gives its candidates.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public ArticleParserBuilder AddSiteRule(SiteRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        siteRules.Add(rule);
        return this;
    }

    /// <summary>
    /// Adds code that gives the stages candidates for every page, after the site rules' (for the headline and the times
    /// the first candidate wins). If it throws, its candidates of that page are dropped and the result has an
    /// <see cref="WarningKind.ExtensionFailed"/> warning.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public ArticleParserBuilder AddCandidates(CandidateProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        providers.Add(provider);
        return this;
    }

    /// <summary>
    /// Adds code that changes the finished article of every page that has one (even without a body), in the order added.
    /// If it throws or returns null, the article stays as it was before it and the result has an
    /// <see cref="WarningKind.ExtensionFailed"/> warning.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="processor"/> is null.</exception>
    public ArticleParserBuilder AddPostProcessor(ArticlePostProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        postProcessors.Add(processor);
        return this;
    }

    /// <summary>Builds the parser with the options and the extensions added so far (later additions do not change it).</summary>
    public ArticleParser Build() => new(Options, new ParserExtensions([.. siteRules], [.. providers], [.. postProcessors]));
}
