using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>Finds the main content of the page and turns it into ordered blocks.</summary>
internal static class BodyExtractor
{
    public static ArticleBody Extract(ExtractionContext context, Article metadata)
    {
        _ = metadata;
        var root = context.Document.QuerySelector("article") ?? context.Document.Body;
        if (root is null)
        {
            return ArticleBody.Empty;
        }

        var blocks = new List<BodyBlock>();
        foreach (var p in root.QuerySelectorAll("p"))
        {
            if (context.NotBody.Contains(p))
            {
                continue;
            }

            var text = p.TextContent.Trim();
            if (text.Length > 0)
            {
                blocks.Add(new BodyBlock(BlockKind.Paragraph, text));
            }
        }

        return blocks.Count == 0 ? ArticleBody.Empty : new ArticleBody(blocks);
    }
}
