using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
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
    private const int MaxStandfirstLength = 600;
    private const int StandfirstWindow = 60;

    /// <summary>The metadata stage: reads the page's metadata and returns it with the page's dates and the elements it claimed.</summary>
    public static MetadataFindings Extract(ExtractionContext context)
    {
        var sources = new Dictionary<ArticleField, ValueSource>();
        var claims = new ElementClaims.Builder();
        var metas = MetaTags.Read(context);

        var language = Language(context, metas, sources);
        var dates = context.Dates(language is null ? null : CultureOf(language));

        var graph = JsonLdGraph.Read(context);
        context.ThrowIfCancelled();
        var article = graph.Article;

        var siteName = SiteName(graph, metas, sources);
        var siteNames = SiteNameVariants(context, siteName, graph);
        var headline = HeadlineFinder.Find(context, article, metas, siteNames);
        if (headline.Text is not null)
        {
            sources[ArticleField.Headline] = headline.Source;
            WarnOnHeadlineConflict(context, headline);
        }

        var standfirst = Standfirst(context, graph, metas, headline, sources);
        context.ThrowIfCancelled();
        var window = new HeadlineWindow(context, headline.Element);
        var dateline = DatelineFinder.Find(context, dates, window, graph, metas, sources);
        context.ThrowIfCancelled();
        var (authors, authorSource, bylineLine) = AuthorFinder.Find(context, dates.PageCulture, window, graph, metas, siteNames);
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

        var titleSite = TitleSiteName(context, headline.Text);
        if (siteName is null && titleSite is not null)
        {
            siteName = titleSite;
            sources[ArticleField.SiteName] = ValueSource.TitleElement;
        }
        else if (siteName is not null && IsBareWord(siteName) && titleSite is not null
            && TextTools.Squashed(titleSite).Contains(TextTools.Squashed(siteName), StringComparison.Ordinal))
        {
            // og:site_name "detroitnews" beside the title's "The Detroit News": the display form wins.
            siteName = titleSite;
            sources[ArticleField.SiteName] = ValueSource.TitleElement;
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
            Tags = Tags(graph, metas, sources),
            Section = Section(graph, metas, sources),
            IsAccessibleForFree = Free(graph, sources),
            Sources = sources,
        }, headline.Element, graph.DeclaredBody, dates, claims.Build());
    }

    /// <summary>
    /// Language: html lang, then Content-Language, then og:locale; the language of the text itself (see
    /// <see cref="LanguageGuesser"/>) when the page declares none, or when it clearly contradicts the declaration
    /// (an English article on a German edition's template), with a warning.
    /// </summary>
    private static string? Language(ExtractionContext context, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var declared = DeclaredLanguage(context, metas, sources, out var confirmed);
        var guessed = LanguageGuesser.Guess(context);
        if (guessed is null)
        {
            return declared;
        }

        if (declared is null)
        {
            sources[ArticleField.Language] = ValueSource.VisibleText;
            return guessed;
        }

        if (LanguageGuesser.Contradicts(declared.Split('-')[0].ToLowerInvariant(), guessed, confirmed))
        {
            context.Warn(WarningKind.SourceConflict, $"language: the page declares \"{declared}\", its text reads as \"{guessed}\"");
            sources[ArticleField.Language] = ValueSource.VisibleText;
            return guessed;
        }

        return declared;
    }

    /// <summary>
    /// The declared language: <c>html lang</c>, then <c>Content-Language</c> and kin, then <c>og:locale</c>, the first that
    /// is a language tag; <paramref name="confirmed"/> says whether another of them declares the same language.
    /// </summary>
    private static string? DeclaredLanguage(ExtractionContext context, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources, out bool confirmed)
    {
        var html = context.Document.DocumentElement;
        string? declared = null;
        confirmed = false;
        foreach (var (value, source) in new[]
        {
            (html.GetAttribute("lang") ?? html.GetAttribute("xml:lang"), ValueSource.DocumentAttribute),
            (MetaTags.First(metas, ["content-language", "language", "dc.language", "dcterms.language"])?.Content, ValueSource.Meta),
            (MetaTags.First(metas, ["og:locale"])?.Content, ValueSource.OpenGraph),
        })
        {
            if (NormalizeLanguage(value) is not { } tag)
            {
                continue;
            }

            if (declared is null)
            {
                declared = tag;
                sources[ArticleField.Language] = source;
            }
            else if (string.Equals(PrimarySubtag(tag), PrimarySubtag(declared), StringComparison.Ordinal))
            {
                confirmed = true;
            }
        }

        return declared;
    }

    private static string PrimarySubtag(string tag) => tag.Split('-')[0];

    /// <summary>"en_US" gives "en-US"; "EN" gives "en"; the first of a list; null for values that are not language tags.</summary>
    internal static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var first = value.Split(',', ';')[0].Trim().Replace('_', '-');
        var parts = first.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        var tag = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            tag += "-" + (part.Length == 2 ? part.ToUpperInvariant() : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant() : part.ToLowerInvariant());
        }

        return tag;
    }

    /// <summary>Cultures already looked up, by language tag (ICU validates a tag on every lookup); bounded, since tags come from pages.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo?> Cultures = new(StringComparer.Ordinal);

    private const int MaxCachedCultures = 512;

    private static CultureInfo? CultureOf(string tag)
    {
        if (Cultures.TryGetValue(tag, out var known))
        {
            return known;
        }

        var culture = LookUpCulture(tag);
        if (Cultures.Count < MaxCachedCultures)
        {
            Cultures.TryAdd(tag, culture);
        }

        return culture;
    }

    private static CultureInfo? LookUpCulture(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            try
            {
                return CultureInfo.GetCultureInfo(tag.Split('-')[0], predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Site name: og:site_name (its first segment) unless it is a URL, handle or slug, then the JSON-LD publisher,
    /// then application-name; the &lt;title&gt; segment beside the headline is the last resort (applied by the caller).
    /// </summary>
    private static string? SiteName(JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        if (MetaTags.First(metas, ["og:site_name"])?.Content is { } og && IsName(og))
        {
            sources[ArticleField.SiteName] = ValueSource.OpenGraph;
            return FirstSegment(ElementText.Collapse(og));
        }

        var publisher = graph.Article?.Get("publisher") ?? graph.Page?.Get("publisher")
            ?? graph.Nodes.FirstOrDefault(n => n.HasAnyType(["Organization", "NewsMediaOrganization", "WebSite"]) && n.Has("name"))?.Element;
        if (publisher is { } p)
        {
            foreach (var item in JsonLdValues.Items(p))
            {
                if (JsonLdValues.AsText(graph.Resolve(item)) is { } name && IsName(name))
                {
                    sources[ArticleField.SiteName] = ValueSource.JsonLd;
                    return ElementText.Collapse(name);
                }
            }
        }

        if (MetaTags.First(metas, ["application-name", "apple-mobile-web-app-title"])?.Content is { } app && IsName(app))
        {
            sources[ArticleField.SiteName] = ValueSource.Meta;
            return ElementText.Collapse(app);
        }

        return null;
    }

    private static bool IsBareWord(string name) => name.All(c => char.IsLower(c) || char.IsDigit(c));

    /// <summary>"Site | Tagline" gives "Site": the name before a separator.</summary>
    private static string FirstSegment(string name)
    {
        var parts = TitleSiteNames.SplitTitle(name);
        return parts.Count > 1 && parts[0].Length >= 2 ? parts[0] : name;
    }

    /// <summary>Whether a value can be a publication's name: not a URL, host, social handle or slug.</summary>
    private static bool IsName(string value)
    {
        var text = value.Trim();
        if (text.Length is < 2 or > 80 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith('@'))
        {
            return false;
        }

        var isSlug = !text.Contains(' ', StringComparison.Ordinal) && text.Any(c => c is '-' or '_') && text.All(c => char.IsLower(c) || char.IsDigit(c) || c is '-' or '_');
        var isHost = text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        return !isSlug && !isHost;
    }

    /// <summary>The site name a &lt;title&gt; carries beside the headline ("Headline | Site"): the short outer segment that is not the headline.</summary>
    private static string? TitleSiteName(ExtractionContext context, string? headline)
    {
        var title = TextTools.CleanTitle(context.Index.FirstNamed("title") is { } titleElement ? ElementText.RawText(titleElement) : null);
        if (title.Length == 0 || headline is null)
        {
            return null;
        }

        foreach (var separator in MetadataRules.TitleSeparators)
        {
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (separator.Contains(':', StringComparison.Ordinal))
            {
                // "Site: Headline" only; "Headline: more headline" is not a site name.
                if (first > 0 && Covers(title[(first + separator.Length)..], headline) && TextTools.WordCount(title[..first]) <= 4)
                {
                    return title[..first].Trim();
                }

                continue;
            }

            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last].Trim();
                var tail = title[(last + separator.Length)..].Trim();
                if (Covers(head, headline) && TextTools.WordCount(tail) is > 0 and <= 6)
                {
                    return tail;
                }

                if (Covers(tail, headline) && TextTools.WordCount(head) is > 0 and <= 6)
                {
                    return head;
                }
            }
        }

        return null;
    }

    private static bool Covers(string segment, string headline)
    {
        var relaxed = TextTools.Relaxed(headline);
        return relaxed.Length > 0 && TextTools.Relaxed(segment).Contains(relaxed, StringComparison.Ordinal);
    }

    /// <summary>The names a title may carry for the site: the site name, the publisher, the host's main label.</summary>
    private static List<string> SiteNameVariants(ExtractionContext context, string? siteName, JsonLdGraph graph)
    {
        var names = new List<string>();
        if (siteName is not null)
        {
            names.Add(siteName);
        }

        if (graph.Article?.Get("publisher") is { } publisher && JsonLdValues.AsText(graph.Resolve(publisher)) is { } name)
        {
            names.Add(name);
        }

        var url = context.Links.PageUrl ?? context.Links.ResolveUrl(context.Links.CanonicalHref);
        if (url is not null)
        {
            var labels = url.Host.Split('.');
            var main = labels.Length >= 2 ? labels[^2] : labels[0];
            if (labels.Length >= 3 && labels[^2].Length <= 3 && labels[^3] is { Length: > 3 } beforeShortSuffix)
            {
                main = beforeShortSuffix;
            }

            names.Add(main);
            names.Add(url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host);
        }

        return names;
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

    /// <summary>
    /// Standfirst: the deck shown just after the headline (a lead/dek/standfirst/subtitle element, or text equal to the
    /// description); else og:description, JSON-LD description, meta description, unless that is only the first body
    /// paragraph cut short.
    /// </summary>
    private static string? Standfirst(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, HeadlineFinder.Found headline, Dictionary<ArticleField, ValueSource> sources)
    {
        var description = MetaTags.First(metas, MetadataRules.DescriptionMetaNames);
        var jsonDescription = graph.Article?.Text("description");
        var descriptionText = ElementText.Collapse(jsonDescription ?? description?.Content);

        if (headline.Element is { } h)
        {
            var relaxedDescription = TextTools.Relaxed(descriptionText);
            var window = 0;
            for (var element = Next(h); element is not null && window < StandfirstWindow; element = Next(element), window++)
            {
                if (element.TagName == "P" && ElementText.Text(element, MaxStandfirstLength).Length > MaxStandfirstLength)
                {
                    break;
                }

                if (PageRegions.IsInForeignRegion(context, element, headline: h) || PageRegions.IsHidden(context, element))
                {
                    continue;
                }

                var text = ElementText.Text(element, MaxStandfirstLength);
                if (text.Length is < 20 or > MaxStandfirstLength)
                {
                    continue;
                }

                var marked = PageRegions.HasMarker(element, StandfirstMarkers)
                    || element.GetAttribute("itemprop") == "description";
                var equalsDescription = descriptionText.Length > 0 && TextTools.Relaxed(text) == relaxedDescription;
                if ((marked || equalsDescription) && element.QuerySelector(Selectors.Of("p, div, h1, h2")) is null)
                {
                    sources[ArticleField.Standfirst] = ValueSource.VisibleText;
                    return text;
                }
            }
        }

        if (descriptionText.Length == 0 || IsCutBodyParagraph(context, descriptionText))
        {
            return null;
        }

        sources[ArticleField.Standfirst] = jsonDescription is not null ? ValueSource.JsonLd : description!.Value.Name.StartsWith("og:", StringComparison.Ordinal) ? ValueSource.OpenGraph : ValueSource.Meta;
        return descriptionText;
    }

    /// <summary>The next element in document order, descending into children first.</summary>
    private static readonly MarkerSet StandfirstMarkers = new(["standfirst", "lead", "dek", "deck", "subtitle", "subhead", "sub-title", "excerpt", "intro", "description", "summary", "teaser-text", "strapline", "Standfirst", "Lead", "Dek", "Subtitle"]);

    private static IElement? Next(IElement element)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Whether the description is just the start of a longer paragraph on the page (an automatic excerpt).</summary>
    private static bool IsCutBodyParagraph(ExtractionContext context, string description)
    {
        var stem = TextTools.Relaxed(description.TrimEnd('.', '…', ' ', '[', ']'));
        if (stem.Length < 30)
        {
            return false;
        }

        foreach (var paragraph in context.Index.ElementsNamed("p"))
        {
            if (ElementText.TextLength(paragraph) <= description.Length)
            {
                continue;
            }

            // The start of the paragraph is enough to compare; the whole one is read only when that start is too short.
            var start = ElementText.Text(paragraph, (2 * stem.Length) + 64);
            if (!TextTools.MayRelaxToStartWith(start, stem[0]))
            {
                continue;
            }

            var relaxed = TextTools.Relaxed(start);
            if (relaxed.Length <= stem.Length + 12)
            {
                relaxed = TextTools.Relaxed(ElementText.RawText(paragraph));
            }

            if (relaxed.Length > stem.Length + 10 && relaxed.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
        return First(context, candidates, ArticleField.CanonicalUrl, sources);
    }

    /// <summary>Lead image: og:image, then JSON-LD image (url of an ImageObject), then twitter:image.</summary>
    private static Uri? LeadImage(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        string? jsonImage = null;
        if (graph.Article?.Get("image") is { } image)
        {
            var first = JsonLdValues.Items(image).FirstOrDefault();
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
    private static List<string> Tags(JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string raw, ValueSource source)
        {
            foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = ElementText.Collapse(part);
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

        return tags;
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
