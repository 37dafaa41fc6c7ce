using System.Text;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>Preformatted blocks (code, wire copy in <c>pre</c>): their text as the page lays it out, line by line; the text walk with marks for breaks that table cells share.</summary>
internal sealed partial class BlockBuilder
{
    private void AddPreformatted(int index)
    {
        var pre = map.Elements[index];
        var raw = pre.QuerySelector("br") is null ? ElementText.RawText(pre) : TextWithMarks(pre, '\n', markBlocks: false);
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', '\r');
        if (text.Trim().Length > 0)
        {
            segments.Add(new Segment(SegmentKind.Block, text, -1, 0, false, new BodyBlock(BlockKind.Preformatted, text)));
        }
    }

    /// <summary>
    /// The text of the element's subtree with <paramref name="breakMark"/> for each <c>&lt;br&gt;</c> (a preformatted block's
    /// lines, highlighted code's <c>&lt;span class="token-line"&gt;...&lt;/span&gt;&lt;br&gt;</c>: each break a new line, as the page
    /// shows it) and, with <paramref name="markBlocks"/>, a space before each block inside it (a table cell's parts);
    /// script and style text left out. Not collapsed.
    /// </summary>
    private static string TextWithMarks(IElement root, char breakMark, bool markBlocks)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case IText node:
                    text.Append(node.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append(breakMark);
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement element:
                    if (markBlocks && !HtmlTags.Inline.Contains(element.LocalName))
                    {
                        text.Append(' ');
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
