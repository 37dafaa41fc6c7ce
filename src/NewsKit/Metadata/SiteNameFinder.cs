using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The site's name: declared (og:site_name, JSON-LD publisher), else read from the title beside the headline; and the forms of it that titles and bylines write.</summary>
internal static class SiteNameFinder
{
    /// <summary>
    /// Site name: og:site_name (its first segment) unless it is a URL, handle or slug, then the JSON-LD publisher,
    /// then application-name; the &lt;title&gt; segment beside the headline is the last resort (applied by the caller).
    /// </summary>
    internal static string? SiteName(JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var publisherName = PublisherName(graph);
        if (MetaTags.First(metas, ["og:site_name"])?.Content is { } og && IsName(og))
        {
            // "detroitnews" is the slug of "The Detroit News": the publisher's name as written wins when it spells the same.
            var written = ElementText.Collapse(og);
            if (IsBareWord(written) && publisherName is not null && publisherName.Contains(' ', StringComparison.Ordinal)
                && TextTools.Squashed(publisherName).EndsWith(written, StringComparison.Ordinal))
            {
                sources[ArticleField.SiteName] = ValueSource.JsonLd;
                return publisherName;
            }

            sources[ArticleField.SiteName] = ValueSource.OpenGraph;
            return FirstSegment(written);
        }

        if (publisherName is not null)
        {
            sources[ArticleField.SiteName] = ValueSource.JsonLd;
            return publisherName;
        }

        if (MetaTags.First(metas, ["application-name", "apple-mobile-web-app-title"])?.Content is { } app && IsName(app))
        {
            sources[ArticleField.SiteName] = ValueSource.Meta;
            return ElementText.Collapse(app);
        }

        return null;
    }

    /// <summary>The JSON-LD publisher's name (of the article, else the page, else the first organization or web site node), when it can be a publication's name.</summary>
    private static string? PublisherName(JsonLdGraph graph)
    {
        var publisher = graph.Article?.Get("publisher") ?? graph.Page?.Get("publisher")
            ?? graph.Nodes.FirstOrDefault(n => n.HasAnyType(["Organization", "NewsMediaOrganization", "WebSite"]) && n.Has("name"))?.Element;
        if (publisher is { } p)
        {
            foreach (var item in JsonLdValues.Items(p))
            {
                if (JsonLdValues.AsText(graph.Resolve(item)) is { } name && IsName(name))
                {
                    return ElementText.Collapse(name);
                }
            }
        }

        return null;
    }

    internal static bool IsBareWord(string name) => name.All(c => char.IsLower(c) || char.IsDigit(c));

    /// <summary>"Site | Tagline" gives "Site": the name before a separator.</summary>
    internal static string FirstSegment(string name)
    {
        var parts = TitleSiteNames.SplitTitle(name);
        return parts.Count > 1 && parts[0].Length >= 2 ? parts[0] : name;
    }

    /// <summary>Whether a value can be a publication's name: not a URL, host, social handle or slug.</summary>
    internal static bool IsName(string value)
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
    internal static string? TitleSiteName(ExtractionContext context, string? headline)
    {
        var title = TextTools.CleanTitle(context.Index.FirstNamed("title") is { } titleElement ? ElementText.RawText(titleElement) : null);
        if (title.Length == 0 || headline is null)
        {
            return null;
        }

        var parts = TitleSiteNames.SplitTitle(title);
        if (parts.Count >= 3 && HostNames(context) is { Count: > 0 } hosts
            && parts.Where(p => !Covers(p, headline) && TitleSiteNames.IsSiteName(p, hosts)).OrderBy(IsHostName).FirstOrDefault() is { } named)
        {
            // "Headline – Le Courrier de l'Ouest – Économie": of the segments beside the headline, the one the address names,
            // written as a name rather than as the host ("NationNews Barbados — nationnews.com").
            return named;
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
                    // "Site | Section | Headline": the outermost segment is the site's.
                    return head.IndexOf(separator, StringComparison.Ordinal) is > 0 and var inner ? head[..inner].Trim() : head;
                }
            }
        }

        return null;
    }

    internal static bool Covers(string segment, string headline)
    {
        var relaxed = TextTools.Relaxed(headline);
        return relaxed.Length > 0 && TextTools.Relaxed(segment).Contains(relaxed, StringComparison.Ordinal);
    }

    /// <summary>The names a title may carry for the site: the site name, the publisher, the host's main label.</summary>
    internal static List<string> SiteNameVariants(ExtractionContext context, string? siteName, JsonLdGraph graph)
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

        names.AddRange(HostNames(context));
        return names;
    }

    /// <summary>Whether a title segment is written as a host ("nationnews.com"): one word with a dot.</summary>
    private static bool IsHostName(string segment) => !segment.Contains(' ', StringComparison.Ordinal) && segment.Contains('.', StringComparison.Ordinal);

    /// <summary>The names the page's address gives the site: its host's main label ("courrierdelouest" of www.courrierdelouest.fr, "bbc" of bbc.co.uk) and the host without "www.".</summary>
    private static List<string> HostNames(ExtractionContext context)
    {
        var url = context.Links.PageUrl ?? context.Links.ResolveUrl(context.Links.CanonicalHref);
        if (url is null)
        {
            return [];
        }

        var labels = url.Host.Split('.');
        var main = labels.Length >= 2 ? labels[^2] : labels[0];
        if (labels.Length >= 3 && labels[^2].Length <= 3 && labels[^3] is { Length: > 3 } beforeShortSuffix)
        {
            main = beforeShortSuffix;
        }

        return [main, url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host];
    }
}
