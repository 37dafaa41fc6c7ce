using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Metadata;

/// <summary>
/// Finds when the article was published and modified, and the wire dateline.
/// Machine-readable sources, strongest first: JSON-LD (the article node, then the page node), meta tags
/// (<see cref="MetadataRules.PublishedMetaNames"/>), <c>&lt;time datetime&gt;</c> and <c>itemprop</c> in the article
/// header. The visible date near the headline or byline is read too: what the page shows wins when it disagrees,
/// and when it agrees its offset is kept. The URL path is the last resort, date only. Dates inside related items,
/// comments, sidebars and footers are never read.
/// </summary>
internal sealed partial class DatelineFinder
{
    private readonly ExtractionContext context;
    private readonly PageDates dates;

    /// <summary>Whether the page is a listing whose first teaser was taken for the headline (<see cref="StoryCards.IsTeaserTitle"/>), read once.</summary>
    private bool? listing;

    private DatelineFinder(ExtractionContext context, PageDates dates)
    {
        this.context = context;
        this.dates = dates;
    }

    private const int MaxDistance = 400;
    private const int MinimumYear = 1971;
    private const int MaxLabelDistance = 150;

    /// <summary>The page's dateline, from its machine-readable dates and the dates it shows; <paramref name="sources"/> gets where each value came from.</summary>
    public static Dateline Find(ExtractionContext context, PageDates dates, HeadlineWindow window, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources) =>
        new DatelineFinder(context, dates).Find(window, graph, metas, sources);

    private static readonly string[] JobPostingType = ["JobPosting"];

    /// <summary>Whether a JSON-LD node of an event type (<c>Event</c>, <c>MusicEvent</c>, ...) starts on the candidate's day.</summary>
    private bool IsEventStart(JsonLdGraph graph, DateCandidate candidate) =>
        graph.Nodes.Any(n => Array.Exists(n.Types, t => t.EndsWith("Event", StringComparison.OrdinalIgnoreCase))
            && FromJson(n, "startDate") is { } start && DatelineReconciler.SameDay(start.Value, candidate.Value));

    private Dateline Find(HeadlineWindow window, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var headline = window.Headline;
        var article = graph.Article;
        var page = graph.Page;

        // A job posting's date of posting is its publication (schema.org's JobPosting is no article type).
        var jsonPublished = FromJson(article, "datePublished") ?? FromJson(page, "datePublished") ?? FromJson(article, "dateCreated")
            ?? (article is null ? FromJson(graph.Nodes.FirstOrDefault(n => n.HasAnyType(JobPostingType)), "datePosted") : null);
        // A video page's upload date, below every other declared publication (an embedded video's node may stand for the article).
        var jsonUploaded = FromJson(article, "uploadDate");
        var jsonModified = FromJson(article, "dateModified") ?? FromJson(page, "dateModified");
        var metaPublishedAll = FromMeta(metas, PublishedMetaRanks, headline);
        var metaPublished = metaPublishedAll.FirstOrDefault();
        var metaModified = FromMeta(metas, ModifiedMetaRanks, headline).FirstOrDefault();

        var microdataPublished = FromMicrodata(MetadataRules.PublishedDateProperties, headline);
        var microdataModified = FromMicrodata(MetadataRules.ModifiedDateProperties, headline);

        // RDFa and microformats, read when nothing else is declared.
        if (jsonPublished is null && metaPublished is null && microdataPublished is null)
        {
            microdataPublished = FromAttributes(modified: false, headline);
            microdataModified ??= jsonModified is null && metaModified is null ? FromAttributes(modified: true, headline) : null;
        }

        // A date shown without its year takes it from the page's own evidence, never from the clock.
        var stated = new StatedDates(context, Normalize);
        var urlDate = stated.UrlDate();
        if (urlDate is not null && article is null && IsEventStart(graph, urlDate))
        {
            // "/programm/2022-06-20-brahms-dvorak" on a page that declares a concert starting that day: the event's date.
            urlDate = null;
        }
        var yearEvidence = (jsonPublished ?? metaPublished ?? microdataPublished ?? jsonUploaded ?? urlDate ?? jsonModified ?? metaModified ?? microdataModified)?.Value.Date
            ?? stated.UrlYear();

        var order = context.Index.DocumentOrder;
        var anchor = window.Anchor;
        var root = window.ArticleRoot;
        var shownPublished = new List<DateCandidate>();
        var saidPublished = new List<DateCandidate>();
        var description = MetaTags.First(metas, ["description", "og:description"])?.Content;
        var (markupPublished, markupModified, visiblePublished, visibleModified, visibleMarkedOnly) = FromPage(window, yearEvidence, shownPublished, saidPublished, description);
        var machinePublished = DatelineReconciler.MostPrecise(jsonPublished ?? metaPublished ?? microdataPublished ?? markupPublished ?? jsonUploaded, [FromJson(page, "datePublished"), .. metaPublishedAll, microdataPublished, markupPublished]);
        var machineModified = DatelineReconciler.MostPrecise(jsonModified ?? metaModified ?? microdataModified ?? markupModified, [metaModified, microdataModified, markupModified]);
        DatelineReconciler.WarnOnDisagreement(context, "published", jsonPublished, metaPublished);
        if (article?.HasArticleType() != true && jsonPublished is null && metaPublished is null)
        {
            // An event's page (JSON-LD Event, no article): the date its markup shows on the event's start day ("<abbr
            // class="published dtstart" title="2025-07-12">", "<time datetime="2025-03-15">") is when the event is held.
            machinePublished = machinePublished is { } held && IsEventStart(graph, held) ? null : machinePublished;
            visiblePublished = visiblePublished is { } shown && IsEventStart(graph, shown) ? null : visiblePublished;
        }

        // The page shows the declared publication day too, farther from the headline than another date ("Created: 01 March
        // 2019", "Published: 05 March 2019"): the shown date that agrees with the declaration is the publication. A bare
        // date element is no declaration over a date the page itself calls its publication ("<dt>Published</dt><dd>12
        // January 2022</dd>" beside a change history's "<time datetime=...>5 March 2024</time> Added a link").
        if (visiblePublished is not null && machinePublished is not null && !DatelineReconciler.SameDay(visiblePublished.Value, machinePublished.Value)
            && ((jsonPublished ?? metaPublished ?? microdataPublished) is not null || !saidPublished.Contains(visiblePublished))
            && shownPublished.FirstOrDefault(c => DatelineReconciler.SameDay(c.Value, machinePublished.Value)) is { } agreeing)
        {
            visiblePublished = agreeing;
        }

        // The declared publication (JSON-LD, meta) and a date element the article itself carries (<time datetime> in its
        // byline) agree; a shown day without a time, of another day that nothing calls the publication and that no time
        // zone makes the same, is some other item's (a video player's "11/20/2024" under the story): two sources outweigh it.
        if (visiblePublished is { } lone && lone.Value.Precision == TimestampPrecision.Day && markupPublished is { } markup
            && (jsonPublished ?? metaPublished) is { } declaredPublished && DatelineReconciler.SameDay(markup.Value, declaredPublished.Value)
            && (declaredPublished.Value.Instant is { } declaredInstant ? DatelineReconciler.NearbyDay(declaredInstant, lone.Value.Date) is null
                : Math.Abs(Period.Between(lone.Value.Date, declaredPublished.Value.Date, PeriodUnits.Days).Days) > 1)
            && !saidPublished.Contains(lone))
        {
            visiblePublished = null;
        }

        // A displayed time equal to the update time is the update, unless the metadata itself is inconsistent
        // (published after modified); so is a displayed day without a time that is the update's day and not the
        // publication's (a theme that shows the post's last change as its only date).
        if (visiblePublished is not null && machineModified is not null && machinePublished is not null
            && ((DatelineReconciler.SameMoment(visiblePublished.Value, machineModified.Value) && !DatelineReconciler.SameMoment(visiblePublished.Value, machinePublished.Value)
                    && DatelineReconciler.IsBefore(machinePublished.Value, machineModified.Value))
                || (visiblePublished.Value.Precision == TimestampPrecision.Day && DatelineReconciler.SameDay(visiblePublished.Value, machineModified.Value)
                    && DatelineReconciler.DayBefore(machinePublished.Value, visiblePublished.Value.Date))))
        {
            visibleModified ??= visiblePublished;
            visiblePublished = null;
        }

        visiblePublished ??= LeadDate(anchor, yearEvidence, description);
        visiblePublished ??= root is null || markupPublished is not null || visibleModified is not null ? null : DateHeadingBefore(root, yearEvidence);

        // The page's only date, which a class word ("date-update-wrapper") but nothing a reader sees calls an update,
        // is the date the page shows as its own: the publication date.
        if (visiblePublished is null && machinePublished is null && machineModified is null && visibleMarkedOnly is not null && ReferenceEquals(visibleMarkedOnly, visibleModified))
        {
            (visiblePublished, visibleModified) = (visibleMarkedOnly, null);
        }
        // A shown date days after the page's own declared publication and modification is not its publication (an event's,
        // another story's); a day later may be the same moment in another time zone. One the page calls its publication
        // ("Pubblicato il 04/07/2022") is, whatever a template's declaration says.
        if (visiblePublished is not null && machinePublished is not null && machineModified is not null
            && visiblePublished.Value.Date > machineModified.Value.Date.PlusDays(1) && visiblePublished.Value.Date > machinePublished.Value.Date.PlusDays(1)
            && !saidPublished.Contains(visiblePublished))
        {
            visiblePublished = null;
        }

        var published = DatelineReconciler.Reconcile(context, machinePublished, visiblePublished, "published");
        if (published is null && urlDate is not null)
        {
            published = urlDate;
        }
        else if (published is not null && urlDate is not null && DatelineReconciler.IsRelative(published.Value) && !DatelineReconciler.SameDay(published.Value, urlDate.Value))
        {
            // "ayer", "3 hours ago" is only as good as the clock it is read against; the page's address states its day
            // ("/2025/03/04/"), whenever the page is read.
            context.Warn(WarningKind.SourceConflict, $"published: the page shows {published.Value.Text}, its address says {urlDate.Value.Text}");
            published = urlDate;
        }

        published ??= stated.HeadDate(metas, headline);
        published ??= stated.SelfLinkDate();
        published ??= stated.FirstPublishedNote(root);

        var pageOffset = DatelineReconciler.PageOffset([visiblePublished, visibleModified], [jsonPublished, jsonModified, metaModified, markupPublished, markupModified, .. metaPublishedAll]);
        published = DatelineReconciler.InPageOffset(published, pageOffset);
        // An update shown with an offset of its own keeps it ("Sat 24 Oct 2026 23.40 BST", "Last modified on Sun 25 Oct 2026
        // 09.05 GMT": the clocks went back between the two).
        var modifiedOffset = visibleModified?.Value is { Kind: TimestampKind.Instant, Offset: { } shownOffset } shownModified && !DatelineReconciler.IsRelative(shownModified)
            ? shownOffset : pageOffset;
        var modified = DatelineReconciler.OnPublicationDay(
            DatelineReconciler.InPageOffset(DatelineReconciler.Reconcile(context, machineModified, visibleModified, "modified"), modifiedOffset), published);
        if (published is not null)
        {
            sources[ArticleField.Published] = published.Source;
        }

        if (modified is not null)
        {
            sources[ArticleField.Modified] = modified.Source;
        }

        if (modified is null && FooterModified(published?.Value) is { } footer)
        {
            modified = footer;
            sources[ArticleField.Modified] = footer.Source;
        }

        if (published is null && modified is not null)
        {
            // The page says when it was last changed and nothing else (og:updated_time alone, "Last updated 2 March 2023",
            // a wiki's "This page was last edited on ..."): that is the date it gives itself, and readers date it so. It
            // stands for the publication too, said in a warning; the source is the update's.
            published = modified;
            sources[ArticleField.Published] = modified.Source;
            context.Warn(WarningKind.UpdateAsPublication, $"published: the page gives only its update, {modified.Value.Text}; that date stands for the publication");
        }

        var (place, agency) = WireDateline.Read(context, root ?? context.Document.Body, order, anchor);
        if (agency is not null)
        {
            sources[ArticleField.WireDateline] = ValueSource.VisibleText;
        }

        return new Dateline { Published = published?.Value, Modified = modified?.Value, Place = place, Agency = agency };
    }

    private DateCandidate? FromJson(JsonLdNode? node, string property)
    {
        if (node?.Get(property) is not { } value)
        {
            return null;
        }

        foreach (var text in JsonLdValues.AsTexts(value))
        {
            if (Normalize(text, TimestampSource.JsonLd) is { } timestamp)
            {
                return new DateCandidate(timestamp, ValueSource.JsonLd, "JSON-LD " + property);
            }
        }

        return null;
    }

    /// <summary>
    /// Microdata dates of the article item (<c>itemprop</c> inside an <c>itemscope</c> of an article type, hidden or not:
    /// microdata is read by machines), in the property order given; never inside a foreign region.
    /// </summary>
    private DateCandidate? FromMicrodata(string[] properties, IElement? headline)
    {
        foreach (var property in properties)
        {
            foreach (var element in context.Index.WithItemProp(property))
            {
                if (element.TagName == "META" || !InArticleItem(element, headline))
                {
                    continue;
                }

                if (IsListing(headline) && StoryCards.IsInTeaser(context, element))
                {
                    // A listing page whose first teaser was taken for the headline: each teaser's item declares its own story's date.
                    continue;
                }

                var text = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? (element.Children.Length == 0 ? ElementText.Text(element) : null);
                if (Normalize(text, TimestampSource.Microdata) is { } timestamp)
                {
                    return new DateCandidate(timestamp, ValueSource.Microdata, "microdata " + property);
                }
            }
        }

        return null;
    }

    /// <summary>Whether the page is a listing whose first teaser, <paramref name="headline"/>, was taken for its headline; read once a page.</summary>
    private bool IsListing(IElement? headline) => listing ??= StoryCards.IsTeaserTitle(context, headline);

    /// <summary>A date declared with RDFa or a microformat (<see cref="MarkupDates"/>), recorded as microdata (or as a time element when it is one).</summary>
    private DateCandidate? FromAttributes(bool modified, IElement? headline)
    {
        if (MarkupDates.Find(context, modified, headline) is not var (text, element)
            || (IsListing(headline) && StoryCards.IsInTeaser(context, element)))
        {
            // On a listing page (its first teaser taken for the headline), a teaser's hAtom date is its story's.
            return null;
        }

        var time = element.TagName == "TIME";
        return Normalize(text, time ? TimestampSource.TimeElement : TimestampSource.Microdata) is { } timestamp
            ? new DateCandidate(timestamp, time ? ValueSource.TimeElement : ValueSource.Microdata, modified ? "markup updated" : "markup published")
            : null;
    }

    /// <summary>
    /// Whether a microdata meta belongs to an article item that is itself outside any foreign region (an article's own
    /// footer), or stands in no item at all (a page whose item closes before its date: the property is the page's)
    /// outside any foreign region.
    /// </summary>
    private bool InArticleItem(IElement meta, IElement? headline) =>
        meta.Closest(Selectors.Of("[itemscope]")) is { } scope
            ? (scope.GetAttribute("itemtype") ?? string.Empty) is var type
                && MetadataRules.ArticleTypes.Any(t => type.EndsWith("/" + t, StringComparison.OrdinalIgnoreCase))
                && !PageRegions.IsInForeignRegion(context, scope, headline: headline)
            : !PageRegions.IsInForeignRegion(context, meta, headline: headline);

    /// <summary>
    /// Normalizes a text, rejecting values no article can have: placeholder years (0001, 1970) and days after the
    /// reference instant's next day (UTC). A rejected value gives a warning.
    /// </summary>
    private Timestamp? Normalize(string? text, TimestampSource source, bool searchWithinText = false, LocalDate? yearEvidence = null)
    {
        var timestamp = dates.Normalize(text, source, searchWithinText, yearEvidence);
        if (timestamp is null)
        {
            return null;
        }

        if (timestamp.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && yearEvidence is null)
        {
            // The clock is no evidence of the year a page was written in.
            context.Warn(WarningKind.RejectedTimestamp, $"{source} \"{timestamp.Text}\" gives no year and the page gives no date to take it from");
            return null;
        }

        // A page's day can run ahead of the UTC day by at most 14 hours (UTC+14): a day later than the next one is not
        // yet (a delivery date on a shop's page).
        var latest = context.ReferenceInstant.Plus(Duration.FromDays(1)).InUtc().Date;
        if (timestamp.Date.Year < MinimumYear || timestamp.Date > latest)
        {
            context.Warn(WarningKind.RejectedTimestamp, $"{source} \"{timestamp.Text}\" is not a plausible publication time");
            return null;
        }

        return timestamp;
    }

    /// <summary>
    /// Reads the article header: <c>time</c> and <c>itemprop</c> markup (machine-readable) and the visible date text,
    /// the candidates nearest to the headline first, never from a foreign region. <c>VisibleMarkedOnly</c> is the
    /// visible modified date when only a class or id word ("date-update-wrapper") calls it one, not its text or markup.
    /// <paramref name="shownPublished"/> gets every shown date not called an update, nearest first; <paramref name="saidPublished"/>
    /// those of them whose text calls them the publication ("Published", "Pubblicato il").
    /// </summary>
    private (DateCandidate? MarkupPublished, DateCandidate? MarkupModified, DateCandidate? VisiblePublished, DateCandidate? VisibleModified, DateCandidate? VisibleMarkedOnly) FromPage(
        HeadlineWindow window, LocalDate? yearEvidence, List<DateCandidate> shownPublished, List<DateCandidate> saidPublished, string? description)
    {
        var (root, anchor, headline) = (window.ArticleRoot, window.Anchor, window.Headline);
        var order = context.Index.DocumentOrder;
        var scope = (IParentNode?)root ?? context.Document.Body;
        if (scope is null)
        {
            return (null, null, null, null, null);
        }

        var elements = Candidates(window, scope as IElement, description);

        DateCandidate? markupPublished = null, markupModified = null, visiblePublished = null, visibleModified = null, visibleMarkedOnly = null;
        foreach (var element in elements)
        {
            context.ThrowIfCancelled();
            var itemprop = element.GetAttribute("itemprop") ?? string.Empty;
            if (InManuscriptHistory(element, deep: element.LocalName == "time" || element.HasAttribute("datetime")))
            {
                // "<li>Received: <time datetime="2019-01-03">...</time></li>": a manuscript's history, not its publication.
                continue;
            }

            // "<span>Mis à jour le</span><time class="entry-date published updated">" beside "<span>Publié le</span><time>": the
            // label before a time of a pair names it.
            var isModified = itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase) || IsUpdateMarked(element)
                || (element.LocalName == "time" && LabelBefore(element) is { } timeLabel
                    && DateLines.MentionsAny(timeLabel, MetadataRules.UpdatedWords) && !DateLines.MentionsAny(timeLabel, MetadataRules.PublishedWords)
                    && element.ParentElement?.ParentElement?.QuerySelectorAll(Selectors.Of("time")).Length > 1);
            var machineText = element.GetAttribute("datetime")
                ?? (itemprop.Length > 0 ? element.GetAttribute("content") ?? (element.Children.Length == 0 ? ElementText.Text(element) : null) : null)
                ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null)
                ?? DateLines.DataDate(element);
            if (machineText is not null && !(itemprop.Length > 0 && InOtherItem(element, headline))
                && Normalize(machineText, element.TagName == "TIME" ? TimestampSource.TimeElement : TimestampSource.Microdata) is { } machine)
            {
                var source = element.TagName == "TIME" ? ValueSource.TimeElement : ValueSource.Microdata;
                if (isModified)
                {
                    markupModified ??= new DateCandidate(machine, source, "markup");
                }
                else
                {
                    markupPublished ??= new DateCandidate(machine, source, "markup");
                }
            }

            var text = DateLines.ContainerText(context, dates, element, headline, out var ownOnly);
            if (text.Length > DateLines.MaxVisibleTextLength && DateLines.OpensWithPostedSentence(text))
            {
                // "This entry was posted on Tuesday, March 5th, 2019 at 10:21 am and is filed under Walks. You can follow
                // any responses ...": the date is in the sentence's opening.
                text = text[..DateLines.MaxVisibleTextLength];
            }

            if (text.Length is 0 or > DateLines.MaxVisibleTextLength)
            {
                continue;
            }

            var (saysUpdated, saysPublished) = (DateLines.MentionsAny(text, MetadataRules.UpdatedWords), DateLines.MentionsAny(text, MetadataRules.PublishedWords));
            if (!saysUpdated && !saysPublished
                && DateLines.MentionsAny(ElementText.Text(element, MaxOpeningLabelChars), MetadataRules.UpdatedWords))
            {
                // "<time class="publishdate"><span class="publishdate-label">Actualizado</span> Martes, 4 marzo 2025 - 16:37</time>":
                // the element's own text opens with the update word its class would have hidden from the date's text.
                saysUpdated = true;
            }

            if (!saysUpdated && saysPublished && DateLines.NamesStatusAfterDate(text))
            {
                // "Erstellt: 05.11.2024, 09:10 Uhr · Stand: 05.11.2024, 16:42 Uhr": the state the page is in after its publication.
                saysUpdated = true;
            }

            if (!saysUpdated && !saysPublished && LabelBefore(element) is { } label)
            {
                // "<p>Updated: <time datetime="">Jun 3, 2022 / 08:12 AM CDT</time></p>": the label before the element names it.
                (saysUpdated, saysPublished) = (DateLines.MentionsAny(label, MetadataRules.UpdatedWords), DateLines.MentionsAny(label, MetadataRules.PublishedWords));
            }

            if (DateLines.MentionsAny(text, MetadataRules.ManuscriptDateLabels))
            {
                // "Received 3 January 2019", "Received 3 Jan 2019; Accepted 12 Feb 2019; Published 5 March 2019": a manuscript's
                // history; only the part from its publication word on says when it was published.
                if (!saysPublished || DateLines.FromWord(text, MetadataRules.PublishedWords) is not { } published)
                {
                    continue;
                }

                (text, saysUpdated) = (published, DateLines.MentionsAny(published, MetadataRules.UpdatedWords));
            }

            if (!saysUpdated && !saysPublished && (DateLines.MentionsAny(text, MetadataRules.EventDateLabels) || InEventDetails(element) || InDateRange(element, text)))
            {
                // "Termin: 15.03.2021, 19 Uhr", an event's details, a span of days ("14 August 1938 – 2 January 2020"): the
                // event's or a life's dates, not the page's.
                continue;
            }

            // Date elements left out of the text ("<span class=updated>...</span><span>25. Dezember 2022</span>" read as the
            // second span's date) say nothing of it.
            var updateInside = !ownOnly && element.QuerySelector(Selectors.Of(MetadataRules.UpdateSelector)) is not null;
            var publishInside = !ownOnly && element.QuerySelector(Selectors.Of(MetadataRules.PublishSelector)) is not null;
            if ((updateInside && publishInside) || (saysUpdated && saysPublished && DateLines.SplitAtUpdate(text) is null))
            {
                // "<span>Published 5 PM</span> <span>Updated 6 PM</span>": the parts are read one by one. One line of text
                // ("Publié le 3 mars 2021, mis à jour le 4 mars 2021") is split at its update word below.
                continue;
            }

            if (saysUpdated && !(isModified && element.LocalName == "time") && !itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase)
                && DateLines.SplitAtUpdate(text) is ({ } first, { } update))
            {
                // "18 Jul 2025 08:52AM (Updated: 18 Jul 2025 10:15AM)": the date before the update word is the publication,
                // also in an element whose class calls it the update ("<p class="is-last-update">12 aprile 2023 (modifica il
                // 13 aprile 2023 | 10:12)</p>").
                if (Normalize(first, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) is { } shownFirst)
                {
                    visiblePublished = DatelineReconciler.Better(visiblePublished, new DateCandidate(shownFirst, ValueSource.VisibleText, "visible"));
                }

                if (Normalize(update, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) is { } shownUpdate)
                {
                    visibleModified = DatelineReconciler.Better(visibleModified, new DateCandidate(shownUpdate, ValueSource.VisibleText, "visible"));
                }

                continue;
            }

            if ((Normalize(text, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) ?? LabelledValue(element, text, yearEvidence)) is { } shown)
            {
                // "<span class=timeago title="2019-03-05 10:21">3 years ago</span>": the date the element gives on hover
                // is the one the relative words stand for.
                var visible = DatelineReconciler.IsRelative(shown) && TitledDate(element) is { } titled ? titled : shown;
                var modifiedText = isModified || saysUpdated || updateInside || IsUpdateMarked(element.ParentElement);
                var candidate = new DateCandidate(visible, ValueSource.VisibleText, "visible");
                if (modifiedText)
                {
                    visibleModified = DatelineReconciler.Better(visibleModified, candidate);
                    if (!saysUpdated && !updateInside && !itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase))
                    {
                        visibleMarkedOnly = DatelineReconciler.Better(visibleMarkedOnly, candidate);
                    }
                }
                else
                {
                    visiblePublished = DatelineReconciler.Better(visiblePublished, candidate);
                    shownPublished.Add(candidate);
                    if (saysPublished)
                    {
                        saidPublished.Add(candidate);
                    }
                }
            }
        }

        return (markupPublished, markupModified, visiblePublished, visibleModified, visibleMarkedOnly);
    }

    /// <summary>The opening (in characters) of a date element's own text read for an update word its date's text left out.</summary>
    private const int MaxOpeningLabelChars = 24;

    private static readonly MarkerSet UpdateMarkers = new(MetadataRules.UpdateMarkerWords);

    private static bool IsUpdateMarked(IElement? element) =>
        element is not null && (PageRegions.HasMarker(element, UpdateMarkers)
            || (element.GetAttribute("itemprop") ?? string.Empty).Contains("dateUpdated", StringComparison.OrdinalIgnoreCase)
            || IsUpdatedBesidePublished(element));

    /// <summary>
    /// hAtom's <c>updated</c> beside a <c>published</c> of the same entry (<c>&lt;time class="entry-date published"&gt;</c>
    /// and <c>&lt;time class="updated"&gt;</c>, as Underscores-based themes write them). Alone, <c>updated</c> is often the
    /// theme's only date, the publication.
    /// </summary>
    private static bool IsUpdatedBesidePublished(IElement element) =>
        Attributes.Of(element, "class") is { } classes && classes.Contains("updated", StringComparison.Ordinal)
        && element.ClassList.Contains("updated") && !element.ClassList.Contains("published")
        && element.ParentElement?.QuerySelector(Selectors.Of(".published")) is { } published && published != element;

    /// <summary>How far from the headline (in elements, those before it counting double) a date line without a date word or date markup is read; it must also come before the article's text starts (an event date in the text is not the article's).</summary>
    private const int MaxDateLineDistance = 40;
}
