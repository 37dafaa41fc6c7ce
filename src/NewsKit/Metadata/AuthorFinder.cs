using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Finds the authors. Order: JSON-LD <c>author</c> / <c>creator</c> of the article node (Person or Organization, arrays,
/// references), then the visible byline near the headline (<c>itemprop=author</c>, <c>rel=author</c>, byline
/// classes), then meta <c>author</c> tags. Names are cleaned of "By", roles, e-mail addresses, dates and "Updated",
/// split at "and" and commas, de-duplicated; agencies, desks and generic accounts are organizations.
/// </summary>
internal static class AuthorFinder
{
    private const int MaxBylineLength = 200;
    private const int MaxNameWords = 5;
    private const int MaxBylineDistance = 600;

    /// <summary>The longest byline line left out of the body (longer lines may carry the story's first words).</summary>
    private const int MaxClaimedBylineLength = 100;

    private static readonly char[] Dashes = ['\u2014', '\u2013'];
    private const int MaxPrefixDistance = 120;

    // Trim sets as fields: a params array would be built on every call.
    private static readonly char[] PrefixSeparators = [':', '：', '-', '—', '–', ' '];
    private static readonly char[] Colons = [':', '：'];
    private static readonly char[] ColonsAndSpaces = [':', ' ', '\n', '\t'];
    private static readonly char[] WordTrim = [',', ';', ':', '.', '"', '“', '”', '\'', '*'];
    private static readonly char[] WordEndTrim = [',', ';', ':'];

    private static readonly string[] NameParticles = ["van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el", "y", "zu", "af", "st."];

    private static readonly string[] NoiseWords = ["email", "e-mail", "twitter", "facebook", "instagram", "linkedin", "follow", "view", "profile", "more", "articles", "stories", "contact", "author", "authors", "bio", "see", "all", "posts", "subscribe", "share", "comments", "comment", "read", "min", "minute", "minutes", "photo", "photos", "video", "about", "watch", "get", "name", "biography", "recent", "published", "posted", "updated", "last", "on", "at", "am", "pm"];

    public static IReadOnlyList<Author> Find(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, IElement? headline, IReadOnlyCollection<string> siteNames, out ValueSource source)
    {
        var fromJson = FromJsonLd(context, graph, siteNames);
        var fromByline = FromByline(context, headline, siteNames);
        var fromMeta = FromMeta(context, metas, siteNames);
        string? visible = null;

        static List<Author> People(List<Author> authors) => authors.Where(a => a.Kind == AuthorKind.Person).ToList();
        var jsonPeople = People(fromJson);
        var bylinePeople = People(fromByline);

        // The byline is what readers see: it wins when it names people. Metadata adds to it only names it already
        // shows, and wins when it lists the same people and more (a byline cut short by its markup).
        if (bylinePeople.Count > 0)
        {
            if (jsonPeople.Count > bylinePeople.Count && bylinePeople.All(b => jsonPeople.Any(j => SameName(j, b))))
            {
                source = ValueSource.JsonLd;
                return Merge(fromJson, fromByline);
            }

            if (jsonPeople.Count > 0 && !jsonPeople.Any(j => bylinePeople.Any(b => SameName(j, b))))
            {
                context.Warn(WarningKind.SourceConflict, $"authors: JSON-LD says {string.Join(", ", jsonPeople)}, the byline says {string.Join(", ", bylinePeople)}");
            }

            source = ValueSource.VisibleText;
            return Merge(fromByline, fromJson.Where(a => a.Kind == AuthorKind.Organization || bylinePeople.Any(b => SameName(a, b))).ToList());
        }

        // Without a byline, names from metadata count only when the page shows them (CMSs put the account that
        // uploaded the story in JSON-LD even when the theme shows no author).
        foreach (var (authors, from) in new[] { (fromJson, ValueSource.JsonLd), (fromMeta, ValueSource.Meta) })
        {
            var shown = authors.Where(a => a.Kind == AuthorKind.Organization || IsShown(a.Name, visible ??= VisibleWords(context.Document))).ToList();
            if (shown.Any(a => a.Kind == AuthorKind.Person))
            {
                source = from;
                return Merge(shown, fromByline);
            }
        }

        var organizations = fromByline.Concat(fromJson).Where(a => a.Kind == AuthorKind.Organization).ToList();
        source = fromByline.Count > 0 ? ValueSource.VisibleText : ValueSource.JsonLd;
        return Merge(organizations, []);
    }

    private static bool SameName(Author a, Author b) => TextTools.Squashed(a.Name) == TextTools.Squashed(b.Name);

    private static List<Author> FromMeta(ExtractionContext context, List<(string Key, string Content, IElement Element)> metas, IReadOnlyCollection<string> siteNames)
    {
        var fromMeta = new List<Author>();
        foreach (var name in MetadataRules.AuthorMetaNames)
        {
            foreach (var meta in metas.Where(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                if (meta.Content.Contains("://", StringComparison.Ordinal) || meta.Content.StartsWith('@'))
                {
                    continue;
                }

                foreach (var author in ParseByline(meta.Content, context.PageCulture, siteNames))
                {
                    AddDistinct(fromMeta, author);
                }
            }

            if (fromMeta.Count > 0)
            {
                break;
            }
        }

        return fromMeta;
    }

    /// <summary>The page's visible text, relaxed, with spaces around it so that whole names can be looked up.</summary>
    private static string VisibleWords(IDocument document) =>
        document.Body is { } body ? " " + TextTools.Relaxed(ElementText.SpacedText(body)) + " " : string.Empty;

    private static bool IsShown(string name, string visible)
    {
        var relaxed = TextTools.Relaxed(name);
        return relaxed.Length > 0 && visible.Contains(" " + relaxed + " ", StringComparison.Ordinal);
    }

    private static List<Author> Merge(List<Author> first, List<Author> second)
    {
        var result = new List<Author>(first);
        foreach (var author in second)
        {
            if (!result.Any(a => TextTools.Squashed(a.Name) == TextTools.Squashed(author.Name)))
            {
                result.Add(author);
            }
        }

        return result;
    }

    private static List<Author> FromJsonLd(ExtractionContext context, JsonLdGraph graph, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var node = graph.Article;
        if (node is null)
        {
            return authors;
        }

        foreach (var property in new[] { "author", "creator" })
        {
            if (node.Get(property) is not { } value)
            {
                continue;
            }

            foreach (var raw in JsonLdValues.Items(value))
            {
                var item = graph.Resolve(raw);
                if (item.ValueKind == JsonValueKind.String)
                {
                    foreach (var author in ParseByline(item.GetString()!, context.PageCulture, siteNames))
                    {
                        AddDistinct(authors, author);
                    }

                    continue;
                }

                if (item.ValueKind != JsonValueKind.Object || JsonLdValues.AsText(item) is not { } name)
                {
                    continue;
                }

                var type = item.TryGetProperty("@type", out var t) ? JsonLdValues.AsText(t) ?? string.Empty : string.Empty;
                var url = item.TryGetProperty("url", out var u) ? context.ResolveUrl(JsonLdValues.AsText(u)) : null;
                var isOrganization = type.Contains("Organization", StringComparison.OrdinalIgnoreCase) || type.Contains("Corporation", StringComparison.OrdinalIgnoreCase);
                if (isOrganization)
                {
                    AddDistinct(authors, new Author(ElementText.Collapse(name), AuthorKind.Organization) { Url = url });
                    continue;
                }

                foreach (var author in ParseByline(name, context.PageCulture, siteNames))
                {
                    AddDistinct(authors, author with { Url = url });
                }
            }

            if (authors.Count > 0)
            {
                break;
            }
        }

        return authors;
    }

    /// <summary>
    /// The byline nearest to the headline: elements marked as author or byline, and elements whose text opens with
    /// "By" (or its translations). Inside a byline, the name elements (author links, itemprop=name) are read when
    /// they give names, else the byline's whole text.
    /// </summary>
    private static List<Author> FromByline(ExtractionContext context, IElement? headline, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var root = DatelineFinder.ArticleRoot(headline);
        var scope = (IParentNode?)root ?? context.Document.Body;
        if (scope is null)
        {
            return authors;
        }

        var order = context.DocumentOrder;
        var anchor = headline is not null && order.TryGetValue(headline, out var at) ? at : -1;
        int Distance(IElement e) => anchor < 0 ? order.GetValueOrDefault(e) : Math.Abs(order.GetValueOrDefault(e) - anchor);

        var candidates = Candidates(context, scope as IElement, anchor, root, headline);
        foreach (var region in candidates)
        {
            context.ThrowIfCancelled();
            var found = ReadRegion(context, region, siteNames);
            if (!found.Any(a => a.Kind == AuthorKind.Person))
            {
                continue;
            }

            foreach (var author in found)
            {
                AddDistinct(authors, author);
            }

            // A byline line is page furniture, not body text. Only a short line that is nothing but the byline is
            // left out: a dash in it ("By JANE DOE — NEW YORK (AP) — The mayor...") may run on into the story.
            if (ElementText.TextLength(region) <= MaxClaimedBylineLength && ElementText.Text(region, MaxClaimedBylineLength).IndexOfAny(Dashes) < 0)
            {
                context.NotBody.Add(region);
            }

            // A byline split over sibling elements ("<span>A</span> and <span>B</span>") is read whole.
            foreach (var sibling in candidates.Where(c => c != region && c.ParentElement == region.ParentElement && !region.Contains(c) && Math.Abs(Distance(c) - Distance(region)) <= 6))
            {
                foreach (var author in ReadRegion(context, sibling, siteNames))
                {
                    AddDistinct(authors, author);
                }
            }

            break;
        }

        // "PTI, Washington": beside an agency, a lone word is the dateline's place, not a person.
        if (authors.Any(a => a.Kind == AuthorKind.Organization && IsAgency(a.Name)))
        {
            authors.RemoveAll(a => a.Kind == AuthorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal));
        }

        return authors;
    }

    /// <summary>
    /// The elements that may hold the byline, nearest the headline first: those marked as bylines within
    /// <see cref="MaxBylineDistance"/> elements of it, then those that open with a byline word within
    /// <see cref="MaxPrefixDistance"/>, visible and outside foreign regions; one pass over that window of the index.
    /// </summary>
    private static List<IElement> Candidates(ExtractionContext context, IElement? scope, int anchor, IElement? root, IElement? headline)
    {
        var elements = context.Elements;
        var (first, end) = context.Inside(scope);
        var from = Math.Max(first, anchor < 0 ? 0 : anchor - MaxBylineDistance);
        var to = Math.Min(end - 1, anchor < 0 ? MaxBylineDistance : anchor + MaxBylineDistance);
        var found = new List<(IElement Element, int Distance, int Marked, int Index)>();
        for (var i = from; i <= to; i++)
        {
            var element = elements[i];
            var distance = anchor < 0 ? i : Math.Abs(i - anchor);
            var marked = BylineMarkup.Matches(element);
            if (!marked && !(distance <= MaxPrefixDistance && PrefixTags.Contains(element.LocalName) && OpensWithBylinePrefix(element)))
            {
                continue;
            }

            if (distance < MaxBylineDistance && !PageRegions.IsHidden(context, element) && !PageRegions.IsInForeignRegion(context, element, root, headline))
            {
                // Marked elements before the ones found by their words, at the same distance.
                found.Add((element, distance, marked ? 0 : 1, i));
            }
        }

        found.Sort(static (a, b) => (a.Distance, a.Marked, a.Index).CompareTo((b.Distance, b.Marked, b.Index)));
        return found.ConvertAll(static x => x.Element);
    }

    private static List<Author> ReadRegion(ExtractionContext context, IElement region, IReadOnlyCollection<string> siteNames)
    {
        var names = context.DescendantsOf(region).Where(BylineNameMarkup.Matches).ToList();
        var leaves = names.Where(n => !names.Any(other => other != n && n.Contains(other))).ToList();
        var fromNames = new List<Author>();
        foreach (var leaf in leaves)
        {
            var text = ElementText.SpacedText(leaf);
            if (text.Length is 0 or > MaxBylineLength)
            {
                continue;
            }

            var url = leaf.TagName == "A" ? context.ResolveUrl(leaf.GetAttribute("href")) : leaf.Closest(Selectors.Of("a[href]")) is { } link ? context.ResolveUrl(link.GetAttribute("href")) : null;
            foreach (var author in ParseByline(text, context.PageCulture, siteNames))
            {
                AddDistinct(fromNames, url is null || author.Kind != AuthorKind.Person ? author : author with { Url = url });
            }
        }

        // A name element must hold a full name: single words there are labels ("Biography", "Business").
        fromNames.RemoveAll(a => a.Kind == AuthorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal));
        var whole = ElementText.SpacedText(region);
        var fromWhole = whole.Length is 0 or > MaxBylineLength ? [] : ParseByline(whole, context.PageCulture, siteNames);
        if (!fromNames.Any(a => a.Kind == AuthorKind.Person))
        {
            return fromWhole;
        }

        // The names come from the name elements; an outlet written beside them ("Associated Press") from the whole line.
        foreach (var organization in fromWhole.Where(a => a.Kind == AuthorKind.Organization))
        {
            AddDistinct(fromNames, organization);
        }

        return fromNames;
    }

    /// <summary><see cref="MetadataRules.BylineNameSelector"/>, matched by hand inside a byline.</summary>
    private static readonly SimpleSelector BylineNameMarkup = SimpleSelector.Parse(MetadataRules.BylineNameSelector);

    /// <summary><see cref="MetadataRules.BylineSelector"/>, matched by hand on the elements near the headline.</summary>
    private static readonly SimpleSelector BylineMarkup = SimpleSelector.Parse(MetadataRules.BylineSelector);

    /// <summary>The tags whose first words can make them a byline, as the selector <c>p, div, span, li, address, small, em, strong, section</c>.</summary>
    private static readonly HashSet<string> PrefixTags = new(StringComparer.Ordinal) { "p", "div", "span", "li", "address", "small", "em", "strong", "section" };

    /// <summary>Whether the element's own first text opens with a byline word followed by a capitalized name ("By Jane").</summary>
    private static bool OpensWithBylinePrefix(IElement element)
    {
        var first = element.FirstChild;
        while (first is not null && first is not IText && first is not IElement)
        {
            first = first.NextSibling;
        }

        if (first is not IText text || text.Data.Length > MaxBylineLength * 4)
        {
            return false;
        }

        // The text read below starts with this node's first character that is not a space, and a byline must start
        // with a letter that is not lower case: a node that starts otherwise is turned away before any text is built.
        var data = text.Data;
        var lead = 0;
        while (lead < data.Length && ElementText.IsCollapsedSpace(data[lead]))
        {
            lead++;
        }

        var lowerCase = lead < data.Length && char.IsLower(data[lead]);
        if (lowerCase && data.Length - lead > MaxLowerCaseBylineLength * 2)
        {
            return false;
        }

        var own = data.Trim();
        var start = own.Length >= 40 ? own : ElementText.SpacedText(element, 120);
        if (start.Length > 120)
        {
            start = start[..120];
        }

        foreach (var prefix in MetadataRules.BylinePrefixes)
        {
            // "By Jane", not "by the river": the line and the name start with a capital, or with a letter of a script
            // without case ("作者：张三", "بقلم: محمد علي"); only lower case turns them away.
            if (start.Length > prefix.Length + 1 && start.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = start[prefix.Length..].TrimStart(ColonsAndSpaces);
                if (rest.Length > 0 && !char.IsLower(rest[0]) && !char.IsLetter(start[prefix.Length])
                    && (!char.IsLower(start[0]) || IsShortNameLine(start, rest)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a name is a person's full name as declared data writes it: two to four words, each with a capital (or a name particle).</summary>
    private static bool IsFullName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a byline that opens in lower case ("von Alexander Rosenkranz", "by Jane Doe" set in a meta line) is
    /// nothing but the word and a name: the line is at most <see cref="MaxLowerCaseBylineLength"/> characters and the
    /// name is two to four words that each start with a capital ("by the river" or "by Monday, the council" are not).
    /// </summary>
    private static bool IsShortNameLine(string line, string name)
    {
        if (line.Length > MaxLowerCaseBylineLength)
        {
            return false;
        }

        return IsFullName(name);
    }

    /// <summary>The longest line that may open with a lower-case byline word.</summary>
    private const int MaxLowerCaseBylineLength = 50;

    /// <summary>Splits and cleans a byline into authors: "By JANE DOE and John Smith, Staff Writer | Updated 5 PM".</summary>
    private static readonly string[] BylineCuts = [" | ", " • ", " · ", "\u2014", " – ", " - ", "("];

    public static List<Author> ParseByline(string byline, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var text = ElementText.Collapse(byline);
        foreach (var cut in BylineCuts)
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        text = StripPrefix(text).Trim();
        var parts = text.Length == 0 ? new List<string>() : [text];
        foreach (var separator in MetadataRules.AuthorSeparators)
        {
            // The parts are trimmed and not empty, so a separator none of them has leaves them as they are.
            if (parts.Exists(p => p.Contains(separator, StringComparison.Ordinal)))
            {
                parts = parts.SelectMany(p => p.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            }
        }

        var hasAgency = false;
        foreach (var rawPart in parts)
        {
            // An e-mail address beside or instead of a name ("Jane Doe jane@example.com") is contact detail, not an
            // author; the ".com" in it would otherwise make it an organization.
            var part = StripPrefix(WithoutEmailAddresses(rawPart));
            if (part.Length == 0)
            {
                continue;
            }

            if (IsPrefixWord(part) || IsCredential(part))
            {
                continue;
            }

            var (person, organization) = SplitTrailingOrganization(part, siteNames);
            if (organization is not null)
            {
                hasAgency |= IsAgency(organization);
                AddDistinct(authors, new Author(organization, AuthorKind.Organization));
            }

            if (person is null || StartsWithRole(person) || IsTitleOnly(person))
            {
                continue;
            }

            if (IsOrganization(person, siteNames) || StartsWithAgency(person))
            {
                hasAgency |= IsAgency(person);
                AddDistinct(authors, new Author(TrimName(person), AuthorKind.Organization));
                continue;
            }

            var name = CleanName(person);
            if (name is null || IsCredential(name))
            {
                continue;
            }

            var kind = IsOrganization(name, siteNames) || IsAccount(name) ? AuthorKind.Organization : AuthorKind.Person;
            AddDistinct(authors, new Author(kind == AuthorKind.Person ? TextTools.TitleCaseIfShouting(name, culture) : name, kind));
        }

        // "PTI, Washington": with an agency byline, a lone word is the dateline's place, not a person.
        if (hasAgency)
        {
            authors.RemoveAll(a => a.Kind == AuthorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal));
        }

        return authors;
    }

    private static void AddDistinct(List<Author> authors, Author author)
    {
        if (!authors.Any(a => SameName(a, author)))
        {
            authors.Add(author);
        }
    }

    private static string WithoutEmailAddresses(string text)
    {
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !IsEmailAddress(word.Trim(NameTrimChars)));
        return string.Join(' ', words);
    }

    /// <summary>"jane.doe@example.com", "mailto:jane@example.com": a local part, an at sign, a domain with a dot.</summary>
    private static bool IsEmailAddress(string word)
    {
        var at = word.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at + 2 <= word.Length && word.IndexOf('.', at + 2) > at + 1 && !word.Contains(' ', StringComparison.Ordinal);
    }

    private static readonly char[] NameTrimChars = [' ', ',', ';', ':', '.', '"', '“', '”', '：', '，', '、'];

    private static readonly string[] PrefixWords = [.. MetadataRules.BylinePrefixes.Select(p => p.TrimEnd(':'))];

    private static string TrimName(string text) => text.Trim(NameTrimChars);

    private static bool IsPrefixWord(string part) => EqualsAny(TrimName(part), PrefixWords);

    private static bool IsCredential(string part) => EqualsAny(TrimName(part).Replace(".", string.Empty, StringComparison.Ordinal), MetadataRules.Credentials);

    private static bool IsAgency(string name) =>
        EqualsAny(TrimName(name), MetadataRules.WireAgencies) || RelaxedOrganizationNames.Contains(TextTools.Relaxed(name));

    private static bool EqualsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"CNN Business", "AP Sports": an agency or outlet name followed by its desk.</summary>
    private static bool StartsWithAgency(string part)
    {
        var first = TrimName(part).Split(' ')[0];
        return part.Contains(' ', StringComparison.Ordinal) && MetadataRules.WireAgencies.Any(a => string.Equals(a, first, StringComparison.Ordinal));
    }

    /// <summary>A single word in capitals ("KWCHCIK") is a site account, not a person's byline.</summary>
    private static bool IsAccount(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Length >= 4 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// Whether a part of a byline is a job title and no name: every word is a rank or beat word or a role
    /// ("Senior Staff Technologist", "Chief Political Correspondent").
    /// </summary>
    private static bool IsTitleOnly(string part)
    {
        var words = TrimName(part).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => MetadataRules.BeatWords.Contains(w, StringComparer.Ordinal)
            || MetadataRules.AuthorRoleWords.Contains(w, StringComparer.Ordinal) || MetadataRules.TitleWords.Contains(w, StringComparer.Ordinal));
    }

    private static bool StartsWithRole(string part)
    {
        var lower = TrimName(part).ToLowerInvariant();
        if (MetadataRules.AuthorRoleWords.Any(r => WholeWordIndex(lower, r) == 0))
        {
            return true;
        }

        // "AP Auto Writer", "AP National Political Writer": an agency's role line.
        var first = lower.Split(' ')[0];
        return MetadataRules.AuthorRoleWords.Any(r => WholeWordIndex(lower, r) >= 0)
            && MetadataRules.OrganizationNames.Any(o => o == first);
    }

    /// <summary>Cuts an outlet written after the name ("Elliot Brownstein Florida Today", "Jill Lawless Associated Press").</summary>
    private static (string? Person, string? Organization) SplitTrailingOrganization(string part, IReadOnlyCollection<string> siteNames)
    {
        var words = TrimName(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(4, words.Length - 1); take >= 1; take--)
        {
            var tail = string.Join(' ', words[^take..]);
            var relaxedTail = TextTools.Relaxed(tail);
            if (MetadataRules.OrganizationNames.Any(o => o.Contains(' ', StringComparison.Ordinal) && TextTools.Relaxed(o) == relaxedTail)
                || (take >= 2 && TitleSiteNames.IsSiteName(tail, siteNames)))
            {
                return (string.Join(' ', words[..^take]), tail);
            }
        }

        return (part, null);
    }

    private static string StripPrefix(string text)
    {
        var trimmed = text.Trim().TrimStart(PrefixSeparators);
        foreach (var prefix in MetadataRules.BylinePrefixes)
        {
            if (trimmed.Length > prefix.Length + 1 && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix.EndsWith(':') || !char.IsLetter(trimmed[prefix.Length]) || !char.IsLetter(prefix[^1])))
            {
                return trimmed[prefix.Length..].Trim().TrimStart(Colons).Trim();
            }
        }

        return trimmed;
    }

    /// <summary>Keeps the name words of one part: stops at a date, a number, an e-mail, a role or lower-case running text.</summary>
    private static string? CleanName(string part)
    {
        var lower = part.ToLowerInvariant();
        var cutAt = part.Length;
        foreach (var role in MetadataRules.AuthorRoleWords)
        {
            var at = WholeWordIndex(lower, role);
            if (at > 0 && at < cutAt)
            {
                cutAt = at;
            }
        }

        if (cutAt < part.Length)
        {
            // "Jane Doe, Business Columnist" was split at the comma; "Jane Doe Business Columnist" keeps the name
            // before the beat words; a lone word left before a title ("Reserve Warden") is part of the title.
            var kept = part[..cutAt].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (kept.Count > 2 && MetadataRules.BeatWords.Contains(kept[^1].ToLowerInvariant(), StringComparer.Ordinal))
            {
                kept.RemoveAt(kept.Count - 1);
            }

            if (kept.Count <= 1)
            {
                return null;
            }

            part = string.Join(' ', kept);
        }

        var words = new List<string>();
        foreach (var raw in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(WordTrim);
            if (raw.EndsWith('.') && word.Length == 1)
            {
                word = raw.TrimEnd(WordEndTrim);
            }

            if (word.Length == 0)
            {
                continue;
            }

            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (word.Contains('@', StringComparison.Ordinal) || word.Any(char.IsDigit) || word.Contains("://", StringComparison.Ordinal) || IsMonth(word))
            {
                break;
            }

            var lowerWord = word.ToLowerInvariant();
            if (NoiseWords.Contains(lowerWord, StringComparer.Ordinal))
            {
                break;
            }

            if (char.IsLower(word[0]) && !NameParticles.Contains(lowerWord, StringComparer.Ordinal) && words.Count > 0)
            {
                break;
            }

            if (char.IsLower(word[0]) && words.Count == 0 && !NameParticles.Contains(lowerWord, StringComparer.Ordinal) && word.Any(char.IsUpper) is false && HasCase(word))
            {
                return null;
            }

            words.Add(word);
        }

        while (words.Count > 0 && NameParticles.Contains(words[^1].ToLowerInvariant(), StringComparer.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count > MaxNameWords)
        {
            return null;
        }

        var name = string.Join(' ', words);
        return name.Count(char.IsLetter) >= 2 ? name : null;
    }

    /// <summary>The index of <paramref name="word"/> in <paramref name="text"/> as a whole word (or phrase), or -1.</summary>
    private static int WholeWordIndex(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }

            at = end;
        }

        return -1;
    }

    private static bool HasCase(string word) => word.Any(c => char.IsUpper(c) || char.IsLower(c));

    private static bool IsMonth(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        return MonthNames.Contains(word.TrimEnd('.'));
    }

    /// <summary>The invariant culture's month names and abbreviations (its properties copy the arrays on every read).</summary>
    private static readonly HashSet<string> MonthNames = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames).Where(m => m.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a name is an organization: an agency or generic account, the site itself, or a name with a desk word.</summary>
    public static bool IsOrganization(string name, IReadOnlyCollection<string> siteNames)
    {
        if (RelaxedOrganizationNames.Contains(TextTools.Relaxed(name)) || TitleSiteNames.IsSiteName(name, siteNames))
        {
            return true;
        }

        // "The Dodo", "The Guardian": no person's name opens with an article.
        if (MetadataRules.NameArticles.Any(a => name.StartsWith(a + " ", StringComparison.Ordinal)))
        {
            return true;
        }

        var squashed = TextTools.Squashed(name);
        if (squashed.Length >= 5 && !name.Contains(' ', StringComparison.Ordinal) && siteNames.Any(site => TextTools.Squashed(site).Contains(squashed, StringComparison.Ordinal)))
        {
            return true;
        }

        var lower = " " + name.ToLowerInvariant() + " ";
        foreach (var (word, spaced) in OrganizationWords)
        {
            if (lower.Contains(spaced, StringComparison.Ordinal) || (word.StartsWith('.') && lower.Contains(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="MetadataRules.OrganizationNames"/> relaxed once (relaxing normalizes Unicode, which is not cheap).</summary>
    private static readonly HashSet<string> RelaxedOrganizationNames = new(MetadataRules.OrganizationNames.Select(TextTools.Relaxed), StringComparer.Ordinal);

    /// <summary><see cref="MetadataRules.OrganizationWords"/>, each also with a space on either side, to be found as a whole word.</summary>
    private static readonly (string Word, string Spaced)[] OrganizationWords = [.. MetadataRules.OrganizationWords.Select(w => (w, " " + w + " "))];
}
