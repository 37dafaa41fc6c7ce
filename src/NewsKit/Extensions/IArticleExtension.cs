namespace NewsKit.Extensions;

/// <summary>
/// An extension of the parser, in the spirit of Markdig's pipeline: it registers what it adds on an
/// <see cref="ArticleParserBuilder"/> (site rules, candidates for the stages, post-processing) and the built
/// <see cref="ArticleParser"/> runs them on every page. An extension reaches the page only through what the builder hands
/// it, never through the parser's internals.
/// </summary>
/// <example>
/// <code>
/// sealed class ExampleNews : IArticleExtension
/// {
///     public void Setup(ArticleParserBuilder builder) =>
///         builder.AddSiteRule(new SiteRule("example-news.com") { Body = "div.story-text", Exclude = [".paywall-teaser"] });
/// }
///
/// var parser = new ArticleParserBuilder().Use(new ExampleNews()).Build();
/// </code>
/// </example>
public interface IArticleExtension
{
    /// <summary>Registers what the extension adds. Called once, by <see cref="ArticleParserBuilder.Use"/>.</summary>
    /// <param name="builder">The builder of the parser the extension joins.</param>
    void Setup(ArticleParserBuilder builder);
}
