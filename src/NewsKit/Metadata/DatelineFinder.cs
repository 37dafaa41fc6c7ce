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
internal sealed class DatelineFinder
{
    private readonly ExtractionContext context;
    private readonly PageDates dates;

    private DatelineFinder(ExtractionContext context, PageDates dates)
    {
        this.context = context;
        this.dates = dates;
    }

    private const int MaxVisibleTextLength = 160;
    private const int MaxDistance = 400;
    private const int MinimumYear = 1971;
    private const int MaxLabelDistance = 150;

    internal sealed record Candidate(Timestamp Value, ValueSource Source, string Origin);

    /// <summary>The page's dateline, from its machine-readable dates and the dates it shows; <paramref name="sources"/> gets where each value came from.</summary>
    public static Dateline Find(ExtractionContext context, PageDates dates, HeadlineWindow window, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources) =>
        new DatelineFinder(context, dates).Find(window, graph, metas, sources);

    private Dateline Find(HeadlineWindow window, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var headline = window.Headline;
        var article = graph.Article;
        var page = graph.Page;

        var jsonPublished = FromJson(article, "datePublished") ?? FromJson(page, "datePublished") ?? FromJson(article, "dateCreated");
        var jsonModified = FromJson(article, "dateModified") ?? FromJson(page, "dateModified");
        var metaPublishedAll = FromMeta(metas, MetadataRules.PublishedMetaNames, headline);
        var metaPublished = metaPublishedAll.FirstOrDefault();
        var metaModified = FromMeta(metas, MetadataRules.ModifiedMetaNames, headline).FirstOrDefault();

        var microdataPublished = FromMicrodata(["datePublished", "dateCreated"], headline);
        var microdataModified = FromMicrodata(["dateModified"], headline);

        // A date shown without its year takes it from the page's own evidence, never from the clock.
        var urlDate = UrlDate();
        var yearEvidence = (jsonPublished ?? metaPublished ?? microdataPublished ?? urlDate ?? jsonModified ?? metaModified ?? microdataModified)?.Value.Date;

        var order = context.Index.DocumentOrder;
        var anchor = window.Anchor;
        var root = window.ArticleRoot;
        var (markupPublished, markupModified, visiblePublished, visibleModified) = FromPage(window, yearEvidence);
        var machinePublished = MostPrecise(jsonPublished ?? metaPublished ?? microdataPublished ?? markupPublished, [FromJson(page, "datePublished"), .. metaPublishedAll, microdataPublished, markupPublished]);
        var machineModified = jsonModified ?? metaModified ?? microdataModified ?? markupModified;
        WarnOnDisagreement("published", jsonPublished, metaPublished);

        // A displayed time equal to the update time is the update, unless the metadata itself is inconsistent
        // (published after modified).
        if (visiblePublished is not null && machineModified is not null && machinePublished is not null
            && SameMoment(visiblePublished.Value, machineModified.Value) && !SameMoment(visiblePublished.Value, machinePublished.Value)
            && IsBefore(machinePublished.Value, machineModified.Value))
        {
            visibleModified ??= visiblePublished;
            visiblePublished = null;
        }

        visiblePublished ??= LeadDate(anchor, yearEvidence);
        var published = Reconcile(machinePublished, visiblePublished, "published");
        if (published is null && urlDate is not null)
        {
            published = urlDate;
        }

        var pageOffset = PageOffset([visiblePublished, visibleModified], [jsonPublished, jsonModified, metaModified, markupPublished, markupModified, .. metaPublishedAll]);
        published = InPageOffset(published, pageOffset);
        var modified = InPageOffset(Reconcile(machineModified, visibleModified, "modified"), pageOffset);
        if (published is not null)
        {
            sources[ArticleField.Published] = published.Source;
        }

        if (modified is not null)
        {
            sources[ArticleField.Modified] = modified.Source;
        }

        var (place, agency) = WireDateline(root ?? context.Document.Body, order, anchor);
        if (agency is not null)
        {
            sources[ArticleField.WireDateline] = ValueSource.VisibleText;
        }

        return new Dateline { Published = published?.Value, Modified = modified?.Value, Place = place, Agency = agency };
    }

    private Candidate? FromJson(JsonLdNode? node, string property)
    {
        if (node?.Get(property) is not { } value)
        {
            return null;
        }

        foreach (var text in JsonLdValues.AsTexts(value))
        {
            if (Normalize(text, TimestampSource.JsonLd) is { } timestamp)
            {
                return new Candidate(timestamp, ValueSource.JsonLd, "JSON-LD " + property);
            }
        }

        return null;
    }

    /// <summary>Every meta tag of <paramref name="names"/> that holds a timestamp, the earlier name first.</summary>
    private List<Candidate> FromMeta(List<(string Key, string Content, IElement Element)> metas, string[] names, IElement? headline)
    {
        var found = new List<Candidate>();
        foreach (var name in names)
        {
            foreach (var meta in metas)
            {
                if (!string.Equals(meta.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (meta.Element.ParentElement is { } parent && parent.TagName != "HEAD" && PageRegions.IsInForeignRegion(context, meta.Element, headline: headline) && !InArticleItem(meta.Element, headline))
                {
                    continue;
                }

                if (Normalize(meta.Content, TimestampSource.Meta) is { } timestamp)
                {
                    var source = name.StartsWith("article:", StringComparison.Ordinal) || name.StartsWith("og:", StringComparison.Ordinal) ? ValueSource.OpenGraph : ValueSource.Meta;
                    found.Add(new Candidate(timestamp, source, "meta " + name));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Microdata dates of the article item (<c>itemprop</c> inside an <c>itemscope</c> of an article type, hidden or not:
    /// microdata is read by machines), in the property order given; never inside a foreign region.
    /// </summary>
    private Candidate? FromMicrodata(string[] properties, IElement? headline)
    {
        foreach (var property in properties)
        {
            foreach (var element in context.Index.WithItemProp(property))
            {
                if (element.TagName == "META" || !InArticleItem(element, headline))
                {
                    continue;
                }

                var text = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? (element.Children.Length == 0 ? ElementText.Text(element) : null);
                if (Normalize(text, TimestampSource.Microdata) is { } timestamp)
                {
                    return new Candidate(timestamp, ValueSource.Microdata, "microdata " + property);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a microdata meta belongs to an article item that is itself outside any foreign region (an article's own footer).</summary>
    private bool InArticleItem(IElement meta, IElement? headline) =>
        meta.Closest(Selectors.Of("[itemscope]")) is { } scope
        && (scope.GetAttribute("itemtype") ?? string.Empty) is var type
        && MetadataRules.ArticleTypes.Any(t => type.EndsWith("/" + t, StringComparison.OrdinalIgnoreCase))
        && !PageRegions.IsInForeignRegion(context, scope, headline: headline);

    /// <summary>
    /// The chosen value, or when it has no time of day, the first other machine-readable value of the same day that has one
    /// (a JSON-LD date-only <c>datePublished</c> beside a full <c>article:published_time</c>); a naive local value gives way
    /// to the same time stated with an offset.
    /// </summary>
    private static Candidate? MostPrecise(Candidate? chosen, IEnumerable<Candidate?> others)
    {
        if (chosen is null)
        {
            return null;
        }

        if (chosen.Value.Kind == TimestampKind.LocalDateTime && chosen.Value.Local is { } local)
        {
            // A naive "2019-11-18T17:01:27" beside the same time with its offset: the one with the offset.
            return others.FirstOrDefault(o => o is not null && o.Value.Kind == TimestampKind.Instant && o.Value.Local is { } l
                && l.With(TimeAdjusters.TruncateToMinute) == local.With(TimeAdjusters.TruncateToMinute)) ?? chosen;
        }

        if (chosen.Value.Precision >= TimestampPrecision.Minute)
        {
            return chosen;
        }

        return others.FirstOrDefault(o => o is not null && o.Value.Precision >= TimestampPrecision.Minute && o.Value.Date == chosen.Value.Date) ?? chosen;
    }

    /// <summary>
    /// Normalizes a text, rejecting values no article can have: placeholder years (0001, 1970) and dates more than a
    /// day after the reference instant. A rejected value gives a warning.
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

        var latest = context.ReferenceInstant.Plus(Duration.FromDays(2)).InUtc().Date;
        if (timestamp.Date.Year < MinimumYear || timestamp.Date > latest)
        {
            context.Warn(WarningKind.RejectedTimestamp, $"{source} \"{timestamp.Text}\" is not a plausible publication time");
            return null;
        }

        return timestamp;
    }

    /// <summary>
    /// Reads the article header: <c>time</c> and <c>itemprop</c> markup (machine-readable) and the visible date text,
    /// the candidates nearest to the headline first, never from a foreign region.
    /// </summary>
    private (Candidate? MarkupPublished, Candidate? MarkupModified, Candidate? VisiblePublished, Candidate? VisibleModified) FromPage(
        HeadlineWindow window, LocalDate? yearEvidence)
    {
        var (root, anchor, headline) = (window.ArticleRoot, window.Anchor, window.Headline);
        var order = context.Index.DocumentOrder;
        var scope = (IParentNode?)root ?? context.Document.Body;
        if (scope is null)
        {
            return (null, null, null, null);
        }

        var elements = Candidates(window, scope as IElement);

        Candidate? markupPublished = null, markupModified = null, visiblePublished = null, visibleModified = null;
        foreach (var element in elements)
        {
            context.ThrowIfCancelled();
            var itemprop = element.GetAttribute("itemprop") ?? string.Empty;
            var isModified = itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase) || IsUpdateMarked(element);
            var machineText = element.GetAttribute("datetime")
                ?? (itemprop.Length > 0 ? element.GetAttribute("content") ?? (element.Children.Length == 0 ? ElementText.Text(element) : null) : null)
                ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null);
            if (machineText is not null && Normalize(machineText, element.TagName == "TIME" ? TimestampSource.TimeElement : TimestampSource.Microdata) is { } machine)
            {
                var source = element.TagName == "TIME" ? ValueSource.TimeElement : ValueSource.Microdata;
                if (isModified)
                {
                    markupModified ??= new Candidate(machine, source, "markup");
                }
                else
                {
                    markupPublished ??= new Candidate(machine, source, "markup");
                }
            }

            var text = ContainerText(element);
            if (text.Length is 0 or > MaxVisibleTextLength)
            {
                continue;
            }

            var (saysUpdated, saysPublished) = (MentionsAny(text, MetadataRules.UpdatedWords), MentionsAny(text, MetadataRules.PublishedWords));
            var updateInside = element.QuerySelector(Selectors.Of(UpdateMarkup)) is not null;
            var publishInside = element.QuerySelector(Selectors.Of(PublishMarkup)) is not null;
            if ((saysUpdated && saysPublished) || (updateInside && publishInside))
            {
                // "Published 5 PM | Updated 6 PM": the parts are read one by one.
                continue;
            }

            if (Normalize(text, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) is { } visible)
            {
                var modifiedText = isModified || saysUpdated || updateInside || IsUpdateMarked(element.ParentElement);
                var candidate = new Candidate(visible, ValueSource.VisibleText, "visible");
                if (modifiedText)
                {
                    visibleModified = Better(visibleModified, candidate);
                }
                else
                {
                    visiblePublished = Better(visiblePublished, candidate);
                }
            }
        }

        return (markupPublished, markupModified, visiblePublished, visibleModified);
    }

    /// <summary>
    /// The elements that may hold the dateline, nearest the headline first (see <see cref="Distance"/>; at the same
    /// distance, those after it first): those marked as dates within <see cref="MaxDistance"/>, then those that open
    /// with a date word within <see cref="MaxLabelDistance"/>, visible and outside foreign regions; one pass over that
    /// window of the index.
    /// </summary>
    private List<IElement> Candidates(HeadlineWindow window, IElement? scope)
    {
        var (anchor, headline) = (window.Anchor, window.Headline);
        var textStart = anchor < 0 ? -1 : FirstRunningText(anchor, window.LastIndex(scope, MaxDistance));
        return window.Scan(scope, MaxDistance / 2, MaxDistance, (i, element) =>
        {
            var distance = anchor < 0 ? i : i >= anchor ? i - anchor : (anchor - i) * 2;
            var marked = DateMarkup.Matches(element);
            var inHeader = anchor >= 0 && (i < anchor || textStart < 0 || i < textStart);
            if (!marked && !(distance <= MaxLabelDistance && LabelTags.Contains(element.LocalName)
                && (OpensWithDateWord(element) || (inHeader && distance <= MaxDateLineDistance && IsShortDateLine(element)))))
            {
                return null;
            }

            // Marked elements before the ones found by their words, at the same distance.
            return distance <= MaxDistance && !PageRegions.IsHidden(context, element) && !PageRegions.IsInForeignRegion(context, element, headline: headline)
                ? (distance, anchor >= 0 && i < anchor, marked ? 0 : 1, i)
                : ((int, bool, int, int)?)null;
        });
    }

    /// <summary>
    /// A date that opens the article's first paragraph, as press releases and local news write it ("27.1.2022 - Bei der
    /// Erinnerung ...", "<strong>01.02.2022</strong> Der Arbeitsmarkt ..."): the date must stand at the very start and be
    /// followed by a separator or the text.
    /// </summary>
    private Candidate? LeadDate(int anchor, LocalDate? yearEvidence)
    {
        if (anchor < 0)
        {
            return null;
        }

        var elements = context.Index.Elements;
        var first = FirstRunningText(anchor, Math.Min(elements.Count - 1, anchor + MaxDistance));
        if (first < 0)
        {
            return null;
        }

        var text = ElementText.Text(elements[first], 40);
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return null;
        }

        var head = text.Length > 24 ? text[..24] : text;
        if (Normalize(head, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) is { } date && text.StartsWith(date.Text, StringComparison.Ordinal)
            && (text.Length == date.Text.Length || text[date.Text.Length] is ' ' or '-' or '–' or '—' or ':' or '|' or '/'))
        {
            return new Candidate(date, ValueSource.VisibleText, "visible");
        }

        return null;
    }

    /// <summary>The index of the first paragraph of running text after the headline (where the article's text starts); -1 when none up to <paramref name="to"/>.</summary>
    private int FirstRunningText(int anchor, int to)
    {
        var elements = context.Index.Elements;
        for (var i = anchor + 1; i <= to; i++)
        {
            if (elements[i].LocalName == "p" && ElementText.TextLength(elements[i]) >= MinRunningTextLength)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A paragraph this long (in characters) is running text: the article's text has started.</summary>
    private const int MinRunningTextLength = 100;

    /// <summary>The nearer candidate, except that a date written out beats a relative one ("Today", "2 hours ago") found nearer.</summary>
    private static Candidate Better(Candidate? nearer, Candidate next) =>
        nearer is null || (IsRelative(nearer.Value) && !IsRelative(next.Value)) ? next : nearer;

    private static bool IsRelative(Timestamp value) => value.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock);

    /// <summary>Distance in document order from the headline; elements before it count double (bylines usually follow the headline).</summary>
    private static int Distance(Dictionary<IElement, int> order, int anchor, IElement element)
    {
        if (anchor < 0 || !order.TryGetValue(element, out var position))
        {
            return order.TryGetValue(element, out var p) ? p : int.MaxValue;
        }

        return position >= anchor ? position - anchor : (anchor - position) * 2;
    }

    /// <summary><see cref="MetadataRules.DateSelector"/>, matched by hand on the elements near the headline.</summary>
    private static readonly SimpleSelector DateMarkup = SimpleSelector.Parse(MetadataRules.DateSelector);

    /// <summary>The tags that can hold a labelled date ("Published: ..."), as the selector <c>span, div, p, li, small, em, strong, dd</c>.</summary>
    private static readonly HashSet<string> LabelTags = new(StringComparer.Ordinal) { "span", "div", "p", "li", "small", "em", "strong", "dd" };

    private static readonly MarkerSet UpdateMarkers = new(["update", "modified", "Update", "Modified"]);

    private static bool IsUpdateMarked(IElement? element) =>
        element is not null && (PageRegions.HasMarker(element, UpdateMarkers)
            || (element.GetAttribute("itemprop") ?? string.Empty).Contains("dateUpdated", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text to read for an element that may hold other date elements: its whole text when it holds none, or
    /// when its pieces ("Nov. 19, 2019" and "5:53 PM" in two children) give less than the whole; else only its own
    /// text, since the date elements inside are read on their own.
    /// </summary>
    private string ContainerText(IElement element)
    {
        var whole = ElementText.SpacedText(element, MaxVisibleTextLength);
        if (whole.Length > MaxVisibleTextLength)
        {
            return whole;
        }

        var inner = context.Index.DescendantsOf(element).Where(DateMarkup.Matches).ToList();
        if (inner.Count == 0)
        {
            return whole;
        }

        var own = OwnText(element, inner.ToHashSet());
        if (own.Length > 0 && dates.Normalize(own, TimestampSource.VisibleText, searchWithinText: true) is not null)
        {
            return own;
        }

        var wholeValue = dates.Normalize(whole, TimestampSource.VisibleText, searchWithinText: true);
        var bestPiece = inner
            .Select(e => ElementText.SpacedText(e))
            .Where(t => t.Length is > 0 and <= MaxVisibleTextLength)
            .Select(t => dates.Normalize(t, TimestampSource.VisibleText, searchWithinText: true)?.Precision)
            .Max();
        return wholeValue is not null && (bestPiece is null || wholeValue.Precision > bestPiece) ? whole : own;
    }

    /// <summary>The element's text without the text of the date elements inside it.</summary>
    private static string OwnText(IElement element, HashSet<IElement> inner)
    {

        var sb = new System.Text.StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is not IText text || text.ParentElement is not { } parent || parent.TagName is "SCRIPT" or "STYLE")
            {
                continue;
            }

            var insideInner = false;
            for (var current = parent; current is not null && current != element; current = current.ParentElement)
            {
                if (inner.Contains(current))
                {
                    insideInner = true;
                    break;
                }
            }

            if (!insideInner)
            {
                sb.Append(text.Data).Append(' ');
            }
        }

        return ElementText.Collapse(sb.ToString());
    }

    private const string UpdateMarkup = "[itemprop=dateModified], [itemprop=dateUpdated], .updated, [class*=modified], [class*=-updated], [class*=_updated]";

    private const string PublishMarkup = "[itemprop=datePublished], .published, [class*=-published], [class*=_published], [class*=publish-date], [class*=pubdate]";

    /// <summary>Whether the element's own text opens with "Published", "Posted", "Updated" and the like.</summary>
    private static bool OpensWithDateWord(IElement element)
    {
        if (element.FirstChild is not IText text || text.Data.Length > MaxVisibleTextLength)
        {
            return false;
        }

        var start = text.Data.AsSpan().TrimStart();
        if (start.Length == 0)
        {
            return false;
        }

        foreach (var word in DateWords)
        {
            if (StartsWithLower(start, word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DateWords = [.. MetadataRules.PublishedWords, .. MetadataRules.UpdatedWords];

    /// <summary>
    /// Whether the element is a short line of its own that is mostly a date ("January 22, 2014", "Pressemitteilung vom
    /// 20.01.2022"): at most <see cref="MaxDateLineLength"/> characters, one text node, with a digit, and a date found in it
    /// beside at most <see cref="MaxDateLineLabel"/> other characters; an inline element only in a short line (<see cref="MaxDateLineContext"/>), not in running text.
    /// </summary>
    private bool IsShortDateLine(IElement element)
    {
        if (element.ChildElementCount > 0 || element.FirstChild is not IText text || text.NextSibling is not null)
        {
            return false;
        }

        var line = text.Data.AsSpan().Trim();
        if (line.Length is < 6 or > MaxDateLineLength || !line.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // Inline emphasis inside running text ("<strong>As of 29 November 2018</strong>, thirty artworks...") is
        // part of a sentence, not a line of its own.
        if (element.LocalName is not ("p" or "div" or "li" or "dd") && element.ParentElement is { } parent
            && ElementText.TextLength(parent) > MaxDateLineContext)
        {
            return false;
        }

        var found = dates.Normalize(line.ToString(), TimestampSource.VisibleText, searchWithinText: true);
        return found is not null && line.Length - found.Text.Length <= MaxDateLineLabel;
    }

    /// <summary>A date line may say this many characters besides its date ("Pressemitteilung vom").</summary>
    private const int MaxDateLineLabel = 24;

    /// <summary>How far from the headline (in elements, those before it counting double) a date line without a date word or date markup is read; it must also come before the article's text starts (an event date in the text is not the article's).</summary>
    private const int MaxDateLineDistance = 40;

    /// <summary>The longest line read as a date line without a date word or date markup.</summary>
    private const int MaxDateLineLength = 40;

    /// <summary>An inline date line's parent holds at most this many characters: a meta line ("Jane Doe | 12.03.2021 | Politik"), not running text.</summary>
    private const int MaxDateLineContext = 80;

    /// <summary>Whether <paramref name="text"/>, lower-cased with the invariant culture, starts with <paramref name="word"/>.</summary>
    private static bool StartsWithLower(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(text[i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool MentionsAny(string text, string[] words)
    {
        var lower = text.ToLowerInvariant();
        return words.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Combines the machine-readable value with the visible one. The visible value wins when they disagree on the
    /// day (a warning says so); when they agree, the machine value is kept for its precision and the page's shown
    /// offset is applied to it.
    /// </summary>
    private Candidate? Reconcile(Candidate? machine, Candidate? visible, string field)
    {
        if (visible is null)
        {
            return machine;
        }

        if (machine is null)
        {
            return visible;
        }

        var m = machine.Value;
        var v = visible.Value;
        if (v.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock))
        {
            // "2 hours ago" is only as good as the clock it is read against; the page's own metadata is better.
            return machine;
        }

        if (v.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && v.Local is { } yearless && m.Local is { } machineLocal
            && (yearless.Month != machineLocal.Month || yearless.Day != machineLocal.Day) is false)
        {
            return machine;
        }

        if (v.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && m.Instant is { } mi)
        {
            // "Nov 19, 6:51 AM": no year shown. The machine value stands when the shown month, day and time fit it in some offset.
            var shownDay = new LocalDate(m.Date.Year, v.Date.Month, v.Date.Day);
            if (NearbyDay(mi, shownDay) is not null)
            {
                return v.Local is { } l && OffsetBetween(new LocalDateTime(m.Date.Year, l.Month, l.Day, l.Hour, l.Minute), mi) is { } derived
                    ? machine with { Value = InOffset(m, derived) }
                    : machine;
            }
        }

        if (m.Instant is { } instant)
        {
            if (v.Instant is { } shown && v.Offset is { } shownOffset)
            {
                if (Math.Abs((instant - shown).TotalMinutes) < 1.5)
                {
                    return v.Precision >= m.Precision ? visible : machine with { Value = InOffset(m, shownOffset) };
                }

                context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
                return visible;
            }

            if (v.Local is { } local && v.Precision >= TimestampPrecision.Minute)
            {
                if (OffsetBetween(local, instant) is { } localOffset)
                {
                    return machine with { Value = InOffset(m, localOffset) };
                }

                context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
                return visible;
            }

            if (m.Date == v.Date)
            {
                return machine;
            }

            var shifted = NearbyDay(instant, v.Date);
            if (shifted is not null)
            {
                // The same moment, written in UTC, falls on another day than the one the page shows its readers: the
                // instant stands, the date is the shown day, and the offset (unknown) is not claimed.
                return m.Offset == Offset.Zero && v.Precision == TimestampPrecision.Day
                    ? machine with { Value = m.OnShownDay(v.Date) }
                    : machine;
            }

            context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
            return visible;
        }

        if (m.Date == v.Date)
        {
            return v.Precision > m.Precision ? visible : machine;
        }

        context.Warn(WarningKind.SourceConflict, $"{field}: {machine.Origin} says {m.Text}, the page shows {v.Text}");
        return visible;
    }

    private static bool IsBefore(Timestamp a, Timestamp b) => a.Instant is { } x && b.Instant is { } y && x < y;

    /// <summary>
    /// The offset the page shows its readers: the offset of a visible time, else the offset that turns a machine
    /// instant into a naive local time given beside it (sailthru.date "2019-11-18 20:58:46" beside 04:58:46Z is -08:00).
    /// </summary>
    private static Offset? PageOffset(Candidate?[] visible, Candidate?[] machine)
    {
        foreach (var candidate in visible)
        {
            if (candidate?.Value is { Kind: TimestampKind.Instant, Offset: { } offset } value && !value.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock))
            {
                return offset;
            }
        }

        var instants = machine.Concat(visible).Where(c => c?.Value.Instant is not null).Select(c => c!.Value.Instant!.Value).ToList();
        foreach (var candidate in machine.Concat(visible))
        {
            if (candidate?.Value is { Kind: TimestampKind.LocalDateTime, Local: { } local } && candidate.Value.Precision >= TimestampPrecision.Minute)
            {
                foreach (var instant in instants)
                {
                    if (OffsetBetween(local, instant) is { } derived)
                    {
                        return derived;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The offset that makes <paramref name="local"/> the local time of <paramref name="instant"/>, when it is a real one (whole quarter hours, at most 14 h).</summary>
    private static Offset? OffsetBetween(LocalDateTime local, Instant instant)
    {
        var minuteOfInstant = Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() / 60 * 60);
        var minuteOfLocal = local.With(TimeAdjusters.TruncateToMinute);
        var minutes = (minuteOfLocal.InUtc().ToInstant() - minuteOfInstant).TotalMinutes;
        return Math.Abs(minutes) <= 14 * 60 && minutes % 15 == 0 ? Offset.FromSeconds((int)minutes * 60) : null;
    }

    /// <summary>A UTC machine value re-expressed in the offset the page shows, so that its date is the readers' date.</summary>
    private static Candidate? InPageOffset(Candidate? candidate, Offset? pageOffset)
    {
        if (candidate is null || pageOffset is not { } offset || candidate.Value.Instant is null || candidate.Value.Offset is not { } own
            || own != Offset.Zero || offset == Offset.Zero || candidate.Source == ValueSource.VisibleText)
        {
            return candidate;
        }

        return candidate with { Value = InOffset(candidate.Value, offset) };
    }

    /// <summary>Whether the instant falls on <paramref name="date"/> in some offset a place can have (UTC-12 to UTC+14).</summary>
    private static LocalDate? NearbyDay(Instant instant, LocalDate date)
    {
        var earliest = instant.WithOffset(Offset.FromHours(-12)).Date;
        var latest = instant.WithOffset(Offset.FromHours(14)).Date;
        return date >= earliest && date <= latest ? date : null;
    }

    private static Timestamp InOffset(Timestamp value, Offset offset) => value.AtOffset(offset);

    private static bool SameMoment(Timestamp a, Timestamp b) =>
        a.Instant is { } x && b.Instant is { } y ? Math.Abs((x - y).TotalMinutes) < 1.5 : a.Local is { } la && b.Local is { } lb && la == lb;

    private static bool SameDay(Timestamp a, Timestamp b) => a.Date == b.Date;

    private void WarnOnDisagreement(string field, Candidate? a, Candidate? b)
    {
        if (a is null || b is null)
        {
            return;
        }

        var differ = a.Value.Instant is { } x && b.Value.Instant is { } y ? Math.Abs((x - y).TotalMinutes) >= 1.5 : a.Value.Date != b.Value.Date;
        if (differ)
        {
            context.Warn(WarningKind.SourceConflict, $"{field}: {a.Origin} says {a.Value.Text}, {b.Origin} says {b.Value.Text}");
        }
    }

    private static readonly Regex UrlDatePattern = new(
        @"/(?<y>(?:19|20)\d\d)[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?:/|-|$)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>A date in the URL path (<c>/2025/07/18/</c>), date precision only.</summary>
    private Candidate? UrlDate()
    {
        var url = context.Links.CanonicalHref is { } canonical ? context.Links.ResolveUrl(canonical) : context.Links.PageUrl;
        url ??= context.Links.PageUrl;
        if (url is null)
        {
            return null;
        }

        var match = UrlDatePattern.Match(url.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var text = $"{match.Groups["y"].Value}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}";
        return Normalize(text, TimestampSource.Url) is { } timestamp
            ? new Candidate(timestamp with { Text = url.AbsolutePath }, ValueSource.Url, "URL")
            : null;
    }

    // .NET 8's NonBacktracking engine refuses this pattern (an automaton of 1,020 nodes, over its limit of 1,000), so the
    // type initializer threw on every parse on the .NET 8 runtime; there the backtracking engine runs it (the text is cut
    // to 200 characters, and the timeout stays).
    private static readonly Regex WirePattern = new(
        @"^(?:(?<place>\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?)\s*(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*)?\((?<agency>" + string.Join('|', MetadataRules.WireAgencies) + @")\)\s*[-—–:]",
#if NET9_0_OR_GREATER
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant,
#else
        RegexOptions.CultureInvariant,
#endif
        TimeSpan.FromSeconds(1));

    /// <summary>The wire dateline at the start of the first paragraph after the headline ("KYIV, Ukraine (AP) —").</summary>
    private (string? Place, string? Agency) WireDateline(IElement? root, Dictionary<IElement, int> order, int anchor)
    {
        if (root is null)
        {
            return (null, null);
        }

        var paragraphs = context.Index.ElementsNamed("p").Where(p => ElementIndex.IsInside(p, root))
            .Where(p => anchor < 0 || (order.TryGetValue(p, out var at) && at > anchor))
            .Where(p => !PageRegions.IsInForeignRegion(context, p, root))
            .Take(3);
        foreach (var paragraph in paragraphs)
        {
            var text = ElementText.Text(paragraph);
            if (text.Length < 20)
            {
                continue;
            }

            var match = WirePattern.Match(text.Length > 200 ? text[..200] : text);
            if (match.Success)
            {
                var place = match.Groups["place"].Success ? match.Groups["place"].Value.Trim().TrimEnd(',') : null;
                if (place is not null && MetadataRules.NonPlaceWords.Contains(place.ToLowerInvariant(), StringComparer.Ordinal))
                {
                    place = null;
                }

                return (string.IsNullOrEmpty(place) ? null : place, match.Groups["agency"].Value);
            }
        }

        return (null, null);
    }
}
