namespace NewsKit.Models;

/// <summary>
/// A news article read from one page: its identity, dateline, body, related reading and rights.
/// Immutable: every list and dictionary is a private read-only copy (a cast cannot change it), and two articles
/// compare equal when every field is equal, lists and dictionaries item by item. Lists are never null (empty when the
/// page had nothing).
/// </summary>
public sealed record Article
{
    /// <summary>The page URL the caller gave, as given (relative or absolute), or null.</summary>
    public Uri? Url { get; init; }

    /// <summary>The headline, without site-name prefixes or suffixes; null when the page has none.</summary>
    public string? Headline { get; init; }

    /// <summary>The standfirst (deck, dek, summary line) shown under the headline, else the page description; null when none.</summary>
    public string? Standfirst { get; init; }

    /// <summary>When (and where, for wire stories) the article was published and last modified.</summary>
    public Dateline Dateline { get; init; } = Dateline.Empty;

    /// <summary>
    /// The authors in byline order, without duplicates: the people the page credits; an organization (a news agency, a
    /// desk, the outlet) only when the page credits no person (the agency a named reporter writes for is no author of its own).
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<Author> Authors
    {
        get => authors;
        init => authors = ValueList.From(value);
    }

    /// <summary>The article body: ordered blocks and their plain text. Empty when no main content was found.</summary>
    public ArticleBody Body { get; init; } = ArticleBody.Empty;

    /// <summary>Links to other articles offered as related reading ("More on this", "Related"), in page order.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<RelatedLink> RelatedLinks
    {
        get => relatedLinks;
        init => relatedLinks = ValueList.From(value);
    }

    /// <summary>The copyright notice, or null when the page states none.</summary>
    public Copyright? Copyright { get; init; }

    /// <summary>The name of the publication (og:site_name, the JSON-LD publisher); null when unknown.</summary>
    public string? SiteName { get; init; }

    /// <summary>The language as a BCP 47 tag ("en", "de-CH"); null when the page does not say.</summary>
    public string? Language { get; init; }

    /// <summary>The canonical URL (rel=canonical, og:url), absolute; null when none.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The lead image (og:image, the JSON-LD image, twitter:image; else a figure among the body's first three blocks), absolute; null when none.</summary>
    public Uri? LeadImage { get; init; }

    /// <summary>Tags and keywords (article:tag, keywords, JSON-LD keywords), without duplicates.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string> Tags
    {
        get => tags;
        init => tags = ValueList.From(value);
    }

    /// <summary>The section ("World", "Politics") from article:section or JSON-LD articleSection; null when none.</summary>
    public string? Section { get; init; }

    /// <summary>Whether the article is free to read (JSON-LD <c>isAccessibleForFree</c>); null when the page does not say.</summary>
    public bool? IsAccessibleForFree { get; init; }

    /// <summary>Which source gave each field that has a value. Fields without a value are absent.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<ArticleField, ValueSource> Sources
    {
        get => sources;
        init => sources = ValueDictionary<ArticleField, ValueSource>.From(value);
    }

    private readonly ValueList<Author> authors = ValueList<Author>.Empty;
    private readonly ValueList<RelatedLink> relatedLinks = ValueList<RelatedLink>.Empty;
    private readonly ValueList<string> tags = ValueList<string>.Empty;
    private readonly ValueDictionary<ArticleField, ValueSource> sources = ValueDictionary<ArticleField, ValueSource>.Empty;
}
