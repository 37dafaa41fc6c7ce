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
        var raw = pre.QuerySelector(Selectors.Of("br")) is null ? ElementText.RawText(pre) : ElementText.TextWithMarks(pre, "\n", blockMark: null);
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).TrimAny(['\n', '\r']);
        if (text.Trim().Length > 0)
        {
            segments.Add(new Segment(SegmentKind.Block, text, -1, 0, false, new BodyBlock(BlockKind.Preformatted, text)));
        }
    }
}
