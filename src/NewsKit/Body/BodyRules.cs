using System.Collections.Frozen;

namespace NewsKit.Body;

/// <summary>
/// Every tag list, word list and threshold the body stage uses, as data in one place. Words are matched
/// against the tokens of an element's class and id (split at punctuation and camelCase humps, lower-cased,
/// and each pair of neighbouring tokens joined, so "read-more" also gives "readmore"). None of them names
/// a site: they are the vocabulary of page templates in general.
/// </summary>
internal static class BodyRules
{
    /// <summary>Elements that are never article text, with everything inside them.</summary>
    public static readonly FrozenSet<string> DroppedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "template", "nav", "aside", "footer", "header", "form", "button", "select",
        "input", "textarea", "option", "iframe", "svg", "canvas", "object", "embed", "dialog", "menu", "link", "meta",
        "audio", "video", "map", "head", "title", "label", "fieldset", "datalist", "output", "progress", "meter",
        "math", "track", "frameset", "frame", "applet", "marquee", "rt", "rp",
        // AMP's own elements for the same things: ads, frames, players, tracking, consent (their placeholder text is no article's).
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-iframe", "amp-video", "amp-audio", "amp-youtube", "amp-analytics", "amp-consent",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Elements left out unless they hold the page's dominant run of prose: what a browser without scripts shows
    /// (<c>noscript</c>) is usually a tracking pixel or a plea to turn scripts on, but on some pages it is the whole page.
    /// </summary>
    public static readonly FrozenSet<string> FallbackTags = FrozenSet.ToFrozenSet(["noscript"], StringComparer.Ordinal);

    /// <summary>
    /// Page chrome (<c>nav</c>, <c>aside</c>, <c>footer</c>, <c>menu</c>): never the article, and dropped with everything
    /// inside, except on the pages whose templates put the whole article inside one. When no path finds main content, the
    /// page is scored again with these treated as <see cref="FallbackTags"/>, their prose weighing as under a strong
    /// boilerplate word (<see cref="Models.BodyPath.PageChrome"/>).
    /// </summary>
    public static readonly FrozenSet<string> ChromeTags = FrozenSet.ToFrozenSet(["nav", "aside", "footer", "menu"], StringComparer.Ordinal);

    /// <summary>Elements whose own text is a unit of prose that scores its ancestors (Readability's "paragraphs").</summary>
    public static readonly FrozenSet<string> ParagraphTags = FrozenSet.ToFrozenSet(["p", "pre", "td"], StringComparer.Ordinal);

    /// <summary>ARIA landmark roles that are not the article.</summary>
    public static readonly FrozenSet<string> BoilerplateRoles = FrozenSet.ToFrozenSet(
    [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist", "form", "advertisement",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Class or id tokens of blocks that are not the article: navigation, sharing, related reading, teasers,
    /// newsletter, cookie and subscription boxes, ads, comments, author boxes, credits, tags, footers.
    /// </summary>
    public static readonly FrozenSet<string> BoilerplateWords = FrozenSet.ToFrozenSet(
    [
        // navigation and page chrome
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "footer", "siteinfo", "sidebar",
        "sidebars", "rail", "toolbar", "pagination", "pager", "skiplink", "skip", "topbar", "header", "subnav",
        // a wiki's "[edit]" links beside each heading
        "editsection",
        // sharing and social
        "share", "shares", "sharing", "sharebar", "social", "socials", "follow", "sociallinks", "addthis", "sharethis",
        // related reading and teasers
        "related", "relatedposts", "relatedarticles", "recommended", "relacionadas", "relacionados", "correlati", "correlate", "gerelateerd", "recommendations", "recirc", "recirculation",
        "morestories", "morenews", "readmore", "readnext", "upnext", "trending", "popular", "mostread", "mostpopular",
        "teaser", "teasers", "outbrain", "taboola", "promo", "promos", "promotion", "promoted", "cta", "calltoaction", "ctabox", "ctabanner",
        // newsletter, subscription, consent
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "cookie", "cookies", "consent",
        "donate", "donation", "donations", "contribute", "contribution", "paywalltout", "toaster", "republish",
        "gdpr", "login", "signin", "register", "modal", "overlay", "cookieconsent", "cookiebanner", "cookienotice", "cookiebar",
        "cookielaw", "cookiebot", "dsgvo", "usercentrics", "onetrust", "didomi", "iubenda", "borlabs", "klaro", "cmplz", "complianz",
        "tarteaucitron", "cookiefirst", "consentmanager", "truste", "quantcast", "sourcepoint",
        // Quantcast Choice ("qc-cmp2-container"), Sourcepoint ("sp_message_container_1"), consentmanager.net ("cmpbox")
        "qccmp2", "cmp2", "spmessage", "cmpbox", "osano", "cookieyes",
        // review platforms' widgets (Judge.me "jdgm-widget", Yotpo, Trustpilot, Okendo, Loox, Feefo, eKomi, Trusted Shops)
        "jdgm", "judgeme", "yotpo", "trustpilot", "okendo", "loox", "feefo", "ekomi", "trustedshops",
        // ads and sponsors
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "adsbygoogle",
        "dfp", "gpt", "sponsor", "sponsored", "sponsors", "banner", "commercial",
        // comments
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion",
        "comentarios", "comentario", "comentários", "commentaires", "commenti", "kommentare", "reacties", "komentarze",
        "komentáře", "yorumlar", "yorum", "kommentar", "leserkommentare", "leserkommentar", "reactions", "réactions", "reacties", "reactie",
        "commento", "comentário", "komentarz", "kommentarer", "комментарии", "komentari", "коментари", "kommentit", "kommentek",
        // a forum post's signature and the board's rules under a thread
        "signature", "signatures", "forumrules",
        // bylines, author boxes, metadata lines, credits, tags
        "byline", "bylines", "author", "authors", "bio", "authorbio", "contributor", "dateline", "meta", "metadata",
        "postmeta", "postmetadata", "entrymeta", "rating", "ratings",
        "tags", "tag", "taglist", "keywords", "topics", "credit", "credits", "copyright", "rights", "disclaimer",
        "print", "widget", "widgets", "sronly", "visuallyhidden", "screenreader", "screenreadertext", "hidden",
        "tools", "utility", "actions", "toc",
        // captions, credits and galleries outside the body's own figures (a figure's figcaption is still read as its caption)
        "caption", "captions", "figcaption", "imagecaption", "photocaption", "gallery", "slideshow", "carousel", "slider",
        "lightbox",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The boilerplate words of a gallery (<see cref="BoilerplateWords"/>): a gallery kept for its size (a slideshow whose
    /// captions are the story) keeps its slides, whose own names repeat the word ("slideshow-slide").
    /// </summary>
    public static readonly FrozenSet<string> GalleryWords = FrozenSet.ToFrozenSet(["gallery", "slideshow", "carousel", "slider"], StringComparer.Ordinal);

    /// <summary>
    /// Class names of a <c>blockquote</c> that embeds a social post (the platform's script, never run, would turn it into
    /// a card). The post is a quotation in the article, so a wrapper named for social media ("social-media-embed")
    /// that holds one is not left out for that name; the strong boilerplate words (sidebars, comments, related
    /// reading) still leave it out.
    /// </summary>
    public static readonly FrozenSet<string> EmbeddedPostClasses = FrozenSet.ToFrozenSet(
    [
        "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Class or id tokens of pop-ups shown on hover or click (author cards, link previews). The card is left
    /// out, but not a wrapper that starts with the visible trigger (its own text or a link), which is part of
    /// the sentence, nor a link (the trigger itself). A pop-up element inside another (the card inside its
    /// wrapper) is always left out.
    /// </summary>
    public static readonly FrozenSet<string> PopupWords = FrozenSet.ToFrozenSet(
    [
        "rollover", "tooltip", "popover", "popup", "hovercard", "flyout", "dropdown",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Labels that mark an ad slot when they are the whole text of a block ("Advertisement" above a banner), in
    /// the languages most news sites use. Compared lower-case, without surrounding punctuation.
    /// </summary>
    public static readonly FrozenSet<string> AdLabels = FrozenSet.ToFrozenSet(
    [
        "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "story continues below", "article continues below", "advertisement - scroll to continue", "scroll to continue with content",
        "weiterlesen nach der anzeige", "lesen sie nach der anzeige weiter", "artikel wird nach der anzeige fortgesetzt",
        "la suite après cette publicité", "la suite après la publicité", "l'article continue après la publicité",
        "sigue leyendo debajo", "continúa leyendo debajo", "el artículo continúa debajo", "la noticia continúa debajo",
        "continua a leggere sotto", "l'articolo continua sotto", "l'articolo continua dopo la pubblicità",
        "artikel gaat verder onder de advertentie", "lees verder onder de advertentie",
        "article continues after this advertisement", "article continues after advertisement", "story continues after advertisement",
        "story continues after this advertisement", "continues below advertisement", "continues after advertisement",
        "the article continues after the ad", "article continues after the ad", "continue reading after the ad", "content continues below",
        "sigue leyendo después de la publicidad", "continúa después de la publicidad", "la noticia continúa tras la publicidad",
        "el artículo continúa después de la publicidad", "continua dopo la pubblicità", "l'articolo continua dopo la pubblicità",
        "weiter nach der anzeige", "weiter nach der werbung", "der artikel geht nach der anzeige weiter",
        "o artigo continua após a publicidade", "continua após a publicidade", "continua depois da publicidade",
        "het artikel gaat verder na de advertentie", "la suite de l'article après la publicité",
        "haberin devamı", "haberin devamı için", "reklam", "reklamdan sonra devam ediyor", "ادامه مطلب", "تابع القراءة",
        "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità", "advertentie", "reklama",
        "reklame", "mainos", "iklan", "hirdetés", "reklam", "реклама", "реклама.", "広告", "광고", "广告", "廣告", "إعلان",
    ], StringComparer.Ordinal);

    /// <summary>The most link text (a share) of a container like the article's after a left-out block for the article to go on in it.</summary>
    public const double MaxReopenedLinkDensity = 0.3;

    /// <summary>The fewest characters of figure captions that make a block under a weak name ("gallery") the article's picture gallery.</summary>
    public const int MinGalleryCaptionChars = 200;

    /// <summary>Boilerplate words whose blocks can hold more text than the article (comment threads): they are
    /// excluded even when large.</summary>
    public static readonly FrozenSet<string> StrongBoilerplateWords = FrozenSet.ToFrozenSet(
    [
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion", "related", "relatedposts",
        "relatedarticles", "comentarios", "comentario", "comentários", "commentaires", "commenti", "kommentare", "reacties",
        "komentarze", "komentáře", "yorumlar", "yorum", "kommentar", "leserkommentare", "leserkommentar", "reactions", "réactions", "reactie",
        "commento", "comentário", "komentarz", "kommentarer", "комментарии", "komentari", "коментари", "kommentit", "kommentek", "relacionadas", "relacionados", "correlati", "correlate", "gerelateerd", "recommended", "recommendations", "outbrain", "taboola", "sidebar", "footer", "nav",
        "navigation", "menu", "newsletter", "cookie", "consent", "cookieconsent", "cookiebanner", "cookienotice", "cookiebar",
        "cookielaw", "cookiebot", "gdpr", "dsgvo", "usercentrics", "onetrust", "didomi", "iubenda", "borlabs", "klaro", "cmplz",
        "complianz", "tarteaucitron", "cookiefirst", "consentmanager", "truste", "quantcast", "sourcepoint",
        // Quantcast Choice ("qc-cmp2-container"), Sourcepoint ("sp_message_container_1"), consentmanager.net ("cmpbox")
        "qccmp2", "cmp2", "spmessage", "cmpbox", "osano", "cookieyes",
        // review platforms' widgets (Judge.me "jdgm-widget", Yotpo, Trustpilot, Okendo, Loox, Feefo, eKomi, Trusted Shops)
        "jdgm", "judgeme", "yotpo", "trustpilot", "okendo", "loox", "feefo", "ekomi", "trustedshops",
    ], StringComparer.Ordinal);

    /// <summary>Tokens that turn the boilerplate word after them into a layout description of the block
    /// ("content-with-sidebar", "has-ads", "no-comments", Weebly's "wsite-not-footer"): the block is not itself that boilerplate.</summary>
    public static readonly FrozenSet<string> LayoutModifiers = FrozenSet.ToFrozenSet(["with", "has", "no", "not", "non", "without", "show", "allow"], StringComparer.Ordinal);

    /// <summary>Words naming a part of a block before "hidden": the part is hidden, not the block ("field--label-hidden",
    /// the class a CMS gives nearly every field whose label it does not show, the article's text among them).</summary>
    public static readonly FrozenSet<string> HiddenPartWords = FrozenSet.ToFrozenSet(["label", "title", "heading"], StringComparer.Ordinal);

    /// <summary>Screen sizes a class shows or hides a block at ("hidden-xs", "is-hidden-mobile", "md:block").</summary>
    public static readonly FrozenSet<string> ScreenSizeWords = FrozenSet.ToFrozenSet(
        ["xs", "sm", "md", "lg", "xl", "xxl", "2xl", "mobile", "phone", "tablet", "desktop", "touch", "print", "small", "medium", "large", "widescreen"],
        StringComparer.Ordinal);

    /// <summary>The displays a screen-size class shows a block with ("md:block", "lg:flex").</summary>
    public static readonly FrozenSet<string> ShownDisplays = FrozenSet.ToFrozenSet(["block", "flex", "grid", "inline", "table", "contents"], StringComparer.Ordinal);

    /// <summary>Class or id tokens of the containers that hold article text (Readability's positive pattern).</summary>
    public static readonly FrozenSet<string> ContentWords = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "body", "content", "entry", "entrycontent", "hentry", "main", "post", "postbody",
        "postcontent", "story", "storybody", "text", "blog", "prose", "richtext", "copy", "bodytext", "articletext",
        "storytext", "maincontent", "page",
    ], StringComparer.Ordinal);

    /// <summary>Elements that are boilerplate by position when they wrap a whole block: the page's h1 is the headline, not body.</summary>
    public static readonly FrozenSet<string> HeadingTags = FrozenSet.ToFrozenSet(["h1", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);

    /// <summary>Readability's starting score of a candidate container, by tag.</summary>
    public static int TagWeight(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>Weight of one content word (or one boilerplate word, negated) in a candidate's class or id.</summary>
    public const int ClassWeight = 25;

    /// <summary>Bonus of a container that declares itself the article body (itemprop=articleBody).</summary>
    public const int ArticleBodyPropertyBonus = 50;

    /// <summary>A paragraph shorter than this many non-blank characters does not score its ancestors.</summary>
    public const int MinParagraphChars = 20;

    /// <summary>
    /// The share of a container's prose that the article element holding the headline must hold, inside it, for that article
    /// element to be chosen instead of the container (see <c>ContentFinder.ChooseRoots</c>).
    /// </summary>
    public const double HeadlineArticleProseShare = 0.7;

    /// <summary>
    /// A candidate inside the <c>article</c> or <c>main</c> element that holds the headline wins over a better one outside
    /// it when it scores at least this share of it.
    /// </summary>
    public const double HeadlineArticleShare = 0.6;

    /// <summary>The container of the text after the headline wins over a better-scoring one that opens with another story's title when it scores at least this share of it.</summary>
    public const double OwnTextShare = 0.2;

    /// <summary>The most elements after the headline searched for the paragraph the article's text opens with.</summary>
    public const int MaxOpeningDistance = 300;

    /// <summary>A list with this many items of scored prose is a list of comments or teasers (see <see cref="ListItemRivalShare"/>).</summary>
    public const int MinProseListItems = 3;

    /// <summary>How far above the best candidate its list item may be for it to count as one item of such a list.</summary>
    public const int MaxListItemClimb = 4;

    /// <summary>When the best candidate is one item of a list of prose items, the best candidate outside the list wins if it scores at least this share of it.</summary>
    public const double ListItemRivalShare = 0.5;

    /// <summary>A subheading with this many characters of text or more (not counting whitespace, about two long lines) is a paragraph set in a heading tag: no heading runs that long.</summary>
    public const int ProseHeadingChars = 160;

    /// <summary>How many ancestors a paragraph's score reaches (the parent gets it all, the grandparent half, then 1/(3·level)).</summary>
    public const int ScoreAncestors = 5;

    /// <summary>Characters per extra point of a paragraph's score, capped at <see cref="MaxLengthPoints"/>.</summary>
    public const int CharsPerPoint = 100;

    /// <summary>The most points a paragraph's length earns.</summary>
    public const int MaxLengthPoints = 3;

    /// <summary>A sibling of the top candidate joins it when its score is at least this share of the top score.</summary>
    public const double SiblingScoreShare = 0.2;

    /// <summary>The share of a chosen table row's text that one cell must hold to be the article's column without the others.</summary>
    public const double DominantCellShare = 0.85;

    /// <summary>The most wrapper levels read down from a sibling of the article's container to the one paragraph it wraps.</summary>
    public const int MaxWrapperDepth = 8;

    /// <summary>...and at least this score.</summary>
    public const double SiblingMinScore = 10;

    /// <summary>
    /// A sibling between the headline and the chosen container joins it below <see cref="SiblingMinScore"/> (still with
    /// <see cref="SiblingScoreShare"/> of the container's weight) when it holds prose of at least this many characters: the
    /// article's opening paragraphs in a container of their own; a byline or date line is shorter.
    /// </summary>
    public const int MinOpeningChars = 150;

    /// <summary>The most characters of an ad slot's label ("Advertisement", "Anzeige") that interrupts the article rather than ending it.</summary>
    public const int MaxSlotLabelChars = 40;

    /// <summary>A sibling of the article's container with at least this many characters, mostly link text, ends the article's sections.</summary>
    public const int SectionMarkerChars = 40;

    /// <summary>A list or block inside the body whose text is mostly link text (this share or more) is a link list, not article text.</summary>
    public const double LinkListDensity = 0.5;

    /// <summary>...but a paragraph is a link line only when its unlinked text is also shorter than this many non-blank characters.</summary>
    public const int LinkParagraphMaxProse = 80;

    /// <summary>A weak boilerplate word does not exclude a block holding at least this share of the page's paragraph text.</summary>
    public const double LargeBlockShare = 0.4;

    /// <summary>When the page's dominant run of prose is looked for, prose inside an element named with a strong
    /// boilerplate word counts for this share (per such element around it)...</summary>
    public const float StrongWordProseWeight = 0.3f;

    /// <summary>...and inside one named with a weak word, or with a boilerplate role, for this share.</summary>
    public const float WeakWordProseWeight = 0.7f;

    /// <summary>A block claimed as not body by an earlier stage is kept when it has at least this many non-blank characters...</summary>
    public const int ProseMinChars = 800;

    /// <summary>...and less than this share of them in links: it is the article, not a related-links block.</summary>
    public const double ProseMaxLinkDensity = 0.3;

    /// <summary>When the first choice yields fewer non-blank characters than this, the recall fallback runs
    /// (class and id words and roles ignored)...</summary>
    public const int RecallFallbackChars = 500;

    /// <summary>...and its result replaces the first choice when it has at least this many times its text.</summary>
    public const double RecallFallbackGain = 2;

    /// <summary>The result of the scored paths gives way to the dominant run of prose when it misses most of the run's text
    /// (holds less than <see cref="MinCoverage"/> of it) and is shorter than this share of it.</summary>
    public const double DensityShare = 0.5;

    /// <summary>A sibling of the dominant run joins it when it holds at least this share of the run's prose.</summary>
    public const double RunSiblingShare = 0.3;

    /// <summary>Class or id words of a lead: the paragraph that opens the article's text, set apart from it (body).</summary>
    public static readonly FrozenSet<string> LeadWords = FrozenSet.ToFrozenSet(
    [
        "lead", "leadtext", "lede", "intro", "introduction", "teaser", "teasertext", "vorspann", "abstract", "chapo",
        "chapeau", "entradilla",
    ], StringComparer.Ordinal);

    /// <summary>Class or id words of a dek: the subtitle that belongs with the headline (the standfirst, not body).</summary>
    public static readonly FrozenSet<string> DekWords = FrozenSet.ToFrozenSet(
    [
        "dek", "deck", "subtitle", "subheading", "subheadline", "subhead", "summary", "standfirst", "strapline",
        "description", "tagline",
    ], StringComparer.Ordinal);

    /// <summary>A lead paragraph between the headline and the body has at least this many non-blank characters...</summary>
    public const int MinLeadChars = 60;

    /// <summary>...or, set as a heading (a teaser line in an h2), this many.</summary>
    public const int MinLeadHeadingChars = 80;

    /// <summary>...and at most this share of them in links.</summary>
    public const double MaxLeadLinkShare = 0.2;

    /// <summary>A paragraph longer than this (non-blank characters) between the headline and the body is not a lead: nothing there is.</summary>
    public const int MaxLeadChars = 600;

    /// <summary>More lead paragraphs than this between the headline and the body means they are not one article's top: none is taken.</summary>
    public const int MaxLeadParagraphs = 2;

    /// <summary>A result that holds less than this share of a reference text's word triples (the dominant run's, the
    /// declared body's) misses most of it.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>When the declared body wins, the unweighted scoring's result stands in for it if it holds at least this
    /// share of the declared text (the page's own blocks, headings and lists kept).</summary>
    public const double DeclaredCoverage = 0.8;

    /// <summary>JSON-LD articleBody replaces the DOM's text when the DOM's text is shorter than this share of it
    /// (and the declared text is complete: not cut off with an ellipsis, no markup)...</summary>
    public const double DeclaredBodyShare = 0.6;

    /// <summary>...and it has at least this many non-blank characters.</summary>
    public const int DeclaredBodyMinChars = 300;

    /// <summary>A body with fewer non-blank characters than this is not an article (error pages, empty shells).</summary>
    public const int MinBodyChars = 80;

    /// <summary>
    /// When the best-scoring container reads as a link index (a "next stories" grid beside a short post), the best one
    /// outside it is taken when it scores at least this share of the index's score.
    /// </summary>
    public const double RunnerUpShare = 0.5;

    /// <summary>Chosen containers whose text is at least this share link text are a link index, not an article.</summary>
    public const double IndexLinkDensity = 0.5;

    /// <summary>A heading whose text is at least this share link text is a teaser headline.</summary>
    public const double LinkedHeadingShare = 0.8;

    /// <summary>A link standing alone before a summary paragraph counts as a teaser headline from this many characters on.</summary>
    public const int TitleLinkMinChars = 12;

    /// <summary>This many teaser headlines (and at least half of the headings) make the containers a link index.</summary>
    public const int IndexMinLinkedHeadings = 4;

    /// <summary>...with fewer unlinked non-blank characters per teaser headline than this (a teaser's summary line).</summary>
    public const int IndexMaxProsePerTeaser = 250;

    /// <summary>Sites of social networks: a short line linking only to them ("Follow us on ...") is not article text.</summary>
    public static readonly FrozenSet<string> SocialSites = FrozenSet.ToFrozenSet(
    [
        "facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "youtu.be", "linkedin.com", "pinterest.com",
        "tiktok.com", "t.me", "telegram.me", "whatsapp.com", "snapchat.com", "flipboard.com", "vk.com", "weibo.com", "line.me",
        "threads.net", "bsky.app", "mastodon.social",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>A line this short (in characters) that holds a copyright sign is a credit or rights line.</summary>
    public const int CreditLineMaxChars = 200;

    /// <summary>How many ancestors are searched for an enclosing pop-up wrapper.</summary>
    public const int PopupNesting = 4;

    /// <summary>The share of a page's unlinked text its hidden elements hold together for hiding to be no evidence against
    /// a block: the page shows almost nothing until a script or a click opens it.</summary>
    public const double HiddenContentShare = 0.8;

    /// <summary>The fewest characters a section of lists or tables holds to join the article's sections of its kind.</summary>
    public const int MinStructuredChars = 40;

    /// <summary>The most link text (a share of its text) a section of lists or tables holds to join the article's sections of its kind (a list of links is further reading).</summary>
    public const float StructuredMaxLinkDensity = 0.1f;
}
