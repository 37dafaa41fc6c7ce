using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Finds the main content of the page and turns it into ordered blocks. The decision rule:
/// <list type="number">
/// <item>Flatten the DOM once (<see cref="PageMap"/>); exclude boilerplate and score candidate containers
/// Readability-style (<see cref="ContentFinder"/>, whose summary details the rule; itemprop=articleBody and
/// semantic containers weigh in there); write the chosen containers as blocks (<see cref="BlockBuilder"/>)
/// and drop leading repeats of the headline and standfirst.</item>
/// <item>Recall fallback: when that gives less than <see cref="BodyRules.RecallFallbackChars"/> characters,
/// score again without weak class/id words and roles, and take the result when it has at least twice the text.</item>
/// <item>Structured data: when the page's JSON-LD articleBody is complete (plain, not cut off) and the DOM's
/// text is shorter than <see cref="BodyRules.DeclaredBodyShare"/> of it, the declared text is the body.</item>
/// <item>No article: containers that read as a link index (home pages, tag pages), or a body under
/// <see cref="BodyRules.MinBodyChars"/> characters, give an empty body (the parse then says "no main content found").</item>
/// </list>
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

        var map = PageMap.FromIndex(context);
        context.ThrowIfCancelled();
        var blocks = Write(map, ContentFinder.Analyze(map, context), context, metadata);
        var chars = NonBlank(blocks);
        var path = BodyPath.Scored;
        if (chars < BodyRules.RecallFallbackChars)
        {
            context.ThrowIfCancelled();
            var loose = Write(map, ContentFinder.Analyze(map, context, strict: false), context, metadata);
            if (NonBlank(loose) >= BodyRules.RecallFallbackGain * Math.Max(chars, 1))
            {
                blocks = loose;
                chars = NonBlank(loose);
                path = BodyPath.Unweighted;
            }
        }

        if (StructuredBody.Find(map) is { } declared && IsComplete(declared))
        {
            var paragraphs = declared.Split('\n').Select(BlockBuilder.Normalize).Where(p => p.Length > 0).ToList();
            var declaredChars = paragraphs.Sum(p => p.Count(c => c != ' '));
            if (declaredChars >= BodyRules.DeclaredBodyMinChars && chars < BodyRules.DeclaredBodyShare * declaredChars)
            {
                blocks = paragraphs.Select(p => new BodyBlock(BlockKind.Paragraph, p)).ToList();
                chars = declaredChars;
                path = BodyPath.Declared;
            }
        }

        return chars < BodyRules.MinBodyChars ? ArticleBody.Empty : new ArticleBody(blocks, path);
    }

    /// <summary>Chooses the containers, writes their blocks and drops leading repeats; empty when nothing scored or the containers are a link index.</summary>
    private static List<BodyBlock> Write(PageMap map, ContentFinder finder, ExtractionContext context, Article metadata)
    {
        var roots = finder.ChooseRoots(out var top);
        if (roots.Count == 0 || finder.LooksLikeIndex(roots))
        {
            return [];
        }

        var blocks = BlockBuilder.Build(map, finder, roots, top, context, out var prefaceBlocks);
        DropLeadingRepeats(blocks, prefaceBlocks, metadata);
        return blocks;
    }

    private static int NonBlank(List<BodyBlock> blocks) => blocks.Sum(b => b.Text.Count(c => !char.IsWhiteSpace(c)));

    /// <summary>Declared text is used only when it is plain and whole: no markup, not cut off with an ellipsis.</summary>
    private static bool IsComplete(string declared)
    {
        var end = declared.AsSpan().TrimEnd();
        return !declared.Contains("</", StringComparison.Ordinal) && !declared.Contains("<p", StringComparison.OrdinalIgnoreCase)
            && !end.EndsWith("...", StringComparison.Ordinal) && !end.EndsWith("…", StringComparison.Ordinal) && !end.EndsWith("[…]", StringComparison.Ordinal);
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
