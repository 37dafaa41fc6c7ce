using System.Text;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>Preformatted blocks (code, wire copy in <c>pre</c>): their text as the page lays it out, line by line.</summary>
internal sealed partial class BlockBuilder
{
    private void AddPreformatted(int index)
    {
        var pre = map.Elements[index];
        var raw = pre.QuerySelector("br") is null ? ElementText.RawText(pre) : TextWithBreaks(pre);
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', '\r');
        if (text.Trim().Length > 0)
        {
            segments.Add(new Segment(SegmentKind.Block, text, -1, 0, false, new BodyBlock(BlockKind.Preformatted, text)));
        }
    }

    /// <summary>
    /// The text of a preformatted block whose lines are parted by <c>&lt;br&gt;</c> (highlighted code: <c>&lt;span
    /// class="token-line"&gt;...&lt;/span&gt;&lt;br&gt;</c>): each break a new line, as the page shows it.
    /// </summary>
    private static string TextWithBreaks(IElement pre)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        for (var child = pre.LastChild; child is not null; child = child.PreviousSibling)
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
                    text.Append('\n');
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement element:
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
