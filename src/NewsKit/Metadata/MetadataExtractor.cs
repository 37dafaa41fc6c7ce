using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Extensions;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>What the metadata stage gives the later stages.</summary>
/// <param name="Article">The article's fields so far (all but the body and related links).</param>
/// <param name="HeadlineElement">The element the headline was read from; null when it came from metadata only.</param>
/// <param name="DeclaredBody">The article text the page declares in JSON-LD (<c>articleBody</c>), from the one reading of the page's JSON-LD; null when none.</param>
/// <param name="Dates">The page's timestamp reader, in the culture of the page's language when known; the later stages read their dates with it.</param>
/// <param name="Claimed">The elements the stage found to be page furniture (the byline line, the copyright notice), which the body leaves out.</param>
internal sealed record MetadataFindings(Article Article, IElement? HeadlineElement, string? DeclaredBody, PageDates Dates, ElementClaims Claimed);

/// <summary>
/// Reads the article's identity from the page head and header: headline, standfirst, dateline, authors,
/// site name, language, canonical URL, lead image, tags, section, paywall flag and the copyright stated in
/// metadata. Returns an <see cref="Article"/> (in <see cref="MetadataFindings"/>) with every field but the body and related links; each value's
/// source is recorded in <see cref="Article.Sources"/>.
/// </summary>
internal static class MetadataExtractor
{
    /// <summary>The metadata stage: reads the page's metadata and returns it with the page's dates and the elements it claimed.</summary>
    /// <param name="context">The parse's context.</param>
    /// <param name="candidates">What extensions gave for this page (headline, times, byline); null when none.</param>
    public static MetadataFindings Extract(ExtractionContext context, ArticleCandidates? candidates)
    {
        var sources = new Dictionary<ArticleField, ValueSource>();
        var claims = new ElementClaims.Builder();
        var metas = MetaTags.Read(context);

        var language = LanguageFinder.Language(context, metas, sources);
        var culture = language is null ? null : LanguageFinder.CultureOf(LanguageFinder.WithCountry(language, context.Links.PageAddress, MetaTags.First(metas, ["og:locale"])?.Content));
        var dates = context.Dates(culture, () => DateOrderEvidence.OtherOrder(context, culture));

        var graph = JsonLdGraph.Read(context);
        context.ThrowIfCancelled();
        var article = graph.Article;

        var siteName = SiteNameFinder.SiteName(graph, metas, sources);
        var siteNames = SiteNameFinder.SiteNameVariants(context, siteName, graph);
        var found = HeadlineFinder.Find(context, graph, metas, siteNames);
        var declaredTitles = new[] { article?.Text("headline"), MetaTags.First(metas, ["og:title"])?.Content };
        var headline = ExtensionValues.Headline(context, found with { Text = HeadlineDates.WithoutTrailingDate(HeadlineDates.WithoutDateElement(found.Text, found.Element, dates, declaredTitles), dates, declaredTitles) }, candidates);
        if (headline.Text is not null)
        {
            sources[ArticleField.Headline] = headline.Source;
            WarnOnHeadlineConflict(context, headline);
        }

        var standfirst = StandfirstFinder.Standfirst(context, graph, metas, headline, sources);
        context.ThrowIfCancelled();
        var window = new HeadlineWindow(context, headline.Element);
        var dateline = ExtensionValues.Dateline(context, dates, DatelineFinder.Find(context, dates, window, graph, metas, sources), candidates, sources);
        context.ThrowIfCancelled();
        var (authors, authorSource, bylineLine) = AuthorFinder.Find(context, dates, window, graph, metas, siteNames);
        if (ExtensionValues.Authors(context, dates.PageCulture, siteNames, candidates) is { } given)
        {
            (authors, authorSource) = (given, ValueSource.Extension);
        }

        if (authors.Count > 0)
        {
            sources[ArticleField.Authors] = authorSource;
        }

        if (bylineLine is not null)
        {
            claims.Add(bylineLine);
        }

        var copyright = CopyrightFinder.Find(context, graph, metas, siteName);
        if (copyright.Copyright is not null)
        {
            sources[ArticleField.Copyright] = copyright.Source;
        }

        if (copyright.Element is not null)
        {
            // The notice line is page furniture, never body text.
            claims.Add(copyright.Element);
        }

        // Beside the headline, or beside a metadata title that differs from the headline shown (a social or search line).
        var titleSite = SiteNameFinder.TitleSiteName(context, headline.Text)
            ?? headline.Claims.Where(c => c.Source != ValueSource.TitleElement).Select(c => SiteNameFinder.TitleSiteName(context, c.Text)).FirstOrDefault(s => s is not null);
        if (siteName is null && titleSite is not null)
        {
            siteName = titleSite;
            sources[ArticleField.SiteName] = ValueSource.TitleElement;
        }
        else if (siteName is not null && SiteNameFinder.IsBareWord(siteName) && titleSite is not null
            && TextTools.Squashed(titleSite).Contains(TextTools.Squashed(siteName), StringComparison.Ordinal))
        {
            // og:site_name "detroitnews" beside the title's "The Detroit News": the display form wins.
            siteName = titleSite;
            sources[ArticleField.SiteName] = ValueSource.TitleElement;
        }

        authors = AuthorFinder.WithoutOutlet(authors, [.. new[] { siteName, titleSite, copyright.Copyright?.Holder }.OfType<string>(), .. siteNames], context.Links.PageUrl?.Host);

        // A personal site's owner writes its pages: when no person is named, the person its address and its name both give.
        if (!authors.Any(a => a.Kind == AuthorKind.Person)
            && SiteOwner.Find(context.Links.PageAddress, [.. authors.Select(a => ((string?)a.Name, authorSource)), (siteName, sources.GetValueOrDefault(ArticleField.SiteName)),
                (titleSite, ValueSource.TitleElement), (copyright.Copyright?.Holder, copyright.Source)]) is var (owner, ownerSource))
        {
            authors = [.. authors.Where(a => !TextTools.Squashed(a.Name).EndsWith(TextTools.Squashed(owner.Name), StringComparison.Ordinal)), owner];
            sources[ArticleField.Authors] = ownerSource;
        }

        return new MetadataFindings(new Article
        {
            Headline = headline.Text,
            Standfirst = standfirst,
            Dateline = dateline,
            Authors = authors,
            Copyright = copyright.Copyright,
            SiteName = siteName,
            Language = language,
            CanonicalUrl = Canonical(context, graph, metas, sources),
            LeadImage = LeadImage(context, graph, metas, sources),
            Tags = Tags(context, window.ArticleRoot, graph, metas, sources),
            Section = Section(graph, metas, sources),
            IsAccessibleForFree = Free(graph, sources),
            Sources = sources,
        }, headline.Element, graph.DeclaredBody, dates, claims.Build());
    }

    private static void WarnOnHeadlineConflict(ExtractionContext context, HeadlineFinder.Found headline)
    {
        foreach (var (text, source) in headline.Claims)
        {
            if (source != ValueSource.TitleElement && TextTools.Agreement(text, headline.Text!) == 0)
            {
                context.Warn(WarningKind.SourceConflict, $"headline: {source} says \"{text}\", chose \"{headline.Text}\" ({headline.Source})");
                return;
            }
        }
    }

    /// <summary>Canonical URL: rel=canonical, then og:url, then JSON-LD url / mainEntityOfPage; resolved.</summary>
    private static Uri? Canonical(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var candidates = new (string? Value, ValueSource Source)[]
        {
            (context.Links.CanonicalHref, ValueSource.LinkElement),
            (MetaTags.First(metas, ["og:url"])?.Content, ValueSource.OpenGraph),
            (graph.Article?.Get("mainEntityOfPage") is { } main ? (main.ValueKind == JsonValueKind.String ? main.GetString() : main.ValueKind == JsonValueKind.Object && main.TryGetProperty("@id", out var id) ? JsonLdValues.AsText(id) : null) : null, ValueSource.JsonLd),
            (graph.Article?.Text("url"), ValueSource.JsonLd),
        };

        // A canonical that is the site's home page, on a page whose own address or another source names a page below it (a
        // template's default link), names no article: the next source does.
        bool IsRoot(string? value) => value is not null && context.Links.ResolveUrl(value) is { } url && url.AbsolutePath is "/" or "" && url.Query.Length == 0;
        if ((context.Links.PageUrl is { AbsolutePath.Length: > 1 } || candidates.Any(c => c.Value is not null && !IsRoot(c.Value) && context.Links.ResolveUrl(c.Value) is not null))
            && candidates.Any(c => IsRoot(c.Value)))
        {
            candidates = [.. candidates.Where(c => !IsRoot(c.Value))];
        }

        return First(context, candidates, ArticleField.CanonicalUrl, sources);
    }

    /// <summary>Lead image: og:image, then JSON-LD image (url of an ImageObject), then twitter:image.</summary>
    private static Uri? LeadImage(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        string? jsonImage = null;
        if (graph.Article?.Get("image") is { } image)
        {
            // "image": {"@id": "...#primaryimage"} (Yoast's graph): the ImageObject it names.
            var first = graph.Resolve(JsonLdValues.Items(image).FirstOrDefault());
            jsonImage = first.ValueKind switch
            {
                JsonValueKind.String => first.GetString(),
                JsonValueKind.Object => first.TryGetProperty("url", out var u) ? JsonLdValues.AsText(u) : first.TryGetProperty("contentUrl", out var c) ? JsonLdValues.AsText(c) : null,
                _ => null,
            };
        }

        var candidates = new (string? Value, ValueSource Source)[]
        {
            (MetaTags.First(metas, ["og:image", "og:image:url", "og:image:secure_url"])?.Content, ValueSource.OpenGraph),
            (jsonImage, ValueSource.JsonLd),
            (MetaTags.First(metas, ["twitter:image", "twitter:image:src"])?.Content, ValueSource.TwitterCard),
            (context.Index.ElementsNamed("link").FirstOrDefault(MetaTags.ImageLink.Matches)?.GetAttribute("href"), ValueSource.LinkElement),
        };
        return First(context, candidates, ArticleField.LeadImage, sources);
    }

    private static Uri? First(ExtractionContext context, (string? Value, ValueSource Source)[] candidates, ArticleField field, Dictionary<ArticleField, ValueSource> sources)
    {
        foreach (var (value, source) in candidates)
        {
            if (context.Links.ResolveUrl(value) is { } url)
            {
                sources[field] = source;
                return url;
            }
        }

        return null;
    }

    /// <summary>Tags: article:tag and keyword meta tags, then JSON-LD keywords; split at commas, de-duplicated.</summary>
    /// <summary>The most tag links a tag list holds: more is a tag cloud, not the article's tags.</summary>
    private const int MaxTagLinks = 30;

    /// <summary>
    /// The article's tags: from tag meta tags (<see cref="MetadataRules.TagMetaNames"/>), else the JSON-LD article's
    /// <c>keywords</c>, else Parse.ly's <c>parsely-page</c> tags, else the <c>rel="tag"</c> links inside the article's own
    /// element (a theme's "Tags:" or "Labels:" line, not its categories, <c>rel="category tag"</c>; none when they are more
    /// than <see cref="MaxTagLinks"/>, a cloud).
    /// </summary>
    private static List<string> Tags(ExtractionContext context, IElement? articleRoot, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string raw, ValueSource source)
        {
            foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // "#仙台駅": a hashtag's sign is how the page shows the tag, no part of it.
                var tag = ElementText.Collapse(part).Trim(TagTrim);
                if (tag.Length is > 0 and <= 80 && seen.Add(tag))
                {
                    tags.Add(tag);
                    sources.TryAdd(ArticleField.Tags, source);
                }
            }
        }

        foreach (var name in MetadataRules.TagMetaNames)
        {
            foreach (var meta in metas.Where(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                Add(meta.Content, name.StartsWith("article:", StringComparison.Ordinal) ? ValueSource.OpenGraph : ValueSource.Meta);
            }

            if (tags.Count > 0)
            {
                break;
            }
        }

        if (tags.Count == 0 && graph.Article?.Get("keywords") is { } keywords)
        {
            foreach (var keyword in JsonLdValues.AsTexts(keywords))
            {
                Add(keyword, ValueSource.JsonLd);
            }
        }

        if (tags.Count == 0)
        {
            foreach (var meta in metas.Where(m => string.Equals(m.Key, "parsely-page", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var tag in DatelineFinder.ParselyPage(meta.Content, "tags") is { ValueKind: JsonValueKind.Array } list ? JsonLdValues.AsTexts(list) : [])
                {
                    Add(tag, ValueSource.Meta);
                }
            }
        }

        if (tags.Count == 0 && articleRoot is not null)
        {
            var links = context.Index.DescendantsOf(articleRoot)
                .Where(e => e.LocalName == "a" && e.GetAttribute("rel") is { } rel && rel.Split(' ') is var rels
                    && rels.Contains("tag", StringComparer.OrdinalIgnoreCase) && !rels.Contains("category", StringComparer.OrdinalIgnoreCase))
                .Take(MaxTagLinks + 1).ToList();
            if (links.Count <= MaxTagLinks)
            {
                foreach (var link in links.Where(l => !PageRegions.IsHidden(context, l)))
                {
                    Add(ElementText.Text(link, 100).Replace(",", " ", StringComparison.Ordinal), ValueSource.Microdata);
                }
            }
        }

        if (tags.Count == 0 && articleRoot is not null)
        {
            // A tag list the page shows without rel=tag: the article's links to its own tag pages ("/tag/hafen/",
            // "/schlagwort/verkehr", "/taxonomy/term/12"), each a short label.
            var links = context.Index.DescendantsOf(articleRoot)
                .Where(e => e.LocalName == "a" && ElementText.TextLength(e, MaxTagChars + 1) is > 0 and <= MaxTagChars && IsTagPageLink(context, e))
                .Take(MaxTagLinks + 1).ToList();
            if (links.Count <= MaxTagLinks)
            {
                foreach (var link in links.Where(l => !PageRegions.IsHidden(context, l)))
                {
                    Add(ElementText.Text(link, MaxTagChars).Replace(",", " ", StringComparison.Ordinal), ValueSource.VisibleText);
                }
            }
        }

        return tags;
    }

    /// <summary>Marks around a tag that are no part of it: a hashtag's sign ("#仙台駅"), quotes, a separator left in the link.</summary>
    private static readonly char[] TagTrim = [' ', '#', '＃', '"', '“', '”', '„', '/', '|', '·', '•', '-', '–'];

    /// <summary><see cref="MetadataRules.TagPathSegments"/>, any case.</summary>
    private static readonly HashSet<string> TagPathSegments = new(MetadataRules.TagPathSegments, StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest link text read as a tag (in characters).</summary>
    private const int MaxTagChars = 40;

    /// <summary>Whether a link goes to a tag page of the page's own site: a path segment before the last one names tags (<see cref="MetadataRules.TagPathSegments"/>).</summary>
    private static bool IsTagPageLink(ExtractionContext context, IElement link)
    {
        if (link.GetAttribute("href") is not { Length: > 0 } href || context.Links.ResolveUrl(href) is not { } url
            || (context.Links.PageUrl is { } page && !string.Equals(url.Host, page.Host, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (TagPathSegments.Contains(segments[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Section: article:section and kin, then JSON-LD articleSection.</summary>
    private static string? Section(JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        if (MetaTags.First(metas, MetadataRules.SectionMetaNames) is { } meta)
        {
            sources[ArticleField.Section] = meta.Name.StartsWith("article:", StringComparison.Ordinal) ? ValueSource.OpenGraph : ValueSource.Meta;
            return ElementText.Collapse(meta.Content);
        }

        if (graph.Article?.Text("articleSection") is { } section)
        {
            sources[ArticleField.Section] = ValueSource.JsonLd;
            return ElementText.Collapse(section);
        }

        return null;
    }

    /// <summary>The JSON-LD isAccessibleForFree flag (boolean or "True"/"False" text); null when absent.</summary>
    private static bool? Free(JsonLdGraph graph, Dictionary<ArticleField, ValueSource> sources)
    {
        if (graph.Article?.Get("isAccessibleForFree") is not { } value)
        {
            return null;
        }

        bool? free = value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => null,
        };
        if (free is not null)
        {
            sources[ArticleField.IsAccessibleForFree] = ValueSource.JsonLd;
        }

        return free;
    }
}
