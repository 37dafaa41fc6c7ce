using NewsKit.Pipeline;
using NewsKit.Related;

namespace NewsKit.Body;

/// <summary>Reading lines set among paragraphs that pages write without <c>p</c> elements.</summary>
internal sealed partial class BlockBuilder
{
    /// <summary>The longest reading line (in characters).</summary>
    private const int MaxReadingLineChars = 200;

    /// <summary>The longest reading label before its colon (in characters).</summary>
    private const int MaxReadingLabelChars = 40;

    /// <summary>
    /// Whether an inline element is a reading line set among the paragraphs ("&lt;strong&gt;LEE TAMBIÉN: &lt;a&gt;...&lt;/a&gt;&lt;/strong&gt;"
    /// between line breaks, as pages without <c>p</c> elements set them): a reading label and its colon, then mostly a
    /// link to another page of the site. In a paragraph of its own the same line is a link paragraph (<see cref="IsLinkList"/>).
    /// </summary>
    private bool IsReadingLine(int index)
    {
        if (map.Tags[index] is not ("strong" or "b" or "em" or "i" or "span" or "font") || finder.LinkChars[index] == 0
            || finder.Chars[index] is 0 or > MaxReadingLineChars)
        {
            return false;
        }

        var text = ElementText.Collapse(ElementText.Text(map.Elements[index], MaxReadingLineChars + 1));
        var colon = text.AsSpan(0, Math.Min(text.Length, MaxReadingLabelChars + 1)).IndexOfAny(':', '：');
        return colon > 0
            && StoryTitles.IsReadingLabel(text[..colon].Trim().LowerInvariant())
            && finder.LinkChars[index] * 2 >= finder.Chars[index] - colon
            && LinksStayOnSite(index);
    }
}
