using AngleSharp.Dom;
using NewsKit.Metadata;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Related;

/// <summary>
/// The visible headline of a story link and what a box's heading says of its kind. A title is the text of the most
/// specific title element inside the link (a "headline" part, a teaser's h3, a "title" part) without a kicker or overline,
/// else the link's text, without a label that opens it
/// ("Previous post:", "Read also:") and without a date or time at either end; it must read like a headline: at least three
/// words and fifteen characters (six in Chinese or Japanese), not a label such as "Read more".
/// </summary>
internal static class StoryTitles
{
    private static readonly char[] EdgeTrim = [' ', ':', '|', '-', '–', '—', '·', '•', '»', '›', '«', '‹', '>', '<', '[', ']', '(', ')', '"', '\u00A0', '←', '→', '⟵', '⟶'];

    /// <summary>The link's title, or null when its text is no headline (an image link, a label).</summary>
    public static string? Of(ExtractionContext context, PageDates dates, IElement anchor)
    {
        // The most specific title element inside the link: a "headline" part, else a heading, else a "title" part.
        IElement? titled = null;
        var rank = int.MaxValue;
        List<IElement>? kicker = null;
        IElement? bold = null;
        var summary = false;
        foreach (var e in context.Index.DescendantsOf(anchor))
        {
            if (PageRegions.HasMarker(e, KickerNames))
            {
                (kicker ??= []).Add(e);
                continue;
            }

            if (e.LocalName is "strong" or "b")
            {
                bold ??= e;
            }
            else if (e.LocalName == "p")
            {
                summary = true;
            }

            var r = HeadlineMarkup.Matches(e) ? 0 : HeadingMarkup.Matches(e) ? 1 : TitleMarkup.Matches(e) ? 2 : int.MaxValue;
            if (r < rank)
            {
                (titled, rank) = (e, r);
            }
        }

        // A card that is one link with no title markup ("<span>Kicker</span><strong>Title</strong><small>date</small><p>summary</p>"):
        // its bold part is the title.
        if (titled is null && summary && bold is not null)
        {
            titled = bold;
        }

        titled ??= kicker is null ? OnlyLongPart(context, anchor) : null;

        var title = TextTools.CleanTitle(kicker is not null ? TextWithout(titled ?? anchor, kicker) : ElementText.RawText(titled ?? anchor));
        var stated = Attributes.Of(anchor, "title");
        if (title.Length == 0)
        {
            title = TextTools.CleanTitle(stated);
        }
        else if (stated is { Length: > 0 } && title.Length > stated.Length && title.StartsWith(stated, StringComparison.Ordinal) && IsHeadline(stated))
        {
            // The text is the title the link states with more after it (a byline, a date, a running time).
            title = TextTools.CleanTitle(stated);
        }

        title = WithoutDates(dates, WithoutLabel(title));
        return IsHeadline(title) ? title : null;
    }

    /// <summary>Whether a text reads like a headline: three words and fifteen characters or more (six characters of CJK), not a link label.</summary>
    public static bool IsHeadline(string title)
    {
        if (title.Length == 0)
        {
            return false;
        }

        var cjk = title.AsSpan().ContainsAnyInRange('\u3040', '\u9fff');
        var longEnough = cjk ? title.Length >= 6 : title.Length >= 15 && TextTools.WordCount(title) >= 3;
        return longEnough && !IsLabel(title);
    }

    /// <summary>Whether a line opens with a related-reading phrase ("Read also:", "Lesen Sie auch", "[Related: ...").</summary>
    public static bool OpensWithRelatedPhrase(string line) => LowerHeadStartsWithAny(line.AsSpan().TrimStart(EdgeTrim), RelatedHeadings);

    /// <summary>The kind a box heading's phrase names; <see cref="RelatedLinkKind.Unknown"/> when it names none.</summary>
    public static RelatedLinkKind KindOf(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return RelatedLinkKind.Unknown;
        }

        var lower = heading.TrimStart(EdgeTrim).LowerInvariant();
        if (IsPersonsStories(heading.TrimStart(EdgeTrim)))
        {
            return RelatedLinkKind.SameAuthor;
        }

        foreach (var (kind, phrases) in StoryLinkRules.KindHeadings)
        {
            if (TextTools.StartsWithAny(lower, phrases))
            {
                return kind == RelatedLinkKind.SameAuthor && !NamesPerson(heading.TrimStart(EdgeTrim)) ? RelatedLinkKind.Related : kind;
            }
        }

        // A phrase of two words or more names the kind anywhere in a short heading ("PFT Most Commented", "Ryan Reed's Most
        // Recent Stories"); one word only at the start ("Related", not "Unrelated news").
        if (lower.Length <= MaxKindHeadingLength && lower.Contains(' ', StringComparison.Ordinal))
        {
            var padded = " " + lower + " ";
            foreach (var (kind, phrase) in PaddedKindPhrases)
            {
                if (padded.Contains(phrase, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
        }

        return RelatedLinkKind.Unknown;
    }

    /// <summary>
    /// Whether a "more from" heading names a person ("More from Jane Doe", "Mehr von Anna Berg") rather than a section or
    /// a topic ("More from the harbour", "Mehr von der Bundesliga", "Más de Deportes"): after the phrase come two to four
    /// capitalized words, the first no article. Headings that say "by" or "author" name the author whatever follows.
    /// </summary>
    private static bool NamesPerson(string heading)
    {
        var lower = heading.LowerInvariant();
        var phrase = SectionOrAuthorPhrases.FirstOrDefault(p => lower.StartsWith(p + " ", StringComparison.Ordinal));
        if (phrase is null)
        {
            return true;
        }

        var words = heading[(phrase.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => AuthorWords.Contains(w.Trim(EdgeTrim))))
        {
            // "More from this author", "Mehr von der Autorin".
            return true;
        }

        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0])) && !SectionDeterminers.Contains(words[0]);
    }

    /// <summary>
    /// Whether a heading names a person's stories with a possessive ("Ryan Reed's Most Recent Stories", "Jane Doe’s
    /// latest posts"): two to four capitalized words before "'s", and a word for stories after it.
    /// </summary>
    private static bool IsPersonsStories(string heading)
    {
        var at = heading.IndexOf("'s ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = heading.IndexOf("’s ", StringComparison.Ordinal);
        }

        if (at <= 0 || heading.Length > MaxKindHeadingLength)
        {
            return false;
        }

        var name = heading[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = heading[(at + 3)..].LowerInvariant();
        return name.Length is >= 2 and <= 4 && name.All(w => char.IsUpper(w[0])) && !SectionDeterminers.Contains(name[0])
            && StoryWords.Any(w => rest.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Words for stories after a possessive name.</summary>
    private static readonly string[] StoryWords = ["stories", "posts", "articles", "columns"];

    /// <summary>Words for the author in a "more from" heading ("More from this author").</summary>
    private static readonly HashSet<string> AuthorWords = new(["author", "writer", "autor", "autorin", "auteur", "auteure", "autora", "autore"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The "more from" phrases that name an author or a section alike.</summary>
    private static readonly string[] SectionOrAuthorPhrases = ["more from", "mehr von", "más de"];

    /// <summary>Articles and determiners that open a section's or topic's name ("the harbour", "der Bundesliga"), case ignored.</summary>
    private static readonly HashSet<string> SectionDeterminers = new(["the", "der", "die", "das", "dem", "den", "el", "la", "los", "las", "our", "this", "unserer", "unseren"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind phrases of two words or more, with a space at each end, in the order of <see cref="StoryLinkRules.KindHeadings"/> (built once).</summary>
    private static readonly (RelatedLinkKind Kind, string Phrase)[] PaddedKindPhrases =
        [.. StoryLinkRules.KindHeadings.SelectMany(k => k.Phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)).Select(p => (k.Kind, " " + p + " ")))];

    /// <summary>A heading this long (in characters) is searched for a kind phrase anywhere in it.</summary>
    private const int MaxKindHeadingLength = 60;

    private static string WithoutLabel(string title)
    {
        // "ALSO READ: ...", "« Previous Post: ...", "RELATED STORY: ...", "Lee también: ...": a short reading label and its colon.
        if (title.AsSpan(0, Math.Min(title.Length, MaxColonLabelLength + 8)).IndexOfAny(':', '：') >= 0)
        {
            var head = WithoutLeadingSymbols(title).TrimStart(EdgeTrim);
            var colon = head.AsSpan(0, Math.Min(head.Length, MaxColonLabelLength + 1)).IndexOfAny(':', '：');
            if (colon > 0 && colon < head.Length - 1 && IsReadingLabel(head[..colon].Trim().LowerInvariant()))
            {
                return TrimEdges(head[(colon + 1)..]);
            }
        }

        // "Previous post ...", also after the arrow or guillemet that points back ("« Previous post New cycle lane ...").
        var opened = WithoutLeadingSymbols(title).TrimStart(EdgeTrim);
        Span<char> buffer = stackalloc char[HeadLength];
        var lower = LowerHead(opened, buffer);
        foreach (var label in StoryLinkRules.TitleLabels)
        {
            if (lower.StartsWith(label, StringComparison.Ordinal) && opened.Length > label.Length
                && !char.IsLetterOrDigit(opened[label.Length]))
            {
                return TrimEdges(opened[label.Length..]);
            }
        }

        return TrimEdges(title);
    }

    /// <summary>
    /// The one part of a link written as parts without title markup that reads like a headline, the others short
    /// ("<c>&lt;span&gt;Tech&lt;/span&gt;&lt;span&gt;EV sales hit record in Europe&lt;/span&gt;&lt;span&gt;6 days
    /// ago&lt;/span&gt;</c>", a source label before the title): two to four leaf elements that hold the link's whole
    /// text, one of at least <see cref="MinLongPartWords"/> words, the others of at most <see cref="MaxShortPartWords"/>.
    /// Null otherwise (a title set in several inline parts stays whole).
    /// </summary>
    private static IElement? OnlyLongPart(ExtractionContext context, IElement anchor)
    {
        IElement? longPart = null;
        var (parts, partChars) = (0, 0);
        foreach (var e in context.Index.DescendantsOf(anchor))
        {
            var length = e.ChildElementCount > 0 ? 0 : ElementText.TextLength(e);
            if (length == 0)
            {
                continue;
            }

            var words = TextTools.WordCount(ElementText.Text(e, 200));
            if (++parts > 4 || (words > MaxShortPartWords && (words < MinLongPartWords || longPart is not null)))
            {
                return null;
            }

            longPart = words >= MinLongPartWords ? e : longPart;
            partChars += length;
        }

        // The parts hold all of the link's text: none of it stands between them.
        return parts >= 2 && longPart is not null && partChars == ElementText.TextLength(anchor) ? longPart : null;
    }

    private const int MinLongPartWords = 4;
    private const int MaxShortPartWords = 3;

    /// <summary>The longest label before a colon that opens a title ("Noticia relacionada").</summary>
    private const int MaxColonLabelLength = 32;

    /// <summary>
    /// Whether a title's opening before its colon is a reading label: at most four words that open with one of
    /// <see cref="StoryLinkRules.TitleLabels"/> or a related-reading phrase, as whole words ("Related story", not "Neue
    /// Zahlen").
    /// </summary>
    internal static bool IsReadingLabel(string label) =>
        label.Length > 0 && TextTools.WordCount(label) <= 4
        && (OpensWithWholePhrase(label, StoryLinkRules.TitleLabels) || OpensWithWholePhrase(label, StoryLinkRules.RelatedHeadings));

    private static bool OpensWithWholePhrase(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.StartsWith(phrase, StringComparison.Ordinal) && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Trims separators, arrows and quotes at both ends, and brackets that have no partner in the title (a "(Photos)" at the
    /// end stays); a bracketed tag that opens the title is its kicker and goes ("[Sicherheit] So finden Sie heraus ...").
    /// </summary>
    private static string TrimEdges(string title)
    {
        title = WithoutLeadingSymbols(title);
        if (title.StartsWith('[') && title.IndexOf(']', StringComparison.Ordinal) is var close and > 1 and <= MaxBracketKicker
            && title[(close + 1)..].Trim(EdgeTrim).Length > 0)
        {
            title = title[(close + 1)..];
        }

        var trimmed = title.Trim(EdgeTrim);
        if (trimmed.Length < title.Length && title.TrimEndAny([' ', '\u00A0']).EndsWith(')') && trimmed.Contains('(', StringComparison.Ordinal)
            && trimmed.Count(c => c == '(') > trimmed.Count(c => c == ')'))
        {
            trimmed += ")";
        }

        return trimmed;
    }

    /// <summary>The title without the symbols and emoji that open it as decoration ("✂ Ihr Logo als Stickerei", "🔴 LIVE: ..."), and the spaces after them.</summary>
    private static string WithoutLeadingSymbols(string title)
    {
        var start = 0;
        while (start < title.Length && (char.IsWhiteSpace(title[start]) || char.IsSurrogate(title[start])
            || char.GetUnicodeCategory(title[start]) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            start++;
        }

        return start < title.Length ? title[start..] : title;
    }

    /// <summary>The longest bracketed tag (with its brackets, in characters) taken for a kicker at a title's start.</summary>
    private const int MaxBracketKicker = 30;

    /// <summary>Drops a date or time written at the start or the end of a title ("20.11.2019 Title", "Title 5 hours ago").</summary>
    private static string WithoutDates(PageDates dates, string title)
    {
        if (title.Length < 16 || !title.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return title;
        }

        if (dates.Normalize(title, TimestampSource.VisibleText, searchWithinText: true) is { } date && date.Text.Length < title.Length / 2)
        {
            if (title.StartsWith(date.Text, StringComparison.Ordinal))
            {
                return TrimEdges(title[date.Text.Length..]);
            }

            if (title.EndsWith(date.Text, StringComparison.Ordinal) && !AfterPreposition(title[..^date.Text.Length]))
            {
                return TrimEdges(title[..^date.Text.Length]);
            }
        }

        return title;
    }

    /// <summary>Whether a text ends with a preposition, so that a date after it is part of the sentence ("... compared to October 2022").</summary>
    private static bool AfterPreposition(string head)
    {
        var trimmed = head.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return space >= 0 && SentencePrepositions.Contains(trimmed[(space + 1)..]);
    }

    private static readonly HashSet<string> SentencePrepositions = new(
        ["to", "in", "on", "since", "from", "until", "till", "for", "of", "by", "before", "after", "seit", "bis", "im", "am", "vom", "zum", "ab", "vor", "nach", "depuis", "jusqu'en", "en", "desde", "hasta", "dal", "dalla", "fino", "sinds", "tot", "a", "al", "à", "hacia", "durante", "entre", "per", "para"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsLabel(string title)
    {
        if (LowerHeadStartsWithAny(title, HubTitleOpenings))
        {
            return true;
        }

        // Trimming and lower-casing commute (the trimmed characters are no letters, and lower-casing keeps the length):
        // only a title that trims to a label's length is lower-cased whole.
        var trimmed = title.Trim(EdgeTrim).TrimEndAny(['.', '…']);
        if (trimmed.Length > MaxLabelLength)
        {
            return false;
        }

        return StoryLinkRules.NonTitleLinkTexts.Contains(trimmed.LowerInvariant(), StringComparer.Ordinal);
    }

    /// <summary>Whether a title promotes a subscription, a magazine issue or an app ("Subscribe to ...", "... – OUT NOW!"), not a story.</summary>
    public static bool IsPromotion(string? title) =>
        title is not null && (LowerHeadStartsWithAny(title, PromoTitleOpenings)
            || StoryLinkRules.PromoTitlePhrases.Any(p => title.Contains(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The longest of <see cref="StoryLinkRules.NonTitleLinkTexts"/>.</summary>
    private static readonly int MaxLabelLength = StoryLinkRules.NonTitleLinkTexts.Max(t => t.Length);

    /// <summary>How many characters of a text's start <see cref="LowerHead"/> lower-cases: more than every label and opening the titles are tested against has.</summary>
    private const int HeadLength = 64;

    /// <summary>
    /// The start of a text in lower case, written to <paramref name="buffer"/> (of <see cref="HeadLength"/> characters, on
    /// the stack): lower-casing maps character to character, so it starts as the whole text lower-cased does, without
    /// lower-casing a long title or allocating a string.
    /// </summary>
    private static ReadOnlySpan<char> LowerHead(ReadOnlySpan<char> text, Span<char> buffer) =>
        buffer[..text[..Math.Min(text.Length, HeadLength)].LowerInvariant(buffer)];

    /// <summary>Whether the text in lower case starts with one of the phrases (each shorter than <see cref="HeadLength"/>).</summary>
    private static bool LowerHeadStartsWithAny(ReadOnlySpan<char> text, PhraseIndex phrases)
    {
        Span<char> buffer = stackalloc char[HeadLength];
        return phrases.AnyOpens(LowerHead(text, buffer));
    }

    /// <summary><see cref="StoryLinkRules.RelatedHeadings"/>, indexed by first character.</summary>
    private static readonly PhraseIndex RelatedHeadings = new(StoryLinkRules.RelatedHeadings);

    /// <summary><see cref="StoryLinkRules.HubTitleOpenings"/>, indexed by first character.</summary>
    private static readonly PhraseIndex HubTitleOpenings = new(StoryLinkRules.HubTitleOpenings);

    /// <summary><see cref="StoryLinkRules.PromoTitleOpenings"/>, indexed by first character.</summary>
    private static readonly PhraseIndex PromoTitleOpenings = new(StoryLinkRules.PromoTitleOpenings);

    /// <summary>
    /// Phrases grouped by their first character: a text is compared only with those that open with its own first
    /// character (the related-reading phrases are over a hundred, and every story link's line is tested against them).
    /// </summary>
    private sealed class PhraseIndex(string[] phrases)
    {
        private readonly Dictionary<char, string[]> byFirst = phrases.GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToArray());

        /// <summary>Whether <paramref name="text"/> starts with one of the phrases (ordinal).</summary>
        public bool AnyOpens(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty || !byFirst.TryGetValue(text[0], out var candidates))
            {
                return false;
            }

            foreach (var phrase in candidates)
            {
                if (text.StartsWith(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The element's text without the text of the kicker elements inside it, parts joined by spaces.</summary>
    private static string TextWithout(IElement element, List<IElement> kicker)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text && !kicker.Any(k => k.Contains(text)))
            {
                sb.Append(text.Data).Append(' ');
            }
        }

        return sb.ToString();
    }

    private static readonly SimpleSelector HeadlineMarkup = SimpleSelector.Parse(StoryLinkRules.TeaserHeadlineSelector);

    private static readonly SimpleSelector HeadingMarkup = SimpleSelector.Parse(StoryLinkRules.TeaserHeadingSelector);

    private static readonly SimpleSelector TitleMarkup = SimpleSelector.Parse(StoryLinkRules.TeaserTitleSelector);

    /// <summary>Names of a kicker or overline inside a teaser's link ("Verzweifelte Eltern in vollen Arztpraxen" above the headline).</summary>
    private static readonly MarkerSet KickerNames = new([.. StoryLinkRules.KickerWords, .. StoryLinkRules.TeaserExtraWords]);
}
