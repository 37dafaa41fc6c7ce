using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Figures in the body: a <c>figure</c> element with its image and <c>figcaption</c>, and a figure built without one
/// (an image with a caption that repeats its alt text), each one <see cref="BlockKind.Figure"/> block whose caption is not
/// body text.
/// </summary>
internal sealed partial class BlockBuilder
{
    /// <summary>A <c>figure</c> element: its first image and its <c>figcaption</c>; nothing when it has neither.</summary>
    private void AddFigure(int index)
    {
        Uri? image = null;
        string? caption = null;
        for (var i = index + 1; i < map.End[index]; i++)
        {
            var tag = map.Tags[i];
            if (tag == "figcaption" && caption is null && !BodyRules.DroppedTags.Contains(tag))
            {
                // A caption of blocks ("<p>The schooner.</p><span>Photo: O. Grant</span>") keeps a space between them.
                var captionElement = map.Elements[i];
                // A caption of pieces side by side ("<span>The harbour.</span><span>Photo: N. Burke</span>") keeps them apart.
                caption = captionElement.QuerySelector(CaptionBlocks) is not null
                    ? CaptionText(captionElement)
                    : captionElement.ChildElementCount >= 2 && captionElement.ChildNodes.All(n => n is IElement || (n is IText t && string.IsNullOrWhiteSpace(t.Data)))
                        ? ElementText.SpacedText(captionElement)
                        : ElementText.Collapse(ElementText.RawText(captionElement));
                i = map.End[i] - 1;
                continue;
            }

            if (finder.Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            if (tag is "img" or "amp-img" && image is null)
            {
                var element = map.Elements[i];
                image = context.Links.ResolveUrl(element.GetAttribute("src")) ?? context.Links.ResolveUrl(element.GetAttribute("data-src"));
            }
        }

        if (image is null && caption is null)
        {
            return;
        }

        var block = new BodyBlock(BlockKind.Figure, string.Empty) { ImageUrl = image, Caption = string.IsNullOrEmpty(caption) ? null : caption };
        segments.Add(new Segment(SegmentKind.Block, string.Empty, -1, 0, false, block));
    }

    private static readonly AngleSharp.Css.Dom.ISelector CaptionBlocks = Selectors.Of("p, div, br");

    /// <summary>Whether a subheading (<c>h2</c>-<c>h6</c>) stands inside the element at <paramref name="index"/>.</summary>
    private bool HoldsHeading(int index)
    {
        for (var i = index + 1; i < map.End[index]; i++)
        {
            if (map.Tags[i] is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one element named <paramref name="tag"/> inside the element at <paramref name="index"/> (null when there is
    /// none); false when there are more.
    /// </summary>
    private bool OnlyOne(int index, string tag, out IElement? element)
    {
        element = null;
        for (var i = index + 1; i < map.End[index]; i++)
        {
            if (map.Tags[i] == tag)
            {
                if (element is not null)
                {
                    return false;
                }

                element = map.Elements[i];
            }
        }

        return true;
    }

    /// <summary>A caption's text with a space where a block or a line break starts or ends, and none between inline parts.</summary>
    private static string CaptionText(IElement caption)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((caption, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data);
                continue;
            }

            var block = node is IElement element && element != caption && !HtmlTags.Inline.Contains(element.LocalName) || node is IElement { LocalName: "br" };
            if (block)
            {
                sb.Append(' ');
            }

            if (exit)
            {
                continue;
            }

            if (block)
            {
                stack.Push((node, true));
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is IText or IElement { LocalName: not ("script" or "style") })
                {
                    stack.Push((child, false));
                }
            }
        }

        return ElementText.Collapse(sb.ToString());
    }

    /// <summary>Whether a figure holds a paragraph of running text (<see cref="MinFigureTextChars"/> characters or more) outside its <c>figcaption</c>.</summary>
    private bool HoldsRunningText(int index)
    {
        for (var i = index + 1; i < map.End[index]; i++)
        {
            if (map.Tags[i] == "figcaption")
            {
                i = map.End[i] - 1;
                continue;
            }

            if (map.Tags[i] == "p" && ElementText.TextLength(map.Elements[i], MinFigureTextChars) >= MinFigureTextChars)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shortest paragraph (in characters) that makes a figure's text the article's.</summary>
    private const int MinFigureTextChars = 100;

    /// <summary>
    /// Whether a <c>figure</c> holds text blocks and no picture (or a picture beside paragraphs of running text, not in a
    /// caption: a photo essay's text set in its figures): a table, code or a list that editors wrap in <c>figure</c>
    /// (Gutenberg's <c>wp-block-table</c>, CKEditor's <c>figure.table</c>), or a quote with its attribution in the caption;
    /// its content is read as the body's. A pull quote in a figure (<c>wp-block-pullquote</c>) repeats the text and stays out.
    /// </summary>
    private bool HoldsTextBlocks(int index)
    {
        var blocks = false;
        IElement? quote = null;
        for (var i = index + 1; i < map.End[index]; i++)
        {
            switch (map.Tags[i])
            {
                case "img" or "amp-img" or "picture" or "video" or "iframe" or "svg" or "canvas" or "audio" or "object" or "embed":
                    // A picture with paragraphs of running text beside it, not in a caption (a photo essay's text set in
                    // its figures): the text is the article's.
                    return HoldsRunningText(index);
                case "table" or "pre" or "ul" or "ol" or "dl":
                    blocks = true;
                    break;
                case "blockquote":
                    quote ??= map.Elements[i];
                    break;
            }
        }

        return blocks || (quote is not null && !IsPullQuote(quote));
    }

    /// <summary>
    /// Whether a quote set in a <c>figure</c> repeats words of the page (a pull quote: the sentence is in the article's
    /// text as well), rather than quoting words the page gives nowhere else.
    /// </summary>
    private bool IsPullQuote(IElement quote)
    {
        // The quote's own words: its first paragraph when it has paragraphs (a cite or footer after them names the speaker).
        var words = quote.QuerySelector(Selectors.Of("p")) ?? quote;
        var text = TextTools.Squashed(ElementText.Text(words, PullQuoteKeyChars * 4));
        if (text.Length < PullQuoteKeyChars / 2)
        {
            return true;
        }

        var key = text.Length > PullQuoteKeyChars ? text[..PullQuoteKeyChars] : text;
        // The text readers see: a framework's state in a script (Next.js's __NEXT_DATA__) repeats the whole story.
        pageText ??= TextTools.Squashed(context.Document.Body is { } body ? ElementText.SpacedText(body) : string.Empty);
        var first = pageText.IndexOf(key, StringComparison.Ordinal);
        return first >= 0 && pageText.IndexOf(key, first + key.Length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>The page's text without its scripts and styles, squashed (<see cref="TextTools.Squashed"/>), read once for the pull-quote test.</summary>
    private string? pageText;

    /// <summary>The characters of a quote compared with the page's text.</summary>
    private const int PullQuoteKeyChars = 40;

    /// <summary>The most elements a figure built without <c>figure</c> holds (a few wrappers, an image, a caption and a credit): a bigger container is not read as one.</summary>
    private const int MaxFigureElements = 64;

    /// <summary>The fewest characters of an image's alt text that a caption can be recognized by.</summary>
    private const int MinCaptionAltChars = 25;

    /// <summary>The characters of a caption compared with the image's alt text.</summary>
    private const int CaptionMatchChars = 30;

    /// <summary>The most characters of a captioned image's container beyond its alt text (the credit, a photographer's name).</summary>
    private const int MaxCaptionExtraChars = 200;

    /// <summary>The longest text of an image's container read as a caption by its picture credit (<see cref="HasPictureCredit"/>).</summary>
    private const int MaxCreditedCaptionChars = 300;

    /// <summary>Labels of a picture's credit in a caption, lower case, with their colon ("Photograph: Martin Pope/Meridian").</summary>
    private static readonly string[] PictureCreditLabels =
    [
        "photograph:", "photographs:", "photo:", "photos:", "photo :", "picture:", "pictures:", "image:", "images:", "credit:", "photo credit:",
        "foto:", "fotos:", "bild:", "bilder:", "fotografía:", "fotografia:", "fotografie:", "crédit photo :", "crédit photo:", "crédits photo :",
    ];

    /// <summary>
    /// Whether the text of the element at <paramref name="index"/> is one caption: it holds no <c>figure</c> or
    /// <c>figcaption</c> of its own, and at most one of its children carries text (the image's wrapper carries none), so
    /// an intro beside a captioned picture ("<c>&lt;div&gt;&lt;div&gt;Intro ...&lt;/div&gt;&lt;div&gt;&lt;img&gt;&lt;small&gt;© ...</c>") is no caption.
    /// </summary>
    private bool IsOneCaption(int index)
    {
        for (var i = index + 1; i < map.End[index]; i++)
        {
            if (map.Tags[i] is "figure" or "figcaption")
            {
                return false;
            }
        }

        var texts = 0;
        foreach (var child in map.Elements[index].ChildNodes)
        {
            if ((child is IText text && !string.IsNullOrWhiteSpace(text.Data))
                || (child is IElement element && ElementText.TextLength(element, MinCaptionPartChars) >= MinCaptionPartChars))
            {
                texts++;
            }
        }

        return texts <= 1;
    }

    /// <summary>The fewest characters of a child that count as a part of text beside a caption (a picture counter's "1" does not).</summary>
    private const int MinCaptionPartChars = 3;

    /// <summary>Whether a caption's text credits the picture: a credit label and its colon with a name after it (<see cref="PictureCreditLabels"/>), or a © sign.</summary>
    private static bool HasPictureCredit(string text)
    {
        if (text.Contains('©', StringComparison.Ordinal))
        {
            return true;
        }

        var lower = text.LowerInvariant();
        foreach (var label in PictureCreditLabels)
        {
            var at = lower.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && at + label.Length < lower.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A figure built without <c>figure</c> (a gallery item, a <c>div</c> with an image and a line under it, however the
    /// classes are named): a small container holding one image and text that repeats the image's alt text, as content
    /// systems write the caption into both, or that credits the picture ("... Photograph: Martin Pope/Meridian"). The text
    /// becomes the figure's caption, not a paragraph. Null otherwise.
    /// </summary>
    private BodyBlock? CaptionedImage(int index)
    {
        var chars = finder.Chars[index];
        if (chars < MinCaptionAltChars || chars > MaxCaptionExtraChars * 3 || map.End[index] - index > MaxFigureElements)
        {
            return null;
        }

        if (!OnlyOne(index, "img", out var image) || HoldsHeading(index))
        {
            // A slide with its own heading ("<img><h2>Sarajevo 1984: The Bobsled Track</h2><p>The concrete track ...</p>") is
            // a section of the story, read as blocks: a caption has no heading.
            return null;
        }

        if (image is null)
        {
            return null;
        }

        var alt = ElementText.Collapse(image.GetAttribute("alt"));
        var text = ElementText.SpacedText(map.Elements[index]);
        var key = TextTools.Squashed(alt.Length > CaptionMatchChars ? alt[..CaptionMatchChars] : alt);
        var repeatsAlt = alt.Length >= MinCaptionAltChars && chars <= alt.Length + MaxCaptionExtraChars
            && key.Length >= MinCaptionAltChars / 2 && TextTools.Squashed(text).Contains(key, StringComparison.Ordinal);
        if (!repeatsAlt && !(chars <= MaxCreditedCaptionChars && HasPictureCredit(text) && IsOneCaption(index)))
        {
            return null;
        }

        var url = context.Links.ResolveUrl(image.GetAttribute("src")) ?? context.Links.ResolveUrl(image.GetAttribute("data-src"));
        return new BodyBlock(BlockKind.Figure, string.Empty) { ImageUrl = url, Caption = text };
    }
}
