using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>What the line a link stands in is: a line of its own (a list item, a teaser), running text, or a "Read also: ..." line.</summary>
internal static class StoryLines
{
    /// <summary>A paragraph longer than this whose links are under 40% of it is running text wherever the link stands.</summary>
    internal const int MaxTeaserParagraph = 120;

    /// <summary>A link whose line holds more than this many characters besides the link is part of running text.</summary>
    internal const int MaxLineExtra = 60;

    internal enum LineKind
    {
        Own,
        RunningText,
        ReadAlso,
    }

    /// <summary>What the line a link sits in is: a line of its own (a list item, a teaser), running text, or a "Read also: ..." line.</summary>
    internal static LineKind LineOf(IElement anchor)
    {
        if (BlockOf(anchor) is not { } block)
        {
            return LineKind.Own;
        }

        var whole = ElementText.TextLength(block);
        var own = ElementText.TextLength(anchor);
        if (whole - own <= MaxLineExtra)
        {
            return StoryTitles.OpensWithRelatedPhrase(ElementText.Text(block, 80)) ? LineKind.ReadAlso
                : block.LocalName == "p" && SentenceGoesOn(anchor) ? LineKind.RunningText : LineKind.Own;
        }

        if (StoryTitles.OpensWithRelatedPhrase(ElementText.Text(block, 80)))
        {
            return LineKind.Own;
        }

        // A paragraph that goes on well beyond its links ("<a>Acme</a> said on Monday that ...") is running text.
        if (block.LocalName == "p" && whole > MaxTeaserParagraph && LinkText(block) * 10 < whole * 4)
        {
            return LineKind.RunningText;
        }

        // A teaser opens with its headline link (after a kicker or a time set apart at most) and goes on with its
        // summary; a link after words of the block's own sentence is part of running text, and so is a link whose
        // sentence goes on after it ("<a>The chair resigned in March</a> after an audit.").
        return IsLeadIn(OwnTextBefore(block, anchor)) && !(block.LocalName == "p" && SentenceGoesOn(anchor)) ? LineKind.Own : LineKind.RunningText;
    }

    /// <summary>
    /// Whether the text right after the link, on its line, continues its sentence: a lower-case word other than a byline
    /// word ("<a>Title</a> by Jane Doe" is a teaser's credit) or a comma.
    /// </summary>
    internal static bool SentenceGoesOn(IElement anchor)
    {
        var levels = 0;
        for (INode? node = anchor; node is not null && node.NodeType != NodeType.Document && levels++ < MaxInlineLevels; node = node.Parent)
        {
            for (var next = node.NextSibling; next is not null; next = next.NextSibling)
            {
                if (next is IText text)
                {
                    var data = text.Data.AsSpan().TrimStart();
                    if (data.Length > 0)
                    {
                        return GoesOn(data);
                    }
                }
                else if (next is IElement element)
                {
                    // A line break or a block after the link ends its line; an inline element's text is read.
                    if (!HtmlTags.Inline.Contains(element.LocalName) || element.LocalName == "br")
                    {
                        return false;
                    }

                    var first = ElementText.Text(element, 12).TrimStart();
                    if (first.Length > 0)
                    {
                        return GoesOn(first);
                    }
                }
            }

            // Nothing after the link in its parent: the line goes on after the parent when that is inline.
            if (node.Parent is not IElement parent || !HtmlTags.Inline.Contains(parent.LocalName))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most inline ancestors a link's line is followed up through (a hostile page nests spans without end).</summary>
    private const int MaxInlineLevels = 8;

    private static bool GoesOn(ReadOnlySpan<char> after)
    {
        if (after[0] is ',' or ';')
        {
            return true;
        }

        var end = after.IndexOfAny(' ', '\u00A0');
        var word = end < 0 ? after : after[..end];
        return char.IsLower(after[0]) && !CreditWords.Contains(word.ToString());
    }

    /// <summary>Lower-case words that open a teaser's credit after its title ("by Jane Doe", "via Reuters").</summary>
    private static readonly HashSet<string> CreditWords = new(["by", "von", "par", "por", "di", "de", "door", "via", "from"], StringComparer.Ordinal);

    /// <summary>The characters of the block's text inside links.</summary>
    internal static int LinkText(IElement block)
    {
        var total = 0;
        foreach (var a in block.QuerySelectorAll(Selectors.Of("a")))
        {
            total += ElementText.TextLength(a);
        }

        return total;
    }

    /// <summary>
    /// Whether the block's own text before a link is no sentence: nothing, a few characters (a bullet, a number), or a
    /// short label without lower-case words or ending in a separator ("12:30", "WORLD |", "Video:").
    /// </summary>
    internal static bool IsLeadIn(string before)
    {
        var text = before.Trim();
        if (text.Length <= 3)
        {
            return true;
        }

        return text.Length <= 24 && (!text.Any(char.IsLower) || text[^1] is ':' or '|' or '-' or '–' or '—' or '·' or '•');
    }

    /// <summary>The text of the block's own text nodes and inline elements before the link, other links' text and child blocks (a kicker line) not counted, at most 100 characters.</summary>
    internal static string OwnTextBefore(IElement block, IElement anchor)
    {
        var sb = ownText ??= new System.Text.StringBuilder();
        var stack = ownStack ??= new Stack<INode>();
        sb.Clear();
        stack.Clear();
        stack.Push(block);
        var large = false;
        while (stack.Count > 0 && sb.Length <= 100)
        {
            var node = stack.Pop();
            if (node == anchor)
            {
                break;
            }

            if (node is IText text)
            {
                sb.Append(text.Data);
                continue;
            }

            if (node is IElement { LocalName: "a" } other && other != anchor && !other.Contains(anchor))
            {
                // Another link's text (a list of links in one line) is not the sentence the link is part of.
                continue;
            }

            if (node is IElement element && element != block && !HtmlTags.Inline.Contains(element.LocalName))
            {
                // A child block (a kicker line, a time line) is set apart from the link; a block that holds the link is walked.
                if (!element.Contains(anchor))
                {
                    continue;
                }
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }

            large |= stack.Count > 1024;
        }

        stack.Clear();
        var before = sb.ToString();
        if (sb.Capacity > 1024 || large)
        {
            // A builder or stack grown on a large block is not kept for the thread's next pages.
            (ownText, ownStack) = (null, null);
        }

        return before;
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? ownText;

    [ThreadStatic]
    private static Stack<INode>? ownStack;

    /// <summary>The block a link's text flows in: its nearest ancestor that is not an inline element.</summary>
    internal static IElement? BlockOf(IElement anchor)
    {
        for (var e = anchor.ParentElement; e is not null; e = e.ParentElement)
        {
            if (!HtmlTags.Inline.Contains(e.LocalName))
            {
                return e;
            }
        }

        return null;
    }
}
