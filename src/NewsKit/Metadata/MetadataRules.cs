namespace NewsKit.Metadata;

/// <summary>
/// The metadata stage's selectors, tag names and word lists, kept as data in one place. Every entry is a
/// general convention (schema.org, OpenGraph, Dublin Core, common CMS class names, common wording), never
/// the markup of one site.
/// </summary>
internal static class MetadataRules
{
    /// <summary>schema.org types whose node describes the article itself, most specific first.</summary>
    public static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "BlogPosting", "Article", "Report",
        "TechArticle", "ScholarlyArticle", "SatiricalArticle", "SocialMediaPosting", "DiscussionForumPosting",
        "Review", "Recipe", "HowTo", "VideoObject", "PodcastEpisode", "CreativeWork",
    ];

    /// <summary>schema.org page types, a weaker description of the article when no article node exists.</summary>
    public static readonly string[] PageTypes = ["WebPage", "ItemPage", "MedicalWebPage", "AboutPage", "FAQPage", "QAPage", "ProfilePage"];

    /// <summary>JSON-LD properties that hold nodes that are not the article (lists of other items, breadcrumbs, comments).</summary>
    public static readonly string[] JsonLdForeignProperties = ["itemListElement", "comment", "review", "relatedLink", "significantLink", "isPartOf", "breadcrumb", "citation", "mentions", "about", "subjectOf", "potentialAction", "hasPart", "liveBlogUpdate"];

    /// <summary>Meta tags (name, property or itemprop) that hold the original publication time, strongest first.</summary>
    public static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datePublished", "article.published",
        "published_time", "publish-date", "publish_date", "publishdate", "pubdate", "og:pubdate", "article_date_original",
        "original-publish-date", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "dc.date.issued",
        "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date", "dcterms.date", "date", "displaydate", "dateCreated",
        "article.created", "created", "citation_publication_date", "citation_date", "sn-post-date", "pub_date", "eomportal-lastupdate",
        "publication_date", "publication-date", "uploaddate", "schema:datepublished", "schema:datecreated", "dc:date", "dc:created",
        "dcterms:created", "dcterms:issued", "dcterms:date", "originalpublicationdate", "pdate", "ptime", "published-date", "published_date",
        "publisheddate", "date_published", "dateposted", "article:published", "article:published_date", "article:post_date", "article:publicationdate",
        "og:article:published", "og:datepublished", "og:publish_date", "dc.date.publication", "dcsext.articlefirstpublished", "rnews:datepublished",
        "bt:pubdate", "doc_date", "shareaholic:article_published_time", "twt-published-at", "video:release_date", "vr:published_time",
        "mediator_published_time", "prism.publicationdate",

        // Parse.ly's older tag: a JSON object whose "pub_date" is the publication time.
        "parsely-page",
    ];

    /// <summary>Meta tags that hold the last modification time.</summary>
    public static readonly string[] ModifiedMetaNames =
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "dateModified", "modified_time", "last-modified",
        "lastmod", "dc.date.modified", "dcterms.modified", "article.updated", "updated_time", "revised", "schema:datemodified",
        "dcterms:modified", "dc:modified",
    ];

    /// <summary>Meta tags naming the author.</summary>
    public static readonly string[] AuthorMetaNames = ["author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "citation_author", "twitter:creator"];

    /// <summary>Meta tags naming the publication.</summary>
    public static readonly string[] SiteNameMetaNames = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "twitter:site"];

    /// <summary>Meta tags with the description or deck.</summary>
    public static readonly string[] DescriptionMetaNames = ["og:description", "twitter:description", "description", "dc.description"];

    /// <summary>Meta tags with keywords and tags.</summary>
    public static readonly string[] TagMetaNames = ["article:tag", "og:article:tag", "keywords", "news_keywords", "parsely-tags", "sailthru.tags"];

    /// <summary>Meta tags with the section.</summary>
    public static readonly string[] SectionMetaNames = ["article:section", "og:article:section", "section", "parsely-section", "category"];

    /// <summary>Meta tags with the copyright or rights statement.</summary>
    public static readonly string[] CopyrightMetaNames = ["copyright", "dcterms.rights", "dc.rights", "rights"];

    /// <summary>Selectors of elements that hold the article's headline, tried when no h1 agrees with the metadata.</summary>
    public const string HeadlineSelector = "h1, h2, h3, [itemprop=headline], [class*=headline], [class*=title], [id*=title], [id*=headline], dt";

    /// <summary>
    /// Class or id words of a part of the headline element that is not the headline: a kicker or overline above it
    /// ("Klimaschutz: ..."), a section label, or a subtitle set inside the same element.
    /// </summary>
    public static readonly string[] KickerWords =
    [
        "kicker", "overline", "topline", "roofline", "dachzeile", "eyebrow", "supertitle", "pretitle", "preheadline",
        "strapline", "subtitle", "sub-title", "subheadline", "subheading", "sub-heading", "section", "category", "label",
        "spitzmarke", "headlineintro", "headline-intro", "rubric", "rubrik", "flag", "badge", "pill", "exclusive", "live", "breaking",
    ];

    /// <summary>Class or id words of a heading that is the line above the headline, never the headline itself.</summary>
    public static readonly string[] AboveHeadlineWords =
    [
        "kicker", "overline", "topline", "roofline", "dachzeile", "eyebrow", "supertitle", "pretitle", "preheadline", "strapline",
    ];

    /// <summary>Selectors of elements that may hold the deck or standfirst under a headline.</summary>
    public const string StandfirstSelector = "[class*=standfirst], [class*=lead], [class*=dek], [class*=deck], [class*=subtitle], [class*=subhead], [class*=sub-title], [class*=summary], [class*=excerpt], [class*=intro], [itemprop=description], h2, p";

    /// <summary>Selectors of elements that may carry the visible date or byline of the article.</summary>
    public const string DateSelector = "time, [itemprop=datePublished], [itemprop=dateCreated], [itemprop=dateModified], [class*=date], [class*=Date], [class*=time], [class*=Time], [class*=publish], [class*=Published], [class*=posted], [class*=byline], [class*=Byline], [class*=ByLine], [class*=byLine], [class*=meta], [class*=timestamp], [id*=date], [id*=time], [class*=dateline], [class*=info], [class*=datum], [class*=Datum], [class*=fecha]";

    /// <summary>
    /// Attributes that hold an element's date for the script that writes it out (ISO text or Unix epoch seconds or
    /// milliseconds), in the order they are read: <c>data-datetime</c>, <c>data-date</c>, <c>data-timestamp</c>,
    /// <c>data-published</c>, <c>data-published-at</c>, <c>data-publish-date</c>, <c>data-pubdate</c>, <c>data-time</c>, <c>data-utime</c>.
    /// </summary>
    public static readonly string[] DateDataAttributes =
        ["data-datetime", "data-date", "data-timestamp", "data-published", "data-published-at", "data-publish-date", "data-pubdate", "data-time", "data-utime"];

    /// <summary>schema.org properties of the publication time, in the order they are read (microdata <c>itemprop</c>, RDFa <c>property</c>).</summary>
    public static readonly string[] PublishedDateProperties = ["datePublished", "dateCreated"];

    /// <summary>schema.org properties of the update time.</summary>
    public static readonly string[] ModifiedDateProperties = ["dateModified"];

    /// <summary>Dublin Core terms (<c>dc:</c>, <c>dcterms:</c>) of the publication time.</summary>
    public static readonly string[] DublinCorePublishedTerms = ["date", "created", "issued"];

    /// <summary>Dublin Core terms of the update time.</summary>
    public static readonly string[] DublinCoreModifiedTerms = ["modified"];

    /// <summary>Path segments after which an author page's address names its author (<c>/author/mady</c>), lower case.</summary>
    public static readonly string[] AuthorPageSegments = ["author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "autore", "autori", "tac-gia", "yazar", "yazarlar", "penulis", "wartawan"];

    /// <summary>Path segments of a forum's or community's member pages ("/members/turbo_dave.40/", "/u/ellen_w", "/user/jsmith").</summary>
    public static readonly string[] MemberPageSegments = ["members", "member", "u", "user", "users", "benutzer", "mitglieder"];

    /// <summary>Selectors of the name elements inside a byline: author links and marked names.</summary>
    public const string BylineNameSelector = "[itemprop=author], [itemprop=name], [rel=author], [class*=author], [class*=Author], [class*=name], a[href*='/author'], a[href*='/authors/'], a[href*='/by/'], a[href*='/staff/'], a[href*='/people/'], a[href*='/person/'], a[href*='/profile'], a[href*='/journalist'], a[href*='/contributor'], a[href*='/writer'], a[href*='/reporter'], a[href*='/autor'], a[href*='/auteur'], a[href*='/tac-gia/'], a[href*='/yazar/'], a[href*='/penulis/']";

    /// <summary>Beat and rank words written between a name and a role ("Jane Doe, Business Columnist"), dropped with the role.</summary>
    public static readonly string[] BeatWords = ["business", "sports", "sport", "political", "politics", "science", "tech", "technology", "health", "food", "travel", "music", "film", "arts", "culture", "entertainment", "fashion", "senior", "chief", "national", "international", "foreign", "economics", "economy", "finance", "financial", "metro", "local", "investigative", "legal", "education", "environment", "climate", "auto", "staff", "contributing", "associate", "deputy", "managing", "executive", "security", "opinion", "features", "news", "markets", "media", "white", "house", "global", "city", "state", "regional"];

    /// <summary>Selectors of byline elements.</summary>
    public const string BylineSelector = "[itemprop=author], [rel=author], [class*=byline], [class*=Byline], [class*=ByLine], [class*=byLine], [class*=author], [class*=Author], [class*=autor], [class*=Autor], [class*=auteur], [class*=verfasser], [class*=szerzo], [class*=muhabir], [class*=yazar], [class*=forfatter], [class*=penulis], [class*=reporterName], [class*=reporter-name], [class*=reporter_name], [class*=reporterList], [class*=reporter-list], [id*=byline], [id*=author], [class*=writer], [class*=contributor], [data-testid*=byline], [data-testid*=Byline], [data-testid*=author], [data-testid*=Author], [data-component*=byline], [data-component*=Byline], [data-e2e*=byline], a[href*='/author/'], a[href*='/autor/'], a[href*='/auteur/'], a[href*='/autore/'], a[href*='/authors/'], a[href*='/autores/'], a[href*='/auteurs/'], a[href*='/autori/'], a[href*='/autoren/'], a[href*='/penulis/'], a[href*='/wartawan/'], a[href*='/tac-gia/'], a[href*='/yazar/']";

    /// <summary>Words that introduce an update time rather than the publication time, in several languages.</summary>
    public static readonly string[] UpdatedWords = ["updated", "update", "last updated", "last update", "last modified", "modified", "edited", "aktualisiert", "mis à jour", "actualizado", "atualizado", "aggiornato", "обновлено", "оновлено", "更新", "تحديث", "bijgewerkt", "zaktualizowano", "aktualizacja", "uppdaterad", "oppdatert", "opdateret", "päivitetty", "aktualizováno", "güncelleme", "güncellendi", "zuletzt geändert",
        "letzte aktualisierung", "letzte änderung", "zuletzt bearbeitet", "geändert am", "revised", "mise à jour", "dernière modification", "actualisé", "actualisée", "màj", "révisé le", "rectifié le",
        "aggiornamento", "ultima modifica", "última modificación", "actualización", "atualização", "laatst gewijzigd", "senast ändrad",
        "ostatnia modyfikacja", "aktualizacji", "data aktualizacji", "última actualización", "última atualização", "ultimo aggiornamento", "dernière mise à jour",
        "zuletzt am", "last edited", "обновена", "обновено", "актуализирана", "актуализирано", "актуализация", "ажурирано", "frissítve", "actualizat", "aktualizované", "ažurirano", "ενημερώθηκε", "עודכן", "cập nhật", "diperbarui", "dikemas kini", "güncellenme", "수정",
        "última modificação", "modificado em", "modificado", "atualizada", "actualizada", "aggiornata", "modificato il", "modificata il", "modifica il", "actualitzat", "modifié le", "modifié", "aangepast", "gewijzigd", "geüpdatet", "geupdatet", "geändert", "düzenlenme", "düzenlendi", "poslední změna", "naposledy upraveno", "upraveno", "sist endret", "sist endra", "muokattu", "изменено", "terakhir diubah"];

    /// <summary>
    /// Labels of an event's or a deadline's date ("Termin: 15.03.2021", "When:", "Anmeldeschluss") or of a forum member's
    /// registration ("Registriert: 18.09.2008", "Member since"), or a board's clock ("It is currently Wed Dec 31, 2025
    /// 11:42 pm", "Aktuelle Zeit:"): a line with one gives
    /// no date of the page, unless it also says the page was published or updated.
    /// </summary>
    public static readonly string[] EventDateLabels = ["termin:", "wann:", "veranstaltungsdatum", "datum der veranstaltung", "anmeldeschluss", "einsendeschluss", "bewerbungsschluss", "frist:", "beginn:", "sitzung vom", "event date", "when:", "deadline", "registration closes", "quand :", "quand:", "date de l'événement", "fecha del evento", "cuándo:", "quando:", "data dell'evento", "scadenza",
        "registriert:", "registriert seit", "registriert am", "join date", "fecha de ingreso", "date d'inscription", "data registrazione", "mitglied seit", "dabei seit", "joined:", "member since", "registered:", "inscrit le", "inscrit depuis", "membre depuis",
        "registrado:", "miembro desde", "iscritto il", "iscritto dal", "lid sinds", "geregistreerd", "inscription :", "inscription:", "iscrizione:", "registro:",
        "lieferbar ab", "verfügbar ab", "erhältlich ab", "available from", "in stock from", "ships from", "disponible à partir du", "disponible dès le", "disponible a partir del", "disponibile dal", "leverbaar vanaf",
        "it is currently", "the time now is", "current time", "aktuelle zeit", "es ist jetzt", "il est actuellement", "heure actuelle", "la hora actual", "hora actual", "ora attuale", "huidige tijd"];

    /// <summary>Class or id words of an event's details (its date, time and place), whose dates are the event's.</summary>
    public static readonly string[] EventMarkers = ["event", "events", "event-meta", "event-details", "event-date", "veranstaltung", "termin", "evenement", "evento"];

    /// <summary>Class and id words of cookie and consent banners (their headings are no story's).</summary>
    public static readonly string[] ConsentWords =
        ["cookie", "cookies", "consent", "gdpr", "dsgvo", "onetrust", "cookiebot", "usercentrics", "didomi", "borlabs", "cmplz", "iubenda", "tarteaucitron", "cookiebanner", "cookieconsent"];

    /// <summary>Words that introduce the publication time, in several languages.</summary>
    public static readonly string[] PublishedWords = ["입력", "등록", "승인", "게재", "published", "posted", "first published", "created", "erstellt", "yayınlanma", "giriş:", "yayın tarihi", "erstveröffentlichung", "veröffentlicht", "publiziert", "erschienen", "erscheinungstag", "erscheinungsdatum", "eingestellt", "online seit", "beitrag vom", "publié", "publicado", "pubblicato", "gepubliceerd", "opublikowano", "publicerad", "udgivet", "julkaistu", "publikováno", "опубликовано", "опубліковано", "公開", "发布", "نشر", "publicat", "közzétéve", "feltöltve", "megjelent", "publikálva", "yayın", "yayınlandı", "δημοσίευση", "data publicării", "објављено", "публикувано", "публикувана", "публикуван", "објављен", "publikované", "objavljeno", "δημοσιεύθηκε", "פורסם", "diterbitkan", "게시", "written", "geschrieben", "verfasst", "écrit", "geplaatst", "publiceret", "publisert", "skrevet", "skrivet",
        "inserito", "mis en ligne", "publication", "publicación", "pubblicazione", "publicatie", "veröffentlichung", "publikacji", "publikacja",
        "data publikacji", "data di pubblicazione", "data pubblicazione", "date de publication", "fecha de publicación", "datum der veröffentlichung",
        "date published", "date posted", "publiceringsdatum", "publicatiedatum", "publicação", "data de publicação", "data da publicação",
        "zveřejněno", "vyvěšeno", "datum zveřejnění", "datum vyvěšení", "data udostępnienia",
        // the same words after the thing published ("Article publié le 3 mai 2024", "Page created on 12 January 2020")
        "article published", "article posted", "page published", "page created", "post published", "artikel veröffentlicht",
        "beitrag veröffentlicht", "article publié", "article mis en ligne", "artículo publicado", "articolo pubblicato"];

    /// <summary>
    /// Labels of a manuscript's history before its publication ("Received 3 January 2019; Accepted 12 February 2019;
    /// Published 5 March 2019"): their dates are not the publication's. "Submitted" is not one: "Submitted by jsmith on ..."
    /// is a post's byline, and arXiv's "Submitted on" its publication.
    /// </summary>
    public static readonly string[] ManuscriptDateLabels = ["received:", "received ", "accepted:", "accepted ", "eingegangen", "eingereicht:", "angenommen:", "reçu le", "accepté le", "recibido:", "recibido el", "aceptado:", "aceptado el", "ricevuto:", "accettato:", "ontvangen:", "geaccepteerd:", "otrzymano:", "zaakceptowano:"];

    /// <summary>
    /// Openings of a post's closing sentence that states when it was posted ("This entry was posted on Tuesday, March 5th,
    /// 2019 at 10:21 am and is filed under Walks.", as classic blog themes write it; "Dieser Beitrag wurde am ...
    /// veröffentlicht"), lower case: the sentence is a date line however long it goes on.
    /// </summary>
    public static readonly string[] PostedSentences =
    [
        "this entry was posted", "this entry was published", "this post was posted", "this post was published", "this article was posted",
        "this article was published", "this entry was written", "dieser beitrag wurde", "dieser eintrag wurde", "dieser artikel wurde",
        "cet article a été publié", "cette entrée a été publiée", "esta entrada fue publicada", "esta entrada se publicó", "este artículo fue publicado",
        "questo articolo è stato pubblicato", "questa voce è stata pubblicata", "dit bericht is geplaatst", "dit artikel is geplaatst",
    ];

    /// <summary>Prefixes of bylines ("By", "Von", "Par"...).</summary>
    public static readonly string[] BylinePrefixes = ["ผู้สื่อข่าว:", "ผู้สื่อข่าว", "ข่าวโดย", "by", "von", "par", "por", "di", "door", "av", "af", "przez", "от", "автор", "авторы", "text:", "text von", "tekst:", "tekst", "autor:", "autorin:", "autoren:", "autor", "autorin", "autoren", "author:", "authors:", "auteur :", "auteur:", "words by", "words and photographs by", "words and photos by", "words and pictures by", "text and photos by", "story and photos by", "written by", "authored by", "co-authored by", "created by", "recipe by", "posted by", "submitted by", "enviado por", "soumis par", "inviato da", "ingezonden door", "reported by", "reporting by", "writing by", "story by", "a story by", "an article by", "guest post by", "a guest post by", "guest column by", "a guest column by", "editorial by", "an editorial by", "profile by", "a profile by", "review by", "a review by", "essay by", "an essay by", "report by", "a report by", "feature by", "a feature by", "texto:", "文・写真：", "文・写真:", "写真・文：", "写真・文:", "zusammengestellt von", "opinion by", "analysis by", "commentary by", "column by", "contributors:", "contributor:", "opinion:", "autorzy:", "autorka:", "redaktor:", "haber:", "muhabir:", "yazar:", "metin:", "blog beitrag von", "blogbeitrag von", "ein beitrag von", "beitrag von", "ein bericht von", "bericht von", "eine reportage von", "reportage von", "eine analyse von", "eine kolumne von", "ein essay von", "ein gastbeitrag von", "gastbeitrag von", "ein kommentar von", "kommentar von", "ein interview von", "un article de", "un texte de", "texte de", "un reportage de", "une chronique de", "une analyse de", "un artículo de", "view all posts by", "all posts by", "more posts by", "zeige alle beiträge von", "alle beiträge von", "alle artikel von", "weitere beiträge von", "voir tous les articles de", "ver todas las entradas de", "geschrieben von", "verfasst von", "eingetragen von", "gespeichert von", "eingereicht von", "messaggio da", "von unserem korrespondenten", "von unserer korrespondentin", "von unserem redakteur", "von unserer redakteurin", "von unserem mitarbeiter", "von unserer mitarbeiterin", "текст:", "كتبت:", "كتبت", "إعداد:", "文／", "文/", "rédigé par", "écrit par", "scritto da", "escrito por", "napisała", "napisał", "yazan:", "bởi", "oleh", "بقلم", "كتب", "本报记者", "本報記者", "新华社记者", "中新社记者", "記者", "执笔：", "執筆者：", "執筆者:", "執筆：", "執筆:", "文・", "文：", "撰文：", "撰文", "撰稿：", "记者", "作者", "文", "gastautor:", "gastautorin:", "gastautor", "gastautorin", "guest author:", "guest author", "gastbeitrag:", "συντάκτης:", "published by", "interview by", "interviewed by", "veröffentlicht von", "eingestellt von", "das interview führte", "publié par", "posté par", "propos recueillis par", "publicado por", "postado por", "entrevista de", "artículo de opinión de", "artículo de", "texto de", "pubblicato da", "intervista di", "a cura di", "dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente", "dalla nostra corrispondente", "dal corrispondente", "dalla corrispondente", "de notre correspondant", "de notre correspondante", "de notre envoyé spécial", "de notre envoyée spéciale", "de nuestro corresponsal", "de nuestra corresponsal", "from our correspondent", "geplaatst door", "gepubliceerd door", "publicerad av", "dodane przez", "opublikowane przez", "opublikował", "opublikowała", "opracowanie:", "diposting oleh", "ditulis oleh", "dipublikasikan oleh", "penulis:", "penulis", "upplagd av", "skriven av", "skrevet af", "skrevet av", "gönderen:", "gönderen", "опубликовано", "опубликовал", "опубликовала", "vystavil", "vystavila", "napsal", "napsala", "autor článku:", "ผู้เขียน", "โดย", "αναρτήθηκε από", "γράφει ο", "του", "της", "γράφει η", "από", "توسط", "نویسنده:", "نویسنده", "글쓴이", "작성자", "글·사진", "글", "취재", "аутор:", "аутор", "пише:", "piše:", "लेखक:", "लेखक", "লেখক:", "লেখক", "כתב:", "מאת", "گزارشگر:", "گزارشگر", "خبرنگار:", "رپورٹ:", "رپورٹر:", "تحریر:", "tác giả:", "tác giả", "kirjoittanut:", "kirjoittanut", "kirjoittaja:", "teksti ja kuvat:", "teksti:"];

    /// <summary>Words that separate several authors in a byline.</summary>
    public static readonly string[] AuthorSeparators = [" and ", " & ", " und ", " et ", " y ", " e ", " и ", " і ", " ve ", " en ", " og ", " och ", " i ", " oraz ", " és ", " și ", " şi ", " ja ", " και του ", " και της ", " και ", " و ", " ו ", " And ", "、", "，", ",", ";", "|", "/", "／", " with ", "通讯员"];

    /// <summary>Phrases that, in a byline, are roles or outlets rather than names.</summary>
    public static readonly string[] AuthorRoleWords =
    [
        "staff writer", "staff reporter", "senior writer", "senior reporter", "senior editor", "editor-at-large", "editor at large",
        "contributing writer", "contributing editor", "contributor", "correspondent", "columnist", "reporter", "writer", "editor",
        "producer", "photographer", "analyst", "special to", "for the", "auto writer", "associated press writer", "ap writer",
        "writers", "reporters", "editors", "warden", "officer", "manager", "director", "coordinator", "president", "chairman", "chairwoman",
        "secretary", "clerk", "spokesperson", "spokesman", "spokeswoman", "ranger", "curator", "professor", "researcher", "fellow", "intern",
        "volunteer", "founder", "ceo", "anchor", "presenter", "critic", "blogger", "journalist", "meteorologist", "meteorologe", "meteorologin", "météorologue", "meteorólogo", "meteoróloga", "meteorologo", "meteorologa", "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "autor", "autorin", "freier autor", "freie autorin", "freier journalist", "freie journalistin", "mitglied", "pressesprecher", "pressesprecherin", "korrespondent",
        "korrespondentin", "journaliste", "periodista", "giornalista", "корреспондент", "журналист", "обозреватель", "кореспондент", "기자", "특파원", "선임기자",
    ];

    /// <summary>
    /// Words of a press office or a communications department ("Pressestelle", "Presse und Kommunikation", "Service
    /// Communication", "Ufficio stampa"), lower case: a byline made of these and connectors is one organization, no person.
    /// </summary>
    public static readonly string[] PressOfficeWords =
    [
        "pressestelle", "presse", "kommunikation", "unternehmenskommunikation", "öffentlichkeitsarbeit", "pressebüro", "pressedienst",
        "presseabteilung", "medienstelle", "medien", "marketing", "press", "office", "communications", "communication", "public", "relations",
        "media", "service", "département", "direction", "comunicación", "prensa", "gabinete", "comunicazione", "ufficio", "stampa",
        "communicatie", "afdeling", "persdienst", "voorlichting", "abteilung", "stabsstelle", "referat",
    ];

    /// <summary>Words of an editorial desk ("Online-Redaktion", "news-desk"): the last part of a hyphenated role, no name.</summary>
    public static readonly string[] DeskWords = ["redaktion", "team", "desk", "newsroom", "ressort", "redaction", "redacción", "redazione", "redaksi", "tim redaksi", "redactie", "redakce", "redação", "redaksjon", "redakcja", "toimitus", "redaccion", "redacao", "redazione web"];

    /// <summary>Newsroom roles a byline names after its writer ("Gwen Pritchard, local democracy reporter"), lower case: a line of a name and one of these is a byline.</summary>
    public static readonly string[] NewsroomRoleWords = ["reporter", "correspondent", "editor", "writer", "journalist", "columnist", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste", "periodista", "giornalista", "corrispondente", "corresponsal", "correspondant", "correspondante"];

    /// <summary>Endings of one-word desk names ("Newsdesk", "Sportsdesk", "Newsteam", "Onlineredaktion"): a word that ends so, at least three letters longer than the ending, names a desk.</summary>
    public static readonly string[] DeskCompoundEndings = ["desk", "team", "redaktion", "redactie"];

    /// <summary>Words an outlet adds to its own name when it signs a story ("Belfast Telegraph Digital", "BBC News", "Echo Newsdesk").</summary>
    public static readonly string[] HouseBylineWords = ["digital", "online", "web", "news", "newsdesk", "desk", "staff", "reporter", "reporters", "team", "editors", "editorial", "newsroom", "redaktion", "sport", "sports", "writers", "correspondent", "correspondents"];

    /// <summary>Words of job titles that are no names ("Senior Staff Technologist"); with <see cref="BeatWords"/> and the one-word <see cref="AuthorRoleWords"/>, a byline part made only of them is a title.</summary>
    public static readonly string[] TitleWords =
    [
        "technologist", "strategist", "scientist", "engineer", "designer", "developer", "consultant", "specialist", "assistant",
        "head", "lead", "principal", "advisor", "adviser", "expert", "economist", "historian", "physician", "doctor", "nurse",
        "attorney", "lawyer", "teacher", "student", "of", "and", "the", "team", "desk", "staff", "reporting", "contributing",
        "research", "associate", "senior", "junior", "visiting", "chief", "deputy", "executive", "policy", "programme", "program",
        "postdoctoral", "doctoral", "candidate", "lecturer", "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin", "steuerberater",
        "steuerberaterin", "notar", "notarin", "avocat", "avocate", "abogado", "abogada", "avvocato", "avvocatessa",
    ];

    /// <summary>Articles that open the name of an outlet, never a person's ("The Dodo").</summary>
    public static readonly string[] NameArticles = ["The", "Der", "Die", "Das", "Le", "La", "Les", "El", "Il", "Los", "Las"];

    /// <summary>Credentials written after a name ("MS, RD", "PhD"), never names.</summary>
    public static readonly string[] Credentials = ["MS", "MA", "MD", "RD", "RDN", "LD", "PhD", "MPH", "MBA", "CPT", "CSCS", "RN", "DO", "DDS", "JD", "Esq", "CFA", "CFP", "FACS", "MSc", "BSc", "Dr", "Prof"];

    /// <summary>A reporter's title written after the name in Korean, Japanese and Chinese ("김민준 기자", "山田太郎記者").</summary>
    public static readonly string[] ReporterSuffixes = ["특파원", "기자", "特派員", "記者", "记者", "特派员"];

    /// <summary>Section labels that open a byline before a bar ("Opinion | Jane Doe").</summary>
    public static readonly string[] SectionLabels = ["opinion", "analysis", "commentary", "column", "editorial", "meinung", "kommentar", "analyse", "kolumne", "gastbeitrag", "opinión", "tribune", "opinione"];

    /// <summary>What a template writes where the author's name is missing ("Posted by Unknown", "Anonymous") or a site's
    /// generic account ("By admin"): no author at all.</summary>
    public static readonly string[] PlaceholderNames = ["unknown", "anonymous", "anonym", "anonyme", "anónimo", "anonimo", "unbekannt", "inconnu", "desconocido", "sconosciuto", "n/a", "none", "null", "undefined", "quelle", "source", "fuente", "fonte", "źródło", "bron", "admin", "administrator", "webmaster", "site admin", "administrateur", "administrador", "amministratore", "beheerder", "administratör", "super user"];

    /// <summary>Names that are organizations (agencies, desks, generic accounts), never people.</summary>
    public static readonly string[] OrganizationNames =
    [
        "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse", "agence france presse", "dpa", "ansa", "efe",
        "upi", "bloomberg", "tass", "ria novosti", "interfax", "xinhua", "kyodo", "pti", "ians", "ukrinform", "anadolu", "bbc", "cnn", "press association",
        "pa", "pa media", "admin", "administrator", "editor", "editors", "staff", "guest", "webmaster", "newsroom", "news desk", "web desk",
    ];

    /// <summary>Words that mark a name as an organization ("Staff Reports", "Sports Desk", "Editorial Board").</summary>
    public static readonly string[] OrganizationWords = ["staff", "desk", "team", "editorial", "newsroom", "reports", "board", "agency", "agencies", "agencia", "agence", "agenzia", "agência", "agentur", "news service", "wire", "bureau", "media", "press", "tv", "haber merkezi", "ڈیسک", "סוכנויות", "وكالات", "group", "network", "inc.", "ltd", "llc", "gmbh", "corp.", "corp", ".com", "redaktion", "redacción", "redaccion", "rédaction", "redazione", "redação", "redakcja", "редакция", "редакція", "redaksi", "redactie", "redakce",
        "pressestelle", "presse", "unternehmenskommunikation", "öffentlichkeitsarbeit", "press office", "ufficio stampa", "persdienst", "pressedienst", "presseabteilung"];

    /// <summary>
    /// Words of institutions ("ACLU Racial Justice Program", "Konrad-Adenauer-Stiftung"): a short byline part (five words at
    /// most) with one is an organization, an affiliation rather than a person.
    /// </summary>
    public static readonly string[] InstitutionWords = ["program", "programme", "foundation", "foundations", "institute", "institut", "university", "universität", "association", "council", "committee", "ministry", "ministerium", "stiftung", "verband", "e.v.", "department", "police", "polizei", "pressestelle", "stadt", "gemeinde", "landkreis", "municipality", "mairie", "ayuntamiento", "comune", "office", "service", "communications", "communication", "ministerie", "ministère", "ministerio", "ministero", "gemeente", "provincie", "universiteit", "université", "universidad", "università", "uniwersytet", "hochschule", "équipe", "equipo", "squadra"];

    /// <summary>
    /// Endings of German compound words that name an authority or a practice ("Polizeipräsidium", "Landratsamt", "Gemeindeverwaltung", "Zahnarztpraxis", "Anwaltskanzlei"):
    /// a short byline part with a word that ends so is an organization.
    /// </summary>
    public static readonly string[] InstitutionEndings = ["präsidium", "amt", "verwaltung", "behörde", "direktion", "inspektion", "ministerium", "polizei", "gericht", "praxis", "kanzlei"];

    /// <summary>Labels of a line that names the article's source ("Quelle: dpa/AFP"), lower case.</summary>
    public static readonly string[] SourceLabels =
        ["quelle", "quellen", "source", "sources", "fonte", "fontes", "fuente", "fuentes", "bron", "bronnen", "källa", "kilde", "lähde", "zdroj", "źródło", "forrás", "источник", "来源", "來源", "出典"];

    /// <summary>News agencies a source line may name (<see cref="SourceLabels"/>), in the spelling they are given as authors.</summary>
    public static readonly string[] NewsAgencies =
    [
        "AP", "Associated Press", "Reuters", "AFP", "dpa", "KNA", "epd", "kathpress", "APA", "SDA", "Keystone-SDA", "ANP", "Belga", "ANSA", "AGI",
        "Adnkronos", "EFE", "Europa Press", "Lusa", "Agência Brasil", "TT", "NTB", "Ritzau", "STT", "ČTK", "TASR", "MTI", "PAP", "BTA", "HINA",
        "Tanjug", "AAP", "UPI", "Bloomberg", "TASS", "Interfax", "RIA Novosti", "Ukrinform", "Xinhua", "新华社", "中新社", "Kyodo", "共同", "Jiji",
        "時事", "Yonhap", "PTI", "IANS", "Anadolu", "PA", "PA Media", "dts", "idea", "ANI", "APP", "TNN", "UNI", "NAN", "GNA", "KNA", "Bernama",
        "Antara", "PNA", "BSS", "UNB", "IRNA", "KUNA", "WAM", "SPA", "QNA", "MENA", "Notimex", "Télam", "Prensa Latina", "Canadian Press", "The Canadian Press",
        "Presse canadienne", "La Presse canadienne", "ATS", "Keystone-ATS", "APS", "MAP", "TAP", "AIP", "ACP", "AGP", "ANGOP",
    ];

    /// <summary>News agencies recognized in wire datelines ("MINSK, July 18 (Reuters) -").</summary>
    public static readonly string[] WireAgencies = ["AP", "Reuters", "AFP", "dpa", "UPI", "Bloomberg", "TASS", "Xinhua", "Kyodo", "PTI", "IANS", "ANSA", "EFE", "CNN", "Interfax", "Ukrinform", "RIA Novosti", "Anadolu", "PA", "KNA", "epd", "APA", "SDA", "Yonhap", "WAM", "SPA", "QNA", "MENA", "ANI", "APP", "TNN", "UNI", "NAN", "GNA", "Bernama", "Antara", "PNA", "BSS", "UNB", "IRNA", "KUNA", "AA", "DHA", "İHA", "Europa Press", "EUROPA PRESS"];

    /// <summary>Separators between a headline and a site name in a title ("Title | Site", "Title – Site").</summary>
    public static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " ‒ ", " ― ", " : ", " :: ", " · ", " • ", " » ", " « ", " › ", " ‹ ", " ~ ", " / ", " ｜ ", "｜", " — ", ": "];

    /// <summary>Words of copyright notices ("©", "(c)", "Copyright", "All rights reserved" and translations).</summary>
    public static readonly string[] CopyrightWords = ["©", "(c)", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "tous droits reserves", "todos los derechos reservados", "derechos reservados", "todos os direitos reservados", "tutti i diritti riservati", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "všechna práva vyhrazena", "minden jog fenntartva", "alle rettigheder forbeholdes", "alla rättigheter förbehållna", "tüm hakları saklıdır", "все права защищены", "усі права захищені", "всі права захищені", "無断転載", "著作権", "جميع الحقوق محفوظة", "版权所有"];

    /// <summary>Statements that close a copyright notice.</summary>
    public static readonly string[] CopyrightStatements = ["All Rights Reserved", "Some Rights Reserved", "Alle Rechte vorbehalten", "Einige Rechte vorbehalten", "Certains droits réservés", "Algunos derechos reservados", "Alcuni diritti riservati", "Tous droits réservés", "Tous droits reserves", "Todos los derechos reservados", "Derechos reservados", "Todos os direitos reservados", "Tutti i diritti riservati", "Alle rechten voorbehouden", "Wszelkie prawa zastrzeżone", "Wszystkie prawa zastrzeżone", "Všechna práva vyhrazena", "Minden jog fenntartva", "Alle rettigheder forbeholdes", "Alla rättigheter förbehållna", "Tüm hakları saklıdır", "Все права защищены", "Усі права захищені", "Всі права захищені", "جميع الحقوق محفوظة", "無断転載を禁じます", "版权所有"];

    /// <summary>Wire-dateline place words that are not places (so "UPDATED (AP) —" is not read as a dateline).</summary>
    public static readonly string[] NonPlaceWords = ["updated", "breaking", "exclusive", "analysis", "opinion", "watch", "live"];

    /// <summary>
    /// Words that open the names of places and never a person's ("New Delhi", "Los Angeles", "San José", "Kuala Lumpur",
    /// "Bad Homburg"), as written: a last part of a byline that opens with one, after a name, is where the story was written.
    /// </summary>
    public static readonly string[] PlaceOpeners =
    [
        "New", "San", "Santa", "Santo", "São", "Sao", "Los", "Las", "Saint", "St.", "Sankt", "Port", "Fort", "Kuala", "Hong", "Tel",
        "Abu", "Rio", "Buenos", "Cape", "Sri", "Addis", "Dar", "Phnom", "Ho", "Mexico", "Puerto", "Porto", "Ciudad", "Salt", "Baton",
        "Bad", "Den", "Nueva", "Nuevo", "Nouvelle", "Panama",
    ];

    /// <summary>
    /// Last words of newspapers' and magazines' names ("Los Angeles Times", "New York Post", "New Scientist"), as written:
    /// a byline's last part that ends with one names the outlet, not the place (<see cref="PlaceOpeners"/>).
    /// </summary>
    public static readonly string[] OutletNameEndings =
    [
        "Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "News", "Daily", "Observer", "Star", "Sun", "Standard",
        "Telegraph", "Express", "Mail", "Examiner", "Record", "Review", "Press", "Bee", "Globe", "Register", "Courier", "Sentinel",
        "Inquirer", "Dispatch", "Reporter", "Monitor", "Magazine", "Weekly", "Today", "Scientist", "Yorker", "Republic", "Statesman",
        "Zeitung", "Nachrichten", "Kurier", "Tagblatt", "Anzeiger", "Rundschau", "Diario", "Tribuna", "Prensa", "Jornal", "Gazzetta", "Corriere",
    ];

    /// <summary>Path segments of a site's tag pages ("/tag/hafen/", "/schlagwort/verkehr", "/taxonomy/term/12"), lower case.</summary>
    public static readonly string[] TagPathSegments =
    [
        "tag", "tags", "tagged", "schlagwort", "schlagworte", "stichwort", "stichworte", "tema", "temas", "etiqueta", "etiquetas", "onderwerp",
        "onderwerpen", "trefwoord", "trefwoorden", "term", "keyword", "keywords", "mot-cle", "mots-cles", "argomenti", "tagi", "etiket",
    ];

    /// <summary>Particles of names written in lower case ("van", "de", "bin"): a full name may hold them.</summary>
    public static readonly string[] NameParticles = ["van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter", "bin", "binti", "binte", "ibn", "al", "el", "y", "zu", "af", "st.", "ap", "ferch", "dei", "degli", "los", "las", "'t", "do", "bint", "ould", "ben", "wa"];

    /// <summary>Words around a byline that are no part of a name ("email", "follow", "minutes"): a name part made of them is dropped.</summary>
    public static readonly string[] NoiseWords = ["email", "e-mail", "twitter", "facebook", "instagram", "linkedin", "follow", "view", "profile", "more", "articles", "stories", "contact", "author", "authors", "bio", "see", "all", "posts", "subscribe", "share", "comments", "comment", "read", "min", "minute", "minutes", "photo", "photos", "video", "about", "watch", "get", "name", "biography", "recent", "published", "posted", "updated", "last", "on", "at", "am", "pm", "veröffentlicht", "publiziert", "aktualisiert", "erstellt", "geändert", "alle", "artikel", "beiträge", "publié", "publicado", "pubblicato", "actualizado", "community"];

    /// <summary>Where a byline is cut before its names are read: what follows is a role, a date or an outlet ("By Jane Doe | Updated 5 PM", "By Jane Doe For Dailymail.com").</summary>
    public static readonly string[] BylineButtons = ["Follow", "Folgen", "Suivre", "Seguir", "Segui", "Volgen", "Obserwuj"];

    /// <summary>Where a byline ends: separators after which come the date, the desk or the outlet.</summary>
    public static readonly string[] BylineCuts = [" | ", " • ", " · ", "\u2014", " – ", " - ", "(", " For ", " for "];

    /// <summary>Separators between a copyright notice and the links or words beside it on its line.</summary>
    public static readonly string[] NoticeSeparators = [" | ", " · ", " ∙ ", " • ", " ‧ "];

    /// <summary>Separators after which a copyright holder's name has ended ("© 2024 Acme Media - All rights reserved").</summary>
    public static readonly string[] HolderSeparators = [" - ", " – ", " — ", " | ", " · ", " • ", " / ", "; "];

    /// <summary>Words of a link's rel or class, or its parent's class, that mark it as a section, category or tag link inside a byline line: its words are no names.</summary>
    public static readonly string[] CategoryLinkWords = ["category", "categories", "cat", "cats", "tag", "tags"];

    /// <summary>Path segments (or their first word) of tag, topic and category pages: a name linked there is a subject of the story, not its author.</summary>
    public static readonly string[] TopicPageSegments = ["tag", "tags", "topic", "topics", "thema", "themen", "schlagwort", "schlagworte", "category", "categories", "kategorie", "keyword", "keywords", "sujet", "sujets", "tema", "temas", "argomento", "onderwerp"];

    /// <summary>Abbreviations that end a company's name with their period ("Future US, Inc.", "Mortons Media Group Ltd.").</summary>
    public static readonly string[] CompanyAbbreviations = ["Inc", "Ltd", "Co", "Corp", "Bros", "Pty", "plc", "S.A", "e.V", "Jr", "Sr", "GmbH & Co. KG", "o.o", "S.L", "S.p.A", "B.V", "N.V", "Cia", "Mfg"];

    /// <summary>
    /// Words after a copyright holder's name that start something else: a credit for the site's making, a condition or
    /// the owner's owner ("© 2025 Harbour Post powered by Example Press", "... unless otherwise noted", "..., a subsidiary
    /// of ..."). The holder ends before them.
    /// </summary>
    public static readonly string[] HolderEndings = [" or its affiliated", " or its affiliates", " and its affiliated", " and its affiliates", " and/or its affiliates", " or its licensors", " and its licensors", " powered by ", " proudly powered", " designed by ", " design by ", " developed by ", " made with ", " made by ", " built with ", " hosted by ", " unless otherwise", ", a subsidiary", " a subsidiary of ", ", a division", " is a registered", " is not responsible", " on the genesis framework", " is licensed under", " licensed under", " ist lizenziert unter", " ist lizensiert unter", " steht unter", " est mis à disposition", " está bajo", " bajo licencia"];

    /// <summary>Class, id or role words of a photo credit or caption: a © there is no notice of the page.</summary>
    public static readonly string[] CreditWords = ["credit", "credits", "caption", "photo-credit", "image-credit", "bildnachweis", "bildquelle", "fotocredit"];

    /// <summary>Selectors of an element that holds the update time.</summary>
    public const string UpdateSelector = "[itemprop=dateModified], [itemprop=dateUpdated], .updated, [class*=modified], [class*=-updated], [class*=_updated]";

    /// <summary>Selectors of an element that holds the publication time.</summary>
    public const string PublishSelector = "[itemprop=datePublished], .published, [class*=-published], [class*=_published], [class*=publish-date], [class*=pubdate]";

    /// <summary>Class, id or role words of an element that holds the update time, not the publication time.</summary>
    public static readonly string[] UpdateMarkerWords = ["update", "modified", "Update", "Modified"];

    /// <summary>Words of a share bar ("teilen tweeten mailen", "Share Tweet Email"): a line of nothing else is no standfirst.</summary>
    public static readonly string[] ShareWords = ["share", "tweet", "email", "e-mail", "mail", "print", "pin", "teilen", "tweeten", "mailen", "drucken", "twittern", "partager", "compartir", "condividi", "whatsapp", "facebook", "twitter", "linkedin", "copy", "link"];

    /// <summary>Class, id or role words of a standfirst (dek, summary, intro) set apart below the headline.</summary>
    public static readonly string[] StandfirstWords = ["standfirst", "lead", "dek", "deck", "subtitle", "subhead", "sub-title", "excerpt", "intro", "description", "summary", "teaser-text", "teaser", "strapline", "spot", "Standfirst", "Lead", "Dek", "Subtitle",
        "chapo", "chapeau", "sapo", "abstract", "entradilla", "vorspann", "ingress", "catenaccio", "bajada", "subheadline", "sommario", "sumario",
        "blurb", "linha-fina", "linhafina", "subtitulo", "sottotitolo"];

    /// <summary>
    /// Headings of an author box, the bio a blog or magazine shows after the article ("About the author", "Über den
    /// Autor", "Sobre el autor"), compared lower-case without a closing colon, with plain apostrophes.
    /// </summary>
    public static readonly string[] AuthorBoxHeadings =
    [
        "about the author", "about the authors", "about the writer", "über den autor", "über die autorin", "über die autoren",
        "zum autor", "zur autorin", "zu den autoren", "à propos de l'auteur", "à propos de l'autrice",
        "sobre el autor", "sobre la autora", "sobre los autores", "sobre o autor", "sobre a autora", "sull'autore",
        "informazioni sull'autore", "l'autore", "over de auteur", "over de schrijver", "o autorze", "o autorce", "об авторе",
        "om författaren", "om forfatteren", "yazar hakkında",
    ];
}
