using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Blocks that are no byline: one that opens with the byline and holds the story (the byline line inside it is read), a byline's place, a quotation's attribution.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// Whether one of the first <see cref="MaxInnerBylineElements"/> elements inside <paramref name="block"/> is a byline
    /// line read on its own: it opens with a byline word, holds no paragraph of text and stands outside other regions (a
    /// byline in a sidebar is read only through the block around it).
    /// </summary>
    private bool HoldsBylineLine(IElement block, IElement? root, IElement? headline)
    {
        var elements = context.Index.Elements;
        var (first, end) = context.Index.Inside(block);
        for (var i = first; i < Math.Min(end, first + MaxInnerBylineElements); i++)
        {
            var element = elements[i];
            if (PrefixTags.Contains(element.LocalName) && OpensWithBylinePrefix(element) && !HoldsParagraph(element))
            {
                return !PageRegions.IsInForeignRegion(context, element, root, headline);
            }
        }

        return false;
    }

    /// <summary>Class and id words of the place a byline names beside the author ("author-location", "byline__city").</summary>
    private static readonly MarkerSet PlaceMarkers = new("location", "city", "place", "ort", "ciudad", "lieu");

    /// <summary>
    /// Class and id words of a picture's caption or credit ("imgCaption", "bildunterschrift", "autorFoto", "photo-credit"):
    /// a name there is the photographer's or the agency's that sold the picture, not the writer's.
    /// </summary>
    private static readonly MarkerSet PictureCreditMarkers = new(
        "caption", "figcaption", "bildunterschrift", "didascalia", "legende", "légende", "autorfoto", "fotoautor", "photo-credit", "photocredit",
        "image-credit", "imagecredit", "foto-credit", "fotocredit", "photographer", "fotograf", "fotografo", "bildnachweis", "bildquelle");

    /// <summary>How many levels above a byline candidate are read for a caption's names (<see cref="InPictureCredit"/>).</summary>
    private const int MaxCaptionLevels = 3;

    /// <summary>
    /// Whether the element is a picture's caption or credit, or sits in one a few levels up (<see cref="PictureCreditMarkers"/>;
    /// a <c>figure</c> or <c>figcaption</c> is tested where the candidates are read).
    /// </summary>
    private static bool InPictureCredit(IElement element)
    {
        var e = element;
        for (var level = 0; level <= MaxCaptionLevels && e is not null && e.LocalName is not ("body" or "article" or "main"); level++, e = e.ParentElement)
        {
            if (PageRegions.HasMarker(e, PictureCreditMarkers) && e.QuerySelector(Selectors.Of("h1, h2, h3")) is null)
            {
                // A block named a caption that holds the headline is the header's (a template's "caption" over the title and byline).
                return true;
            }
        }

        return false;
    }

    /// <summary>How many elements at the start of a block are read for a byline line inside it (see <see cref="HoldsBylineLine"/>).</summary>
    private const int MaxInnerBylineElements = 30;

    /// <summary>Whether an element holds a paragraph of at least <see cref="MinParagraphChars"/> characters.</summary>
    private bool HoldsParagraph(IElement element)
    {
        var elements = context.Index.Elements;
        var (first, end) = context.Index.Inside(element);
        for (var i = first; i < end; i++)
        {
            if (elements[i].LocalName == "p" && ElementText.TextLength(elements[i], MinParagraphChars) >= MinParagraphChars)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shortest paragraph of text (see <see cref="HoldsParagraph"/>).</summary>
    private const int MinParagraphChars = 80;

    /// <summary>
    /// Whether an element names who is quoted, not who wrote: it is in a quotation (<c>&lt;blockquote&gt;</c>, <c>&lt;q&gt;</c>)
    /// that does not hold the headline (an old layout's blockquote around the whole story does), or its class or id says
    /// quote ("<c>&lt;p class="gsc-quote-author"&gt;Andrzej Domański, Polish Minister for Finance</c>").
    /// </summary>
    private static bool IsQuoteAttribution(IElement element, IElement? headline) =>
        (Attributes.Of(element, "class") ?? string.Empty).Contains("quote", StringComparison.OrdinalIgnoreCase)
        || (Attributes.Of(element, "id") ?? string.Empty).Contains("quote", StringComparison.OrdinalIgnoreCase)
        || (element.Closest(Selectors.Of("blockquote, q")) is { } quote && !(headline is not null && quote.Contains(headline)));
}
