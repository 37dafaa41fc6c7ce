using System.Collections.Frozen;
using NewsKit.Models;

namespace NewsKit.Related;

/// <summary>
/// The data the story-box finder judges links by: the path words of pages that are not stories (hubs, utilities), and
/// the heading phrases that tell what kind of box a list is, in the languages the rules list. None of them names a site.
/// </summary>
internal static class StoryLinkRules
{
    /// <summary>
    /// Whole path segments of pages that are not stories: tag, topic, category and author hubs, search, accounts, shops,
    /// print and feed views, archives, legal and contact pages, and paid content.
    /// </summary>
    public static readonly FrozenSet<string> HubSegments = FrozenSet.ToFrozenSet(
    [
        "tag", "tags", "topic", "topics", "thema", "themen", "category", "categories", "kategorie", "kategorien", "rubrik",
        "section", "sections", "author", "authors", "autor", "autoren", "auteur", "autore", "user", "users", "profile", "profil",
        "search", "suche", "recherche", "buscar", "login", "signin", "sign-in", "logout", "register", "registrieren", "account",
        "konto", "shop", "store", "cart", "warenkorb", "checkout", "print", "drucken", "feed", "feeds", "rss", "atom", "archive",
        "archiv", "page", "seite", "newsletter", "newsletters", "subscribe", "subscription", "abo", "abonnement", "impressum",
        "imprint", "datenschutz", "privacy", "terms", "agb", "contact", "kontakt", "about", "about-us", "ueber-uns", "help",
        "hilfe", "faq", "kalender", "calendar", "termine", "jobs", "karriere", "careers", "wiki", "quotes", "quote", "index",
        "sitemap", "cdn-cgi", "wp-admin", "wp-login.php", "mediadaten", "advertise", "werbung", "anzeigen", "advert", "adverts",
        "classifieds", "kleinanzeigen", "special", "specials", "dossier", "dossiers", "location", "locations", "products",
        "produkte", "product", "produkt", "ajax", "api", "wp-json", "cgi-bin", "xmlrpc.php",
        "topicos", "tópicos", "tema", "temas", "etiqueta", "etiquetas", "categoria", "categorias", "categoría", "categorías",
        "seccion", "secciones", "sección", "autores", "sujet", "sujets", "rubrique", "argomento", "argomenti", "schlagwort",
        "schlagworte", "stichwort", "stichworte", "personen", "person", "sponsored", "sponsored-content", "advertorial",
        "advertorials", "anzeige", "promoted", "paid-content", "partner-content", "brandstudio", "brand-studio", "publireportage",

        // Listings of the site's services, not stories: events, job ads, paid notices, puzzles.
        "events", "event", "veranstaltungen", "veranstaltung", "agenda", "stellenmarkt", "stellenangebote", "stellenanzeigen",
        "empleo", "emploi", "offres-emploi", "traueranzeigen", "death-notices",
        "avis-de-deces", "esquelas", "annonces", "petites-annonces", "puzzles", "crossword", "crosswords", "raetsel",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words of a slug that name a service page, not a story ("subscribe-to-our-newsletter", "terms-of-service",
    /// "submit-your-review", "free-ad-form"): a link whose last path segment has one is not a story link.
    /// </summary>
    public static readonly FrozenSet<string> ServiceSlugWords = FrozenSet.ToFrozenSet(
    [
        "subscribe", "subscription", "newsletter", "newsletters", "terms", "privacy", "cookie", "cookies", "policy", "impressum",
        "datenschutz", "imprint", "contact", "kontakt", "form", "formular", "submit", "login", "register", "signup", "account",
        "advertise", "advertising", "mediadaten", "abo", "abonnieren", "jobs", "careers", "shop", "faq", "disclaimer",
        "kundenportal", "kundenkonto", "signin", "logout", "makepdf", "geschaeftsbedingungen", "nutzungsbedingungen", "datenschutzerklaerung",
        "druckversion", "printversion", "suscripcion", "suscripción", "assinatura", "abonnement",
    ], StringComparer.Ordinal);

    /// <summary>Openings of link texts that point to a hub, not a story ("More in Dubai Airshow", "See all stories").</summary>
    public static readonly string[] HubTitleOpenings =
    [
        "more in ", "more from ", "more on ", "see all", "view all", "all stories", "all news", "alle artikel", "alle beiträge",
        "mehr aus ", "mehr zu ", "mehr zum ", "plus de ", "más de ",
    ];

    /// <summary>Openings of link texts that promote a subscription, a magazine issue or an app, not a story ("Subscribe to ...", "Read "All About Space" Magazine!").</summary>
    public static readonly string[] PromoTitleOpenings =
    [
        "subscribe", "sign up", "download our", "download the", "get our app", "get the app", "read \"", "read “", "read '",
        "abonnieren", "jetzt abonnieren", "abonnez-vous", "suscríbete",
    ];

    /// <summary>Phrases that make a link text a promotion wherever they stand ("... – OUT NOW!", "free issue").</summary>
    public static readonly string[] PromoTitlePhrases = ["out now!", "magazine!", "free issue", "jetzt im handel", "jetzt am kiosk"];

    /// <summary>Sites of platforms, shops and reference works (as <see cref="Pipeline.Sites.Of"/> gives them): another site's box of their pages is no sister site's stories.</summary>
    public static readonly FrozenSet<string> PlatformSites = FrozenSet.ToFrozenSet(
    [
        .. Body.BodyRules.SocialSites, "vimeo.com", "dailymotion.com", "spotify.com", "apple.com", "soundcloud.com", "twitch.tv",
        "amazon.com", "amazon.de", "amazon.co.uk", "amazon.fr", "amazon.es", "amazon.it", "ebay.com", "ebay.de", "google.com",
        "wikipedia.org", "wikimedia.org", "github.com", "reddit.com", "medium.com", "substack.com",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>File extensions of links that are files, not pages.</summary>
    public static readonly FrozenSet<string> FileExtensions = FrozenSet.ToFrozenSet(
    [
        "pdf", "jpg", "jpeg", "png", "gif", "webp", "svg", "mp3", "mp4", "m4a", "zip", "doc", "docx", "xls", "xlsx", "ppt",
        "pptx", "xml", "json", "ics", "epub", "mobi", "csv",
    ], StringComparer.Ordinal);

    /// <summary>Labels that open a link's text and are not part of the story's title ("Previous post: ...").</summary>
    public static readonly string[] TitleLabels =
    [
        "previous post", "next post", "previous article", "next article", "previous story", "next story", "older post", "newer post", "previous", "next",
        "vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel", "article précédent",
        "article suivant", "artículo anterior", "artículo siguiente", "read also", "read more", "related", "see also",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "lire aussi", "lea también", "leia também",
        "leggi anche", "читайте также", "читайте також", "entrada anterior", "entrada siguiente", "siehe auch", "voir aussi",
    ];

    /// <summary>Heading phrases of each kind of box, matched at the start of the heading, lower case.</summary>
    public static readonly (RelatedLinkKind Kind, string[] Phrases)[] KindHeadings =
    [
        (RelatedLinkKind.PreviousNext, ["post navigation", "previous", "next", "vorheriger", "nächster", "précédent", "suivant", "anterior", "siguiente", "предыдущ", "следующ"]),
        (RelatedLinkKind.MostRead, ["reader favorites", "reader favourites", "most read", "most popular", "most viewed", "most shared", "popular", "trending", "top stories", "top news", "top posts", "top articles", "most commented", "top beiträge", "top-beiträge", "top artikel", "top kommentiert", "meistkommentiert", "meist kommentiert", "beliebteste", "les plus commentés", "más comentad", "meistgelesen", "meist gelesen", "am meisten gelesen", "beliebt", "les plus lus", "les plus populaires", "les plus consultés", "lo más leído", "lo más visto", "más leídas", "más populares", "più letti", "mais lidas", "самое читаемое", "популярное", "популярне", "най-четени", "најчитаније", "najčitanije", "legolvasottabb", "cele mai citite", "en çok okunan", "δημοφιλή", "τα πιο δημοφιλή", "人気"]),
        (RelatedLinkKind.Latest, ["latest", "just in", "most recent", "recent", "newest", "new posts", "breaking", "die neuesten", "das neueste", "das neuste", "neueste", "neuste", "aktuell", "letzte meldungen", "letzte beiträge", "letzte artikel", "neue beiträge", "neu", "dernières", "derniers articles", "articles récents", "publications récentes", "entradas recientes", "artículos recientes", "últimas", "ultime", "ostatnie", "najnowsze", "последние новости", "останні новини", "最新"]),
        (RelatedLinkKind.SameAuthor, ["more from this author", "more from the author", "more by", "mehr vom autor", "mehr von der autorin", "plus de cet auteur", "más de este autor", "more from", "other articles by", "other posts by", "mehr von", "weitere artikel von", "weitere beiträge von", "du même auteur", "más de", "inne artykuły autora", "więcej od autora", "ещё от автора"]),
        (RelatedLinkKind.Related, ["related", "more on", "more about", "read also", "also read", "see also", "read more", "read next", "you may also like", "you might also like", "you may like", "you might like", "recommended", "more like this", "further reading", "what to read next", "don't miss", "in case you missed it", "more stories", "more news", "other stories", "mehr zum thema", "mehr zum", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren", "könnte dich auch interessieren", "könnte sie auch interessieren", "weitere artikel", "verwandte artikel", "passend zum thema", "zum thema", "lire aussi", "à lire aussi", "sur le même sujet", "lea también", "le puede interesar", "relacionad", "leia também", "leggi anche", "verwandte beiträge", "ähnliche beiträge", "ähnliche artikel", "similaire", "articles similaires", "artículos similares", "similar", "przeczytaj również", "przeczytaj też", "czytaj także", "czytaj też", "powiązane", "ещё по теме", "еще по теме", "читайте также", "по теме", "похожие", "більше на тему", "читайте також", "по темі", "関連",
            "te puede interesar", "te podría interesar", "lee también", "articoli correlati", "correlati", "potrebbe interessarti", "ti potrebbe interessare",
            "vous aimerez aussi", "vous aimerez", "à lire également", "a lire également", "voir aussi", "à voir aussi", "articles liés", "weiterlesen",
            "siehe auch", "lesetipp", "veja também", "lees ook", "gerelateerd", "zobacz też", "noticias relacionadas", "noticia relacionada",
            "entradas relacionadas", "artículos relacionados", "artigos relacionados", "notícias relacionadas", "posts relacionados",
            "read these next", "keep reading", "up next", "editor's picks", "editors' picks", "meer over dit onderwerp", "meer over",
            "más información", "ces articles peuvent vous intéresser", "ces articles pourraient vous intéresser", "pour aller plus loin", "benzer haberler", "ilgili haberler",
            "још", "прочитајте још", "повезане вести", "сличне вести", "pročitajte još", "povezane vesti", "povezane vijesti", "slične vesti",
            "още", "свързани новини", "свързани статии", "прочетете още", "kapcsolódó", "articole similare", "citește și", "citeste si",
            "διαβάστε επίσης", "σχετικά άρθρα", "σχετικά θέματα"]),
    ];

    /// <summary>Class or id fragments of share bars and "follow us" boxes, which are never body.</summary>
    public static readonly string[] ShareMarkers = ["share", "sharing", "social", "follow"];

    /// <summary>Texts that open a "follow us" box.</summary>
    public static readonly string[] FollowWords = ["follow us", "folgen sie uns", "suivez-nous", "síguenos", "siga-nos", "seguici", "подписывайтесь", "следите за нами", "підписуйтесь", "تابعونا", "フォロー"];

    /// <summary>Texts of links that are not article titles (pagination, "read more" buttons, comments).</summary>
    public static readonly string[] NonTitleLinkTexts = ["read more", "more", "next", "previous", "prev", "older", "newer", "see all", "view all", "show more", "load more", "comments", "reply", "share", "weiterlesen", "mehr", "далее", "подробнее", "читать далее", "lire la suite", "leer más", "続きを読む", "المزيد"];

    /// <summary>
    /// Headings of related-reading blocks, in several languages, lower case. A heading matches when it starts with one
    /// of these (after trimming punctuation).
    /// </summary>
    public static readonly string[] RelatedHeadings =
    [
        "more on theme", "more on this", "more on", "more about", "related", "read more", "read also", "read next", "more from", "more stories",
        "read these next", "keep reading", "up next", "editors' picks", "reader favorites", "reader favourites", "meer over dit onderwerp", "meer over",
        "more news", "more in", "most read", "most popular", "most viewed", "popular", "you may also like", "you might also like", "you may like",
        "you might like", "recommended", "see also", "also read", "also on", "further reading", "top stories", "latest news", "latest stories",
        "trending", "what to read next", "don't miss", "editor's picks", "more like this", "in case you missed it", "other stories",
        "mehr zum thema", "mehr zum", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren", "könnte dich auch interessieren", "könnte sie auch interessieren", "weitere artikel", "meistgelesen", "verwandte artikel", "mehr aus",
        "weitere beiträge", "weitere meldungen", "weitere nachrichten", "weitere news", "weitere themen", "weitere ratgeber", "weitere rezepte",
        "weitere tipps", "weitere berichte", "weitere pressemitteilungen", "ähnliche beiträge", "ähnliche artikel", "verwandte beiträge",
        "more articles", "similar articles", "other articles", "more guides", "more recipes", "more posts", "similar posts", "autres articles", "plus d'articles",
        "articles similaires", "otros artículos", "más artículos", "artículos relacionados", "altri articoli", "articoli simili", "meer artikelen", "andere artikelen",
        "ещё по теме", "еще по теме", "читайте также", "по теме", "похожие", "самое читаемое", "популярное", "другие новости", "рекомендуем",
        "більше на тему", "читайте також", "по темі", "популярне", "інші новини", "рекомендуємо",
        "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "voir aussi", "articles liés",
        "à lire également", "a lire également", "à voir aussi", "a voir aussi", "lesetipp", "siehe auch", "zum thema", "more:",
        "watch:", "leer más", "lee también", "lea también", "te puede interesar", "le puede interesar", "más información",
        "noticia relacionada", "noticias relacionadas", "relacionado", "relacionadas", "lo más leído", "más noticias",
        "leia também", "leia mais", "mais lidas", "veja também", "notícias relacionadas",
        "leggi anche", "più letti", "articoli correlati", "potrebbe interessarti",
        "lees ook", "meest gelezen", "gerelateerd", "czytaj także", "czytaj też", "zobacz też", "najczęściej czytane",
        "関連記事", "関連ニュース", "おすすめ記事", "人気記事", "こちらもおすすめ", "あわせて読みたい", "相关文章", "相关新闻", "推荐阅读", "热门文章",
        "관련 기사", "관련기사", "많이 본 뉴스",
        "مقالات ذات صلة", "أخبار ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "الأكثر قراءة", "المزيد من", "قد يعجبك أيضا",
        "קראו עוד", "כתבות נוספות", "daha fazla", "ilgili haberler", "bunlar da ilginizi çekebilir", "benzer haberler", "diğer haberler", "en çok okunan",
        "ces articles peuvent vous intéresser", "ces articles pourraient vous intéresser", "pour aller plus loin",
        "још", "прочитајте још", "повезане вести", "сличне вести", "pročitajte još", "povezane vesti", "povezane vijesti", "slične vesti", "još vesti", "najčitanije", "најчитаније",
        "още", "свързани новини", "свързани статии", "прочетете още", "най-четени",
        "kapcsolódó", "további hírek", "legolvasottabb", "articole similare", "citește și", "citeste si", "mai multe știri", "cele mai citite",
        "διαβάστε επίσης", "σχετικά άρθρα", "σχετικά θέματα", "δημοφιλή", "τα πιο δημοφιλή",
    ];

    /// <summary>Whether a lower-case path segment is one of <see cref="HubSegments"/>.</summary>
    public static bool IsHubSegment(ReadOnlySpan<char> segment) => Contains(HubSegments, segment);

    /// <summary>Whether a lower-case file extension is one of <see cref="FileExtensions"/>.</summary>
    public static bool IsFileExtension(ReadOnlySpan<char> extension) => Contains(FileExtensions, extension);

    /// <summary>Path segments after a page's address that name a part or a form of that page, not another page under it.</summary>
    public static readonly FrozenSet<string> PagePartSegments = FrozenSet.ToFrozenSet(
    [
        "feed", "rss", "trackback", "amp", "print", "comments", "comment", "embed", "attachment", "page", "photos", "gallery",
        "video", "videos", "share", "respond", "replytocom",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a path segment is one of <see cref="PagePartSegments"/>, or a numbered comment page ("comment-page-2").</summary>
    public static bool IsPagePartSegment(ReadOnlySpan<char> segment) =>
        segment.StartsWith("comment-page", StringComparison.OrdinalIgnoreCase) || Contains(PagePartSegments, segment);

    /// <summary>Whether a lower-case slug word is one of <see cref="ServiceSlugWords"/>.</summary>
    public static bool IsServiceSlugWord(ReadOnlySpan<char> word) => Contains(ServiceSlugWords, word);

    private static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
#else
        return set.Contains(text.ToString());
#endif
    }

    /// <summary>Class, id or role words of the element that holds a teaser's time.</summary>
    public static readonly string[] TimeWords = ["date", "time"];

    /// <summary>Class, id or role words of a box of links to the previous and next posts.</summary>
    public static readonly string[] PreviousNextWords = ["prev", "previous", "next", "post-navigation", "nav-links", "nav-previous", "nav-next"];

    /// <summary>Selectors of an element named as a box's heading or title.</summary>
    public const string BoxHeadingSelector = "[class*=heading], [class*=Heading], [class*=title], [class*=Title], [class*=headline]";

    /// <summary>Selectors of a teaser's title elements, most specific first: a "headline" part, a heading, a "title" part.</summary>
    public const string TeaserHeadlineSelector = "[class*=headline], [class*=Headline]";

    /// <summary>The headings a teaser titles itself with (see <see cref="TeaserHeadlineSelector"/>).</summary>
    public const string TeaserHeadingSelector = "h2, h3, h4, h5, h6";

    /// <summary>A teaser's "title" part (see <see cref="TeaserHeadlineSelector"/>).</summary>
    public const string TeaserTitleSelector = "[class*=title], [class*=Title]";

    /// <summary>Class, id or role words of a kicker or overline inside a teaser's link ("Verzweifelte Eltern in vollen Arztpraxen" above the headline).</summary>
    public static readonly string[] KickerWords = ["kicker", "overline", "topline", "roofline", "dachzeile", "eyebrow", "supertitle", "pretitle"];

    /// <summary>Class, id or role words of the other parts of a teaser's link that are no part of its title: its byline and a video's running time ("By REUTERS", "1:41").</summary>
    public static readonly string[] TeaserExtraWords = ["byline", "reporter", "author", "authors", "duration"];
}
