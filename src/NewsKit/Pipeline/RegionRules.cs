namespace NewsKit.Pipeline;

/// <summary>The words and tags that mark a page region as someone else's (<see cref="PageRegions.IsInForeignRegion"/>): its dates, bylines and titles are not the article's.</summary>
internal static class RegionRules
{
    /// <summary>Class or id fragments that mark a region as not the article (its dates, bylines and titles are someone else's).</summary>
    public static readonly string[] ForeignRegionMarkers =
    [
        "related", "recommend", "recommended", "recommendation", "comment", "kommentar", "commentlist", "sidebar", "widget", "popular", "trending", "most-read", "mostread",
        "more-from", "morefrom", "promo", "promotion", "teaser", "newsletter", "footer", "nav", "navigation", "navbar", "menu", "breadcrumb",
        "outbrain", "taboola", "rail", "ticker", "carousel", "latest", "breaking", "read-more", "readmore", "more-stories", "also", "next-article",
        "prev-article", "pagination", "advert", "advertisement", "ad-slot", "sponsor", "sponsored",

        // Related-posts plugins, whose class names run the words together ("jp-relatedposts", "yarpp-related").
        "relatedposts", "relatedarticles", "relatedstories", "relatednews", "yarpp", "similarposts", "similar-posts", "moreposts", "more-posts",

        // Customer reviews of a product, as comments are: their dates and names are the reviewers'.
        "reviews",

        // Embedded social posts: their dates and names are the post's (the body keeps them as quotations).
        "instagram-media", "twitter-tweet", "twitter-video", "tiktok-embed", "fb-post", "fb-video",
    ];

    /// <summary>Elements whose subtree is not the article.</summary>
    public static readonly string[] ForeignRegionTags = ["ASIDE", "NAV", "FOOTER"];

    /// <summary>A page builder's prefix and the marker word it writes on every wrapper, content or not ("elementor-widget").</summary>
    public static readonly (string Prefix, string Word)[] BuilderWrappers = [("elementor-", "widget")];

    /// <summary>State flags that negate the word after them in a class name ("no-promo", "has-sidebar", "without-related", "wsite-not-footer").</summary>
    public static readonly string[] NegatingFlags = ["no-", "no_", "not-", "not_", "non-", "has-", "has_", "with-", "without-", "hide-", "show-"];
}
