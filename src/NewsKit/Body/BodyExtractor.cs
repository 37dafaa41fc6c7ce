using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Finds the main content of the page and turns it into ordered blocks: flatten the DOM once
/// (<see cref="PageMap"/>), exclude boilerplate and score candidate containers (<see cref="ContentFinder"/>,
/// whose summary states the decision rule), write the chosen containers as blocks (<see cref="BlockBuilder"/>),
/// then drop leading repeats of the headline and standfirst.
/// </summary>
internal static class BodyExtractor
{
    public static ArticleBody Extract(ExtractionContext context, Article metadata)
    {
        var root = context.Document.DocumentElement;
        if (root is null)
        {
            return ArticleBody.Empty;
        }

        var map = PageMap.Build(root, context);
        context.ThrowIfCancelled();
        var finder = ContentFinder.Analyze(map, context);
        context.ThrowIfCancelled();
        var roots = finder.ChooseRoots(out var top);
        if (roots.Count == 0)
        {
            return ArticleBody.Empty;
        }

        var blocks = BlockBuilder.Build(map, finder, roots, top, context, out var prefaceBlocks);
        DropLeadingRepeats(blocks, prefaceBlocks, metadata);
        return blocks.Count == 0 ? ArticleBody.Empty : new ArticleBody(blocks);
    }

    /// <summary>
    /// Removes blocks at the start that repeat the headline, and those before the best container that repeat
    /// the standfirst. (Inside the best container a paragraph equal to the page description is usually the
    /// first paragraph that the description was made from, so it stays.)
    /// </summary>
    private static void DropLeadingRepeats(List<BodyBlock> blocks, int prefaceBlocks, Article metadata)
    {
        var headline = Key(metadata.Headline);
        var standfirst = Key(metadata.Standfirst);
        while (blocks.Count > 0)
        {
            var first = blocks[0];
            if (first.Kind == BlockKind.Figure)
            {
                break;
            }

            var key = Key(first.Text);
            if (key.Length > 0 && (key == headline || (prefaceBlocks > 0 && key == standfirst)))
            {
                blocks.RemoveAt(0);
                prefaceBlocks--;
                continue;
            }

            break;
        }
    }

    /// <summary>The text lower-cased with everything but letters and digits removed, so that punctuation and spacing differences do not matter.</summary>
    private static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }
}
