using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>
/// Finds the authors. Order: JSON-LD <c>author</c> / <c>creator</c> of the article node (Person or Organization, arrays,
/// references), then the visible byline near the headline (<c>itemprop=author</c>, <c>rel=author</c>, byline
/// classes), then meta <c>author</c> tags; last, for a page that names no author otherwise, a closing signature, an
/// author box, a source line's agencies, or the comment WordPress marks as the post author's. Names are cleaned of "By", roles, e-mail addresses, dates and "Updated",
/// split at "and" and commas, de-duplicated; agencies, desks and generic accounts are organizations.
/// </summary>
internal sealed partial class AuthorFinder
{
    private readonly ExtractionContext context;
    private readonly CultureInfo? culture;
    private readonly PageDates dates;
    private readonly HeadlineWindow window;

    /// <summary>The byline line read, when it is nothing but the byline: page furniture the body leaves out.</summary>
    private IElement? claimedLine;

    private AuthorFinder(ExtractionContext context, PageDates dates, HeadlineWindow window)
    {
        this.context = context;
        this.dates = dates;
        culture = dates.PageCulture;
        this.window = window;
    }

    private const int MaxBylineLength = 200;
    private const int MaxBylineDistance = 600;

    /// <summary>The longest byline line left out of the body (longer lines may carry the story's first words).</summary>
    private const int MaxClaimedBylineLength = 100;

    private static readonly char[] Dashes = ['\u2014', '\u2013'];
    private const int MaxPrefixDistance = 120;

    // Trim sets as fields: a params array would be built on every call.
    private static readonly char[] ColonsAndSpaces = [':', ' ', '\n', '\t'];



    /// <summary>
    /// The page's authors and where they came from, and the byline line when it is nothing but the byline (the body
    /// leaves it out). <paramref name="dates"/> reads the page's dates (a byline ends where its date starts) and knows the
    /// page language's culture (for names written in capitals).
    /// </summary>
    public static AuthorFindings Find(ExtractionContext context, PageDates dates, HeadlineWindow window, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, IReadOnlyCollection<string> siteNames)
    {
        var finder = new AuthorFinder(context, dates, window);
        var authors = finder.Find(graph, metas, siteNames, out var source);
        if (authors.Exists(a => a.Kind == AuthorKind.Person) && authors.Exists(a => a.Kind == AuthorKind.Organization))
        {
            // "By Karen Holt, Associated Press", "Von Anna Berg und Jonas Weber" with dpa declared beside them: the agency or
            // outlet a person writes for is no author of its own; an organization is the author only where no person is.
            authors = authors.FindAll(a => a.Kind == AuthorKind.Person);
        }

        return new AuthorFindings(authors, source, finder.claimedLine);
    }

    private List<Author> Find(JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, IReadOnlyCollection<string> siteNames, out ValueSource source)
    {
        var fromJson = DeclaredAuthors.FromJsonLd(context, graph, culture, siteNames);
        var fromMeta = DeclaredAuthors.FromMeta(metas, culture, siteNames);
        string? visible = null;

        static List<Author> People(List<Author> authors) => authors.Where(a => a.Kind == AuthorKind.Person).ToList();
        var jsonPeople = People(fromJson);
        var fromByline = WithDeclaredNames(FromByline(siteNames), jsonPeople.Count > 0 ? jsonPeople : People(fromMeta));
        var bylinePeople = People(fromByline);

        // The byline is what readers see: it wins when it names people. Metadata adds to it only names it already
        // shows, and wins when it lists the same people and more (a byline cut short by its markup).
        if (bylinePeople.Count > 0)
        {
            if (jsonPeople.Count > bylinePeople.Count && bylinePeople.All(b => jsonPeople.Any(j => BylineParser.SameName(j, b))))
            {
                // A declared name the page credits for other work ("Aus dem Ukrainischen von Jan Weber") is no author.
                var writers = fromJson.Where(j => j.Kind != AuthorKind.Person || bylinePeople.Any(b => BylineParser.SameName(j, b)) || !IsShownCreditedForOtherWork(j.Name)).ToList();
                if (writers.Count(a => a.Kind == AuthorKind.Person) > bylinePeople.Count)
                {
                    source = ValueSource.JsonLd;
                    return Merge(writers, fromByline);
                }
            }

            // A byline name cut short where the page declares it whole ("Mobasir" for "Mobasir hassan": a surname in lower
            // case ends a visible name) gives way to the declared one.
            if (jsonPeople.Count == bylinePeople.Count && bylinePeople.All(b => jsonPeople.Any(j => j.Name.StartsWith(b.Name + " ", StringComparison.OrdinalIgnoreCase))))
            {
                source = ValueSource.JsonLd;
                return Merge(fromJson, fromByline.Where(a => a.Kind == AuthorKind.Organization).ToList());
            }

            if (jsonPeople.Count > 0 && !jsonPeople.Any(j => bylinePeople.Any(b => BylineParser.SameName(j, b))))
            {
                context.Warn(WarningKind.SourceConflict, $"authors: JSON-LD says {string.Join(", ", jsonPeople)}, the byline says {string.Join(", ", bylinePeople)}");
            }

            source = ValueSource.VisibleText;
            // Beside the people the byline shows, metadata adds a news agency, not a desk or a team ("Web Desk", "TNN").
            return Merge(fromByline, fromJson.Where(a => (a.Kind == AuthorKind.Organization && BylineParser.IsNewsAgency(a.Name))
                || bylinePeople.Any(b => BylineParser.SameName(a, b))).ToList());
        }

        // Without a byline, names from metadata count only when the page shows them (CMSs put the account that
        // uploaded the story in JSON-LD even when the theme shows no author).
        // A byline slot the page's script fills in (an empty "authorNames" element by the headline) shows the declared
        // authors once the page runs: they count though the saved page does not show them.
        bool? slot = null;
        foreach (var (authors, from) in new[] { (fromJson, ValueSource.JsonLd), (fromMeta, ValueSource.Meta) })
        {
            var shown = authors.Where(a => a.Kind == AuthorKind.Organization || IsShown(a.Name, visible ??= VisibleWords(context.Document))
                || (slot ??= HasEmptyBylineSlot())).ToList();
            if (shown.Any(a => a.Kind == AuthorKind.Person))
            {
                source = from;
                return Merge(shown, fromByline);
            }
        }

        // The article item's microdata author, wherever the theme shows it (a post's footer: "Posted by ...").
        var fromMicrodata = DeclaredAuthors.FromMicrodata(context, window.Headline, culture, siteNames);
        if (fromMicrodata.Any(a => a.Kind == AuthorKind.Person))
        {
            source = ValueSource.Microdata;
            return Merge(fromMicrodata, fromByline);
        }

        // Chinese wire copy credits its reporters in the first paragraph: they are the people, beside any outlet declared.
        if (LeadCredit() is { Count: > 0 } reporters)
        {
            source = ValueSource.VisibleText;
            return reporters;
        }

        var organizations = Merge(fromByline.Where(a => a.Kind == AuthorKind.Organization).ToList(), fromJson.Where(a => a.Kind == AuthorKind.Organization).ToList());
        if (organizations.Count == 0
            && (ClosingCredit.Find(context, window.ArticleRoot, culture, siteNames) is { Count: > 0 } signed ? signed
                : AuthorBox.Find(context, culture, siteNames) is { Count: > 0 } boxed ? boxed : FromAuthorLinks(siteNames)) is { Count: > 0 } credited)
        {
            source = ValueSource.VisibleText;
            return credited;
        }

        if (organizations.Count == 0 && AgencyCredit.Find(context, window) is { Count: > 0 } agencies)
        {
            // Only a source line credits the story: its agencies.
            source = ValueSource.VisibleText;
            return agencies;
        }

        if (organizations.Count == 0 && PostAuthorComment.Find(context, culture, siteNames) is { Count: > 0 } commenter)
        {
            // No byline, no declared author: the name the post's author writes the comments under (WordPress).
            source = ValueSource.VisibleText;
            return commenter;
        }

        source = fromByline.Count > 0 ? ValueSource.VisibleText : ValueSource.JsonLd;
        return Merge(organizations, []);
    }

    /// <summary>Class or id words of the element beside an author's name that holds the author's job title or role.</summary>
    private static readonly MarkerSet RoleMarkers = new("role", "job", "position", "designation");

    /// <summary>Whether the element is a microdata author item (<c>itemprop="author"</c>) or holds one.</summary>
    private static bool HoldsMicrodataAuthor(IElement element) =>
        element.Matches(MicrodataAuthor) || element.QuerySelector(MicrodataAuthor) is not null;

    private static readonly AngleSharp.Css.Dom.ISelector MicrodataAuthor = Selectors.Of("[itemprop~=author]");

    /// <summary>Whether the element is a link to an author's page (an author segment and a handle after it).</summary>
    private static bool IsAuthorLink(IElement element) => element.LocalName == "a" && IsAuthorPageOf(element.GetAttribute("href"), null);

    /// <summary>The farthest, in elements, an author card built like the byline's is read with it (see <see cref="FromByline"/>).</summary>
    private const int MaxAuthorCardDistance = 16;

    /// <summary>Whether words (letters) stand before the element in its parent.</summary>
    private static bool HasWordsBefore(IElement element)
    {
        for (var node = element.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (node.TextContent.Any(char.IsLetter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The byline nearest to the headline: elements marked as author or byline, and elements whose text opens with
    /// "By" (or its translations). Inside a byline, the name elements (author links, itemprop=name) are read when
    /// they give names, else the byline's whole text.
    /// </summary>
    private List<Author> FromByline(IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var scope = (IParentNode?)window.ArticleRoot ?? context.Document.Body;
        if (scope is null)
        {
            return authors;
        }

        var order = context.Index.DocumentOrder;
        var anchor = window.Anchor;
        int Distance(IElement e) => anchor < 0 ? order.GetValueOrDefault(e) : Math.Abs(order.GetValueOrDefault(e) - anchor);

        // Read nearest first, and judged only as far as the first byline: the candidates read are kept for its siblings.
        var candidates = new List<IElement>();
        List<Author>? agencyOnly = null;
        using var nearest = Candidates(scope as IElement).GetEnumerator();
        while (nearest.MoveNext())
        {
            var region = nearest.Current;
            candidates.Add(region);
            context.ThrowIfCancelled();
            var found = ReadRegion(region, siteNames);
            if (!found.Any(a => a.Kind == AuthorKind.Person))
            {
                // "Von dpa", "By Reuters": a byline that names only an agency or a newsroom is the page's word for its
                // author, taken when no byline nearer or farther names a person.
                if (found.Count > 0 && agencyOnly is null && (OpensWithBylinePrefix(region) || BylineMarkup.Matches(region)) && found.TrueForAll(a => BylineParser.IsAgencyOrNewsroom(a.Name)))
                {
                    agencyOnly = found;
                }

                continue;
            }

            foreach (var author in found)
            {
                BylineParser.AddDistinct(authors, author);
            }

            // A byline line is page furniture, not body text. Only a short line that is nothing but the byline is
            // left out: a dash in it ("By JANE DOE — NEW YORK (AP) — The mayor...") may run on into the story; dashes
            // before its byline word ("— by Jane Doe") do not.
            // A link to the author's page set after other words of its line ("Erstellt von <a>Fabian</a> am 6. Mai 2014") is
            // not the line: leaving it out would leave "Erstellt von am ...".
            if (ElementText.TextLength(region) <= MaxClaimedBylineLength && WithoutLeadingDashes(ElementText.Text(region, MaxClaimedBylineLength).AsSpan().Trim()).IndexOfAny(Dashes) < 0
                && !(region.LocalName == "a" && HasWordsBefore(region)))
            {
                claimedLine = region;
            }

            // A byline split over sibling elements ("<span>A</span> and <span>B</span>") is read whole: the candidates up to
            // six elements farther than it are taken first. So is a row of author cards built alike, each in a column of its
            // own ("<div class="col"><div itemprop="author" class="avatar__intro">...</div></div><div class="col">..."): the
            // elements of its tag and class that hold a microdata author item, as it does, up to MaxAuthorCardDistance elements farther.
            // A link to an author's page, each in a card of its own ("<div><div><a href=/authors/ada>Ada</a></div></div><div><div>
            // <a href=/authors/matteo>..."), is read with the other author pages' links as far.
            var regionAuthor = HoldsMicrodataAuthor(region);
            var regionAuthorLink = IsAuthorLink(region);
            var reach = regionAuthor || regionAuthorLink ? MaxAuthorCardDistance : 6;
            while (Distance(candidates[^1]) <= Distance(region) + reach && nearest.MoveNext())
            {
                candidates.Add(nearest.Current);
            }

            var regionClass = region.GetAttribute("class");
            bool Alike(IElement c) => (regionAuthor && c.LocalName == region.LocalName && c.GetAttribute("class") == regionClass && HoldsMicrodataAuthor(c))
                || (regionAuthorLink && IsAuthorLink(c));
            foreach (var sibling in candidates.Where(c => c != region && !region.Contains(c) && !c.Contains(region)
                && ((c.ParentElement == region.ParentElement && Math.Abs(Distance(c) - Distance(region)) <= 6)
                    || (Alike(c) && Math.Abs(Distance(c) - Distance(region)) <= MaxAuthorCardDistance))))
            {
                foreach (var author in ReadRegion(sibling, siteNames))
                {
                    BylineParser.AddDistinct(authors, author);
                }
            }

            break;
        }

        if (authors.Count == 0 && agencyOnly is not null)
        {
            return agencyOnly;
        }

        // "PTI, Washington": beside an agency, a lone word is the dateline's place, not a person.
        if (authors.Any(a => a.Kind == AuthorKind.Organization && BylineParser.IsAgency(a.Name)))
        {
            authors.RemoveAll(a => a.Kind == AuthorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal));
        }

        return authors;
    }

    /// <summary>
    /// Whether an element marked as a byline (<see cref="MetadataRules.BylineSelector"/>) near the headline is empty: no
    /// text and no picture ("<c>&lt;div class="Byline-module__authorNames"&gt;&lt;/div&gt;</c>"), a place the page's script
    /// writes the authors into.
    /// </summary>
    private bool HasEmptyBylineSlot() => window.Anchor >= 0
        && window.Scan(null, MaxBylineDistance, MaxBylineDistance, (_, element) =>
            BylineMarkup.Matches(element) && element.LocalName is "div" or "span" or "p" or "ul" && element.ChildElementCount == 0
            && string.IsNullOrWhiteSpace(ElementText.RawText(element))
            && !PageRegions.IsInForeignRegion(context, element, window.ArticleRoot, window.Headline) ? 0 : (int?)null).Count > 0;

    /// <summary>
    /// The elements that may hold the byline, nearest the headline first: those marked as bylines within
    /// <see cref="MaxBylineDistance"/> elements of it, then those that open with a byline word within
    /// <see cref="MaxPrefixDistance"/>, visible and outside foreign regions; read outward from the headline in the index,
    /// as far as they are asked for.
    /// </summary>
    private IEnumerable<IElement> Candidates(IElement? scope)
    {
        var (anchor, root, headline) = (window.Anchor, window.ArticleRoot, window.Headline);
        return window.ScanNearestFirst(scope, MaxBylineDistance, MaxBylineDistance, (i, element) =>
        {
            var distance = anchor < 0 ? i : Math.Abs(i - anchor);
            var marked = BylineMarkup.Matches(element) && !LabelsItsRegion(element);
            if (!marked && !(distance <= MaxPrefixDistance && PrefixTags.Contains(element.LocalName) && (OpensWithBylinePrefix(element) || DatedName(element) is not null || IsNameWithRole(element))))
            {
                return null;
            }

            if (marked && PageRegions.HasMarker(element, PlaceMarkers))
            {
                // "<div class="author-card"><div class="contributor-name">Staff Correspondent</div><div class="author-location">
                // <span>Dhaka</span></div>": the author's town, not a name.
                return null;
            }

            if (!marked && element.LocalName is "div" or "section" && HoldsParagraph(element) && HoldsBylineLine(element, root, headline))
            {
                // "<div class="content"><div class="field-byline">By Janet Okonkwo</div><div class="field-body"><p>...": a
                // block that opens with the byline and holds the story is no byline; the line inside it is read.
                return null;
            }

            // Marked elements before the ones found by their words, at the same distance.
            // A picture or a video and its caption credit the photographer ("<figcaption>... <span class="figure__author">Name</span>",
            // "<figure>...<p class="text__byline">Bild © hr</p>", "<p class="imgCaption">... <span class="autorFoto">"), not the writer.
            return distance < MaxBylineDistance && !PageRegions.IsHidden(context, element) && !PageRegions.IsInForeignRegion(context, element, root, headline)
                && !(anchor >= 0 && i > anchor && OthersHeadings.IsUnder(context, element, anchor)) && element.Closest(Selectors.Of("figure, figcaption")) is null
                && !InPictureCredit(element) && !IsQuoteAttribution(element, headline)
                ? (distance, marked ? 0 : 1, i)
                : ((int, int, int)?)null;
        });
    }

    /// <summary>
    /// Whether a handle is the site's own account: the site's name or a part of it ("Beachbody" on The Beachbody Blog), or
    /// the whole host. A part of a host is not: on a blog platform the host holds the blogger's handle (creeny.wordpress.com).
    /// </summary>
    private static bool IsSiteAccount(string handle, IReadOnlyCollection<string> siteNames)
    {
        var squashed = TextTools.Squashed(handle);
        return siteNames.Any(site => site.Contains('.', StringComparison.Ordinal) && !site.Contains(' ', StringComparison.Ordinal)
            ? TextTools.Squashed(site) == squashed
            : TextTools.Squashed(site).Contains(squashed, StringComparison.Ordinal));
    }

    /// <summary>
    /// The first line of a link laid out as a card of block lines ("<c>&lt;a href=/authors/priya-raman&gt;&lt;p&gt;Priya
    /// Raman&lt;/p&gt;&lt;p&gt;Priya leads the platform team and ...&lt;/p&gt;&lt;/a&gt;</c>"): the name, without the bio under it;
    /// null for another element or a link of one line.
    /// </summary>
    private static string? CardNameLine(IElement leaf)
    {
        if (leaf.LocalName != "a")
        {
            return null;
        }

        IElement? first = null;
        var lines = 0;
        foreach (var block in leaf.QuerySelectorAll(Selectors.Of("p, div, h2, h3, h4, h5, h6, li")))
        {
            if (block.QuerySelector(Selectors.Of("p, div, h2, h3, h4, h5, h6, li")) is not null || ElementText.TextLength(block, 1) == 0)
            {
                continue;
            }

            first ??= block;
            if (++lines == 2)
            {
                return ElementText.SpacedText(first, MaxBylineLength + 1).Trim();
            }
        }

        return null;
    }

    private List<Author> ReadRegion(IElement region, IReadOnlyCollection<string> siteNames)
    {
        if (OpensWithPhotoCredit(region))
        {
            // "Photographs <a>Rui Tavares</a>" beside "Words <a>Sofia Marques</a>": the photographer's credit.
            return [];
        }

        if (region.LocalName is "a" or "span" && ElementText.SpacedText(region, MaxBylineLength) is { Length: > 0 } own && CreditedForOtherWork(region, region, own))
        {
            // "Edited by <a href=/author/owen-price/>Owen Price</a>", the link read on its own: its line credits other work.
            return [];
        }

        var authorLinked = new HashSet<string>(StringComparer.Ordinal);
        var names = context.Index.DescendantsOf(region).Where(BylineNameMarkup.Matches).ToList();
        var leaves = names.Where(n => !names.Any(other => other != n && n.Contains(other))).ToList();
        var fromNames = new List<Author>();
        foreach (var leaf in leaves)
        {
            if (PageRegions.HasMarker(leaf, RoleMarkers))
            {
                // "<span class="sc-author-role">Social Affairs Correspondent</span>" beside the name: the author's title.
                continue;
            }

            var text = CardNameLine(leaf) ?? ElementText.SpacedText(leaf);
            if (text.Length is 0 or > MaxBylineLength || CreditsPhotographer(leaf, region))
            {
                continue;
            }

            var anchor = leaf.TagName == "A" ? leaf : leaf.Closest(Selectors.Of("a[href]"));
            var href = anchor?.GetAttribute("href");
            if (IsTopicPage(href))
            {
                continue;
            }

            if (CreditedForOtherWork(region, leaf, text))
            {
                // "Edited by <a href=/author/owen-price/>Owen Price</a>": the editor's page, not the writer's.
                continue;
            }

            var url = anchor is null ? null : context.Links.ResolveUrl(href);
            var parsed = BylineParser.ParseByline(text, culture, siteNames);
            if ((parsed.Count == 0 || (parsed.All(a => a.Kind == AuthorKind.Organization) && !IsSiteAccount(text, siteNames)))
                && BylineParser.IsHandle(text) && !BylineParser.IsAgencyOrNewsroom(text) && !BylineParser.IsNewsAgency(text) && NamesAuthorByHandle(anchor, href, text))
            {
                // A link to the author's own page may name them by their handle alone ("creeny", "Limespacer"): the
                // page's address must then name the same handle (/author/limespacer/). A handle taken for the site because
                // it looks like the site's name is a member's ("Limespacer" on limespace.de, "creeny" on
                // creeny.wordpress.com), unless it is that name or a part of it (the site's own account: "Beachbody" on
                // The Beachbody Blog) or the whole host.
                parsed = [new Author(text.Trim(), AuthorKind.Person)];
            }

            foreach (var author in parsed)
            {
                var linked = url is null || author.Kind != AuthorKind.Person ? author : author with { Url = url };
                BylineParser.AddDistinct(fromNames, linked);
                if (author.Kind == AuthorKind.Person && !author.Name.Contains(' ', StringComparison.Ordinal) 
                    && (IsAuthorPageOf(href, author.Name) || (text.Trim() == author.Name && NamesAuthorByHandle(anchor, href, author.Name))))
                {
                    authorLinked.Add(author.Name);
                }
            }
        }

        // A name element must hold a full name: single words there are labels ("Biography", "Business"), unless the
        // word is the text of a link to that name's own author page (/author/creeny/).
        // A Korean, Chinese or Japanese name is written as one word ("고한솔").
        fromNames.RemoveAll(a => a.Kind == AuthorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal) && !authorLinked.Contains(a.Name)
            && !BylineParser.IsEastAsianName(a.Name));
        var whole = DatedName(region) ?? NameOverBio(region) ?? CardNameLine(region) ?? WithoutTrailingDate(WithoutCategories(region, ItemsText(region) ?? PiecesText(region) ?? LinesText(region) ?? ElementText.SpacedText(region)));
        var fromWhole = whole.Length is 0 or > MaxBylineLength ? [] : WithRoleBlocksApart(region, BylineParser.ParseByline(whole, culture, siteNames), siteNames);
        if (RegionTitle(region) is { } title)
        {
            // "<section aria-labelledby="article-byline"><h2 id="article-byline">Article information</h2>": the region's title.
            fromWhole.RemoveAll(a => title.Contains(a.Name, StringComparison.Ordinal));
        }

        if (!fromNames.Any(a => a.Kind == AuthorKind.Person))
        {
            return fromWhole;
        }

        // "By <a>Marisol Vega</a> and Trent Holloway, CNN": a co-author without a page of their own is in the line only. The
        // line's reading names every linked person, so it reads the line as it is; its other full names are the co-authors.
        if (whole.Length <= MaxCoAuthorLine && fromNames.Where(a => a.Kind == AuthorKind.Person).All(n => fromWhole.Exists(w => BylineParser.SameName(w, n))))
        {
            foreach (var coAuthor in fromWhole.Where(a => a.Kind == AuthorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal) && AfterConnector(whole, a.Name)))
            {
                BylineParser.AddDistinct(fromNames, coAuthor);
            }
        }

        // The names come from the name elements; an outlet written beside them ("Associated Press") from the whole line.
        // Not the line itself taken for one ("Ian Fletcher Senior Staff Writer": a role's word made the whole an organization).
        foreach (var organization in fromWhole.Where(a => a.Kind == AuthorKind.Organization
            && !fromNames.Any(n => n.Kind == AuthorKind.Person && a.Name.Contains(n.Name, StringComparison.OrdinalIgnoreCase))))
        {
            BylineParser.AddDistinct(fromNames, organization);
        }

        return fromNames;
    }

    /// <summary><see cref="MetadataRules.BylineNameSelector"/>, matched by hand inside a byline.</summary>
    private static readonly SimpleSelector BylineNameMarkup = SimpleSelector.Parse(MetadataRules.BylineNameSelector);

    /// <summary><see cref="MetadataRules.BylineSelector"/>, matched by hand on the elements near the headline.</summary>
    private static readonly SimpleSelector BylineMarkup = SimpleSelector.Parse(MetadataRules.BylineSelector);
}

/// <summary>What the author finder found: the authors, where they came from, and the byline line the body leaves out (null when none).</summary>
internal sealed record AuthorFindings(IReadOnlyList<Author> Authors, ValueSource Source, IElement? ClaimedLine);
