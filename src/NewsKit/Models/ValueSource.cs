namespace NewsKit.Models;

/// <summary>Where an article field's value came from.</summary>
public enum ValueSource
{
    /// <summary>JSON-LD (schema.org) structured data.</summary>
    JsonLd,

    /// <summary>OpenGraph meta tags (<c>og:*</c>, <c>article:*</c>).</summary>
    OpenGraph,

    /// <summary>Twitter card meta tags.</summary>
    TwitterCard,

    /// <summary>Other <c>&lt;meta&gt;</c> tags (<c>description</c>, <c>author</c>, Dublin Core, ...).</summary>
    Meta,

    /// <summary>Microdata attributes (<c>itemprop</c>); for dates also the other attribute vocabularies: RDFa (<c>property="schema:datePublished"</c>, Dublin Core) and microformats (hAtom <c>published</c>, h-entry <c>dt-published</c>).</summary>
    Microdata,

    /// <summary>A <c>&lt;link&gt;</c> element (<c>rel=canonical</c>, <c>rel=author</c>, <c>rel=license</c>).</summary>
    LinkElement,

    /// <summary>The document's <c>&lt;title&gt;</c>.</summary>
    TitleElement,

    /// <summary>A <c>&lt;time&gt;</c> element.</summary>
    TimeElement,

    /// <summary>Visible page text or elements (a heading, a byline, a footer line).</summary>
    VisibleText,

    /// <summary>The page URL.</summary>
    Url,

    /// <summary>The document element's attributes (<c>html lang</c>).</summary>
    DocumentAttribute,

    /// <summary>A parser extension: a site rule's selector or a candidate an extension gave (see <see cref="Extensions.ArticleCandidates"/>).</summary>
    Extension,
}

/// <summary>The fields of <see cref="Article"/> whose source is recorded in <see cref="Article.Sources"/>.</summary>
public enum ArticleField
{
    /// <summary><see cref="Article.Headline"/>.</summary>
    Headline,

    /// <summary><see cref="Article.Standfirst"/>.</summary>
    Standfirst,

    /// <summary><see cref="Dateline.Published"/>.</summary>
    Published,

    /// <summary><see cref="Dateline.Modified"/>.</summary>
    Modified,

    /// <summary><see cref="Dateline.Place"/> and <see cref="Dateline.Agency"/>.</summary>
    WireDateline,

    /// <summary><see cref="Article.Authors"/>.</summary>
    Authors,

    /// <summary><see cref="Article.Body"/>.</summary>
    Body,

    /// <summary><see cref="Article.RelatedLinks"/>.</summary>
    RelatedLinks,

    /// <summary><see cref="Article.Copyright"/>.</summary>
    Copyright,

    /// <summary><see cref="Article.SiteName"/>.</summary>
    SiteName,

    /// <summary><see cref="Article.Language"/>.</summary>
    Language,

    /// <summary><see cref="Article.CanonicalUrl"/>.</summary>
    CanonicalUrl,

    /// <summary><see cref="Article.LeadImage"/>.</summary>
    LeadImage,

    /// <summary><see cref="Article.Tags"/>.</summary>
    Tags,

    /// <summary><see cref="Article.Section"/>.</summary>
    Section,

    /// <summary><see cref="Article.IsAccessibleForFree"/>.</summary>
    IsAccessibleForFree,
}
