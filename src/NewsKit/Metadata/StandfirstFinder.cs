using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The standfirst (summary, dek): declared in JSON-LD or meta, or the element marked as one after the headline; a description that is only the body's first paragraph cut short is none.</summary>
internal static class StandfirstFinder
{
    internal const int MaxStandfirstLength = 600;
    internal const int StandfirstWindow = 60;

    /// <summary>The shortest text (in characters, as it shows) an element after the headline is read as the standfirst from.</summary>
    private const int MinStandfirstLength = 20;

    /// <summary>
    /// Standfirst: the deck shown just after the headline (a lead/dek/standfirst/subtitle element, or text equal to the
    /// description); else og:description, JSON-LD description, meta description, unless that is only the first body
    /// paragraph cut short.
    /// </summary>
    /// <summary>The most paragraphs of running text (<see cref="MinPassedParagraphLength"/> characters or more) read past before a deck is no longer looked for.</summary>
    private const int MaxParagraphsBeforeDeck = 2;

    /// <summary>The fewest characters of a paragraph counted as running text by <see cref="MaxParagraphsBeforeDeck"/> (a byline or date line is shorter).</summary>
    private const int MinPassedParagraphLength = 120;

    internal static string? Standfirst(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, HeadlineFinder.Found headline, Dictionary<ArticleField, ValueSource> sources)
    {
        var description = MetaTags.First(metas, MetadataRules.DescriptionMetaNames);
        var jsonDescription = graph.Article?.Text("description");
        var descriptionText = TextTools.CleanDeclaredText(jsonDescription ?? description?.Content);
        if ((headline.Text is { } headlineText && TextTools.Relaxed(descriptionText) == TextTools.Relaxed(headlineText))
            || (context.Title is { Length: > 0 } documentTitle && TextTools.Relaxed(descriptionText) == TextTools.Relaxed(documentTitle)))
        {
            // A description that only repeats the headline, or the document's title, is no standfirst.
            descriptionText = string.Empty;
        }

        if (headline.Element is { } h)
        {
            var relaxedDescription = TextTools.Relaxed(descriptionText);
            var window = 0;
            var passedParagraphs = 0;
            for (var element = Next(h); element is not null && window < StandfirstWindow; element = Next(element), window++)
            {
                if (element.TagName == "P" && passedParagraphs >= MaxParagraphsBeforeDeck)
                {
                    // Two paragraphs of the text passed: the article has begun, and a deck further down is another story's
                    // (a teaser card's summary under the article).
                    break;
                }

                // The text as it shows is never longer than the text nodes' characters (counted from the index without
                // building it): only an element with more than the bound or at least MinStandfirstLength of them is read.
                var length = ElementText.TextLength(element, MaxStandfirstLength);
                if (element.TagName == "P" && length > MaxStandfirstLength && ElementText.Text(element, MaxStandfirstLength).Length > MaxStandfirstLength)
                {
                    break;
                }

                // The element right after the headline is the article's own deck, whatever its name ("<p class="teaser">", as
                // German CMSs name the lead), not another story's teaser.
                if (length < MinStandfirstLength || h.Contains(element) || (element.PreviousElementSibling != h && !IsItemDescription(element, h) && PageRegions.IsInForeignRegion(context, element, headline: h))
                    || PageRegions.IsHidden(context, element))
                {
                    continue;
                }

                passedParagraphs += element.TagName == "P" && length >= MinPassedParagraphLength ? 1 : 0;

                // A deck of key points ("<ul class="summary__list"><li>...</li><li>...</li></ul>") keeps its items apart.
                var text = element.LocalName is "ul" or "ol" || element.QuerySelector(Selectors.Of("li")) is not null
                    ? ElementText.SpacedText(element, MaxStandfirstLength)
                    : ElementText.Text(element, MaxStandfirstLength);
                if (text.Length is < MinStandfirstLength or > MaxStandfirstLength)
                {
                    continue;
                }

                var marked = PageRegions.HasMarker(element, StandfirstMarkers)
                    || element.GetAttribute("itemprop") == "description" || IsHeaderDeck(element, h, text);

                // A marked element or the description's text, holding no blocks, reading as a deck, and not a byline set in
                // the intro ("c-page-intro__author": "von Daniel Braun"), nor a picture's block named as the lead
                // ("<div class="article-lead-image"><figure>...<figcaption>": its caption).
                var described = !marked && descriptionText.Length > 0 && TextTools.RelaxesTo(text, relaxedDescription);
                if (described && OpensText(element))
                {
                    // The description copied from the text's first paragraph ("<p>The council approved the plan ...</p><p>...",
                    // the same words in og:description): the page shows no deck, and the description is its first paragraph.
                    return null;
                }

                if ((marked || described) && (element.QuerySelector(Selectors.Of("p, div, h1, h2")) is null || WrapsOneParagraph(element)) && ReadsAsDeck(text) && !IsInCaption(element) && element.QuerySelector(Selectors.Of("figure, figcaption")) is null
                    && !PageRegions.HasMarker(element, BylineMarkers) && !(text.Length <= MaxBylineLine && BylineParser.OpensWithPrefix(text)))
                {
                    sources[ArticleField.Standfirst] = ValueSource.VisibleText;
                    return text;
                }
            }
        }

        if (descriptionText.Length == 0 || !ReadsAsDeck(descriptionText) || IsCutBodyParagraph(context, descriptionText))
        {
            return null;
        }

        sources[ArticleField.Standfirst] = jsonDescription is not null ? ValueSource.JsonLd : description!.Value.Name.StartsWith("og:", StringComparison.Ordinal) ? ValueSource.OpenGraph : ValueSource.Meta;
        return descriptionText;
    }

    /// <summary>
    /// Whether the element is part of a picture's caption ("&lt;div class="caption"&gt;&lt;div class="text-description"&gt;...")
    /// or of a video player's box ("&lt;div class="video-player"&gt;&lt;p class="video-subtitle"&gt;"): a few levels up at most.
    /// </summary>
    private static bool IsInCaption(IElement element)
    {
        var current = element;
        for (var level = 0; current is not null && level < MaxCaptionClimb; level++, current = current.ParentElement)
        {
            if (current.LocalName is "figure" or "figcaption" or "video" || PageRegions.HasMarker(current, CaptionMarkers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Class or id words of a picture's caption or a video player's box.</summary>
    private static readonly MarkerSet CaptionMarkers = new("caption", "figcaption", "video", "player");

    /// <summary>How many levels up a caption is looked for.</summary>
    private const int MaxCaptionClimb = 4;

    /// <summary>
    /// Whether an unmarked paragraph opens the text: a paragraph whose next sibling is a paragraph of running text
    /// (<see cref="MinPassedParagraphLength"/> characters or more), set like it (the same tag and class, no emphasis of its own).
    /// </summary>
    private static bool OpensText(IElement element)
    {
        if (element.LocalName != "p" || element.NextElementSibling is not { LocalName: "p" } next || ElementText.TextLength(next) < MinPassedParagraphLength
            || element.GetAttribute("class") != next.GetAttribute("class"))
        {
            return false;
        }

        // A deck set in bold or italics as a whole ("<p><strong>A GRAN who ...</strong></p>") is set apart from the text.
        return element.FirstElementChild is not { LocalName: "strong" or "b" or "em" or "i" } emphasis
            || ElementText.TextLength(emphasis) < ElementText.TextLength(element) - 8;
    }

    /// <summary>The shortest header deck read by <see cref="IsHeaderDeck"/> (in characters).</summary>
    private const int MinHeaderDeckLength = 60;

    /// <summary>The fewest words of a subtitle heading read by <see cref="IsHeaderDeck"/>.</summary>
    private const int MinSubtitleWords = 8;

    /// <summary>
    /// Whether a paragraph set beside the headline in the headline's own block is its deck, whatever its class says
    /// ("&lt;div class="aw-bebt0"&gt;&lt;span&gt;Region&lt;/span&gt;&lt;h1&gt;...&lt;/h1&gt;&lt;p class="vs-bpyub"&gt;Nach dem Hochwasser...&lt;/p&gt;&lt;div&gt;byline&lt;/div&gt;&lt;/div&gt;"
    /// and the text in a block of its own after it): a paragraph of a sentence or more, after the headline, in a block
    /// that holds no other paragraph of running text; or a subtitle heading of a sentence right under the headline. A page
    /// that sets its headline among the text's paragraphs has none.
    /// </summary>
    private static bool IsHeaderDeck(IElement element, IElement headline, string text)
    {
        if (element.LocalName == "h2" && element.PreviousElementSibling == headline && headline.LocalName == "h1")
        {
            // "<h1>Harbour plan approved</h1><h2 class="v-a-sub-t">Seven votes to four after a five-hour debate; ...</h2>": a
            // subtitle of a sentence right under the headline, not a section's heading of a few words.
            return text.Length >= MinHeaderDeckLength && TextTools.WordCount(text) >= MinSubtitleWords;
        }

        if (element.LocalName != "p" || element.ParentElement is not { } block || block != headline.ParentElement || text.Length < MinHeaderDeckLength
            || text[^1] is not ('.' or '!' or '?' or '…' or '"' or '”' or '“' or '»' or '«'))
        {
            return false;
        }

        foreach (var sibling in block.Children)
        {
            if (sibling != element && sibling.LocalName == "p" && ElementText.TextLength(sibling) >= MinPassedParagraphLength)
            {
                return false;
            }
        }

        // The text follows in a block after the header's: the header is not the page's only block.
        return block.NextElementSibling is not null && ElementText.TextLength(block.NextElementSibling) > text.Length * 2;
    }

    /// <summary>
    /// Whether the element is the description of the microdata item the headline names (<c>itemprop="description"</c> in the
    /// same <c>itemscope</c> as the headline): the article's own deck, whatever its class says ("teaser-text" after a date line).
    /// </summary>
    private static bool IsItemDescription(IElement element, IElement headline) =>
        element.GetAttribute("itemprop") == "description" && element.ParentElement?.Closest(Selectors.Of("[itemscope]")) is { } item
        && item == headline.Closest(Selectors.Of("[itemscope]"));

    /// <summary>Whether an element holds one paragraph and nothing else ("&lt;div class="field--name-field-intro"&gt;&lt;p&gt;deck&lt;/p&gt;&lt;/div&gt;").</summary>
    private static bool WrapsOneParagraph(IElement element) =>
        element.ChildElementCount == 1 && element.FirstElementChild is { LocalName: "p" } paragraph
        && paragraph.QuerySelector(Selectors.Of("p, div, h1, h2")) is null && ElementText.TextLength(paragraph) >= ElementText.TextLength(element) - 8;

    /// <summary>Class, id or role words of a standfirst (<see cref="MetadataRules.StandfirstWords"/>).</summary>
    internal static readonly MarkerSet StandfirstMarkers = new(MetadataRules.StandfirstWords);

    /// <summary>
    /// Whether a text reads as a deck: words (two or more, mostly letters), not an identifier or an address
    /// ("5b274ebc-2e46-...", "www.example.de"), not a label that ends with a colon ("Aktiviere die Benachrichtigungen:"),
    /// not a share bar ("teilen tweeten mailen").
    /// </summary>
    private static bool ReadsAsDeck(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unspaced = text.Any(c => c is >= '\u3040' and <= '\u9fff');
        return (words.Length >= 2 || unspaced) && text.Count(char.IsLetter) * 10 >= text.Count(c => !char.IsWhiteSpace(c)) * 6
            && !(text.Length <= MaxLabelLength && text.EndsWith(':'))
            && !words.All(w => MetadataRules.ShareWords.Contains(w.Trim(ShareWordEdges).LowerInvariant(), StringComparer.Ordinal));
    }

    /// <summary>The punctuation around a word of a share bar ("Share, Tweet | Email").</summary>
    private static readonly char[] ShareWordEdges = [',', '.', '|'];

    /// <summary>A line this short (in characters) that ends with a colon is a label.</summary>
    private const int MaxLabelLength = 60;

    /// <summary>Class or id words of a byline ("author", "authors", "byline"; a plural is matched too): such an element is not the standfirst, whatever else its names say.</summary>
    private static readonly MarkerSet BylineMarkers = new("author", "byline", "autor", "autoren");

    /// <summary>The longest line taken for a byline by its opening word.</summary>
    private const int MaxBylineLine = 100;

    /// <summary>The next element in document order, descending into children first.</summary>
    internal static IElement? Next(IElement element)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Whether the description is just the start of a longer paragraph on the page (an automatic excerpt).</summary>
    internal static bool IsCutBodyParagraph(ExtractionContext context, string description)
    {
        var stem = TextTools.Relaxed(description.TrimEndAny(['.', '…', ' ', '[', ']']));
        if (stem.Length < 30)
        {
            return false;
        }

        foreach (var paragraph in context.Index.ElementsNamed("p"))
        {
            if (ElementText.TextLength(paragraph) <= description.Length)
            {
                continue;
            }

            // The start of the paragraph is enough to compare; the whole one is read only when that start is too short.
            var start = ElementText.Text(paragraph, (2 * stem.Length) + 64);
            if (!TextTools.MayRelaxToStartWith(start, stem[0]))
            {
                continue;
            }

            var relaxed = TextTools.Relaxed(start);
            if (relaxed.Length <= stem.Length + 12)
            {
                relaxed = TextTools.Relaxed(ElementText.RawText(paragraph));
            }

            if (relaxed.Length > stem.Length + 10 && relaxed.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
