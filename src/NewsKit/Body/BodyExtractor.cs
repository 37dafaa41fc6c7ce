using AngleSharp.Dom;
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
/// <item>Page chrome: when nothing else found main content, score again with nav, aside, footer and menu allowed to
/// hold the article (<see cref="BodyPath.PageChrome"/>).</item>
/// <item>No article: containers that read as a link index (home pages, tag pages), or a body under
/// <see cref="BodyRules.MinBodyChars"/> characters, give an empty body (the parse then says "no main content found").</item>
/// <item>Clutter at the edges: a date line or a reading-time line before the article's first paragraph
/// (<see cref="LeadingClutter"/>), and labels, "follow us" lines and subscription appeals after its last
/// (<see cref="TrailingClutter"/>), go.</item>
/// </list>
/// </summary>
internal static class BodyExtractor
{
    /// <summary>The body stage: the article's text as blocks, and the path that found it.</summary>
    public static ArticleBody Extract(ExtractionContext context, BodyInput input)
    {
        var metadata = input.Metadata;
        var root = context.Document.DocumentElement;
        if (root is null)
        {
            return ArticleBody.Empty;
        }

        var map = PageMap.FromIndex(context);
        context.ThrowIfCancelled();
        var headline = input.Headline is { } h && context.Index.DocumentOrder.TryGetValue(h, out var at) ? at : -1;

        // (e) The containers an extension named hold the body when they hold text.
        if (input.Roots.Count > 0 && FromExtension(map, context, input, headline) is { } given)
        {
            return new ArticleBody(given.Blocks, given.Path);
        }

        var strict = ContentFinder.Analyze(map, context, input.NotBody, removed: input.Removed);
        var best = WriteBest(map, strict, context, metadata, BodyPath.Scored, headline);
        var scored = best;

        Candidate? unweighted = null;
        Candidate Unweighted()
        {
            if (unweighted is null)
            {
                context.ThrowIfCancelled();
                var loose = ContentFinder.Analyze(map, context, input.NotBody, strict: false, removed: input.Removed);
                unweighted = WriteBest(map, loose, context, metadata, BodyPath.Unweighted, headline);
            }

            return unweighted;
        }

        // (d) A short result is scored again with names and roles ignored.
        if (best.Chars < BodyRules.RecallFallbackChars && Unweighted().Chars >= BodyRules.RecallFallbackGain * Math.Max(best.Chars, 1))
        {
            best = Unweighted();
        }

        // (c) The dominant run of prose, found from text alone, must be in the result; when the result misses most of it
        // and is much shorter, the run wins (as the unweighted scoring's result when that holds it). A run in another
        // story's article (one with its own h1, below the headline's on an endless-scroll page) is that story's.
        var run = strict.DominantRun;
        if (run >= 0 && !best.Holds(strict, run) && !strict.OtherStory(run, headline))
        {
            var density = Write(map, strict, strict.RunWithSiblings(run), run, context, metadata, BodyPath.Density, headline);
            if (density.Chars > 0 && best.Words.Count < BodyRules.DensityShare * density.Words.Count && density.Words.FoundIn(best.Words) < BodyRules.MinCoverage)
            {
                best = density.Words.FoundIn(Unweighted().Words) >= BodyRules.MinCoverage ? Unweighted() : density;
            }
        }

        // (b) The text the page declares as its body must be in the result too: when the result is much shorter or misses
        // most of it, a visible candidate that holds it wins, else the declared text itself.
        if (input.DeclaredBody is { } declared && IsComplete(declared))
        {
            var paragraphs = declared.Split('\n').Select(ElementText.Collapse).Where(p => p.Length > 0).ToList();
            var declaredChars = paragraphs.Sum(p => p.Count(c => c != ' '));
            var declaredWords = declaredChars >= BodyRules.DeclaredBodyMinChars ? TextCoverage.Of(string.Join('\n', paragraphs)) : null;
            if (declaredWords is not null && (best.Chars < BodyRules.DeclaredBodyShare * declaredChars || declaredWords.FoundIn(best.Words) < BodyRules.MinCoverage))
            {
                best = best.Path != BodyPath.Unweighted && Unweighted().Chars >= BodyRules.DeclaredBodyShare * declaredChars
                    && declaredWords.FoundIn(Unweighted().Words) >= BodyRules.DeclaredCoverage
                    ? Unweighted()
                    : new Candidate([.. paragraphs.Select(p => new BodyBlock(BlockKind.Paragraph, p))], [], BodyPath.Declared);
            }
        }

        // (f) Nothing found, or little: a template may have put the whole article inside page chrome (an aside, a footer;
        // "<article><h1>...</h1><footer class="post-content"><p>..."). Beside a short result, the chrome's text wins when it is
        // much longer and its run of prose stands in an article element, or merely longer and its run stands with the
        // headline in the headline's own article or chrome element (a page wrapped in a "<nav class="offcanvas-wrapper">").
        if (best.Chars < BodyRules.RecallFallbackChars)
        {
            context.ThrowIfCancelled();
            var chrome = ContentFinder.Analyze(map, context, input.NotBody, removed: input.Removed, chromeFallback: true);
            var story = HeadlineContainer(map, headline);
            var withHeadline = story >= 0 && chrome.DominantRun > story && chrome.DominantRun < map.End[story];
            if (chrome.DominantRun >= 0 && (best.Chars < BodyRules.MinBodyChars || InArticleElement(map, chrome.DominantRun) || withHeadline)
                && WriteBest(map, chrome, context, metadata, BodyPath.PageChrome, headline) is { Chars: >= BodyRules.MinBodyChars } inChrome
                && (best.Chars < BodyRules.MinBodyChars || inChrome.Chars >= BodyRules.RecallFallbackGain * best.Chars || (withHeadline && inChrome.Chars > best.Chars)))
            {
                best = inChrome;
            }
        }

        // (g) Still nothing: the page's content may be a list of links under its headline (a documents or projects page):
        // the main or article element that holds the headline, written with its lists of links.
        // A page of teasers (a front page, an index) is still no article.
        if (best.Chars < BodyRules.MinBodyChars && headline >= 0 && HeadlineRegion(map, strict, headline) is var region and >= 0 && LinkedHeadings(map, strict, region) < 3)
        {
            var blocks = BlockBuilder.Build(map, strict, [region], region, context, out var preface, keepLinkLists: true);
            DropLeadingRepeats(blocks, preface, metadata, ElementText.RawText(map.Elements[headline]));
            if (new Candidate(blocks, [region], BodyPath.LinkLists) is { Chars: >= BodyRules.MinBodyChars } listed)
            {
                best = listed;
            }
        }

        // (h) Still nothing: a photo story, whose only text is its pictures' captions; or a gallery, whose captions say more
        // than its intro does (the captions are its text).
        if (best.Chars < BodyRules.MinBodyChars && WithCaptionsAsText(scored) is { Chars: >= BodyRules.MinBodyChars } captioned)
        {
            best = captioned;
        }
        else if (best.Path != BodyPath.Declared && CaptionChars(best) > best.Chars && WithCaptionsAsText(best) is { } gallery)
        {
            best = gallery;
        }

        if (best.Chars < BodyRules.MinBodyChars)
        {
            return ArticleBody.Empty;
        }

        if (best.Path != BodyPath.Declared)
        {
            Shortcodes.Strip(best.Blocks);
            ControlLines.Drop(best.Blocks);
            ControlLines.DropRepeatedLabels(best.Blocks);
            TrailingClutter.DropFollowLines(best.Blocks);
            ArticleEnd.Cut(best.Blocks);
            ArticleEnd.CutTeaserRun(best.Blocks);
            LeadingClutter.Trim(best.Blocks, metadata.Standfirst);
            TrailingClutter.Trim(best.Blocks, metadata.Copyright?.Text, metadata.Authors);
        }

        return new ArticleBody(best.Blocks, best.Path);
    }

    /// <summary>
    /// The body read from the containers an extension named (outermost ones, in document order; what is never text and
    /// what the page and the extension left out still go), with the headline's repeats dropped; null, with a warning,
    /// when they are not on the page or hold less than <see cref="BodyRules.MinBodyChars"/> characters.
    /// </summary>
    private static Candidate? FromExtension(PageMap map, ExtractionContext context, BodyInput input, int headline)
    {
        var order = context.Index.DocumentOrder;
        var roots = input.Roots.Select(e => order.TryGetValue(e, out var i) ? i : -1).Where(i => i >= 0).Distinct().Order().ToList();
        var finder = ContentFinder.Analyze(map, context, input.NotBody, removed: input.Removed, protectedRoots: roots);
        roots.RemoveAll(r => roots.Any(o => finder.IsAncestor(o, r)));
        if (roots.Count > 0)
        {
            var blocks = BlockBuilder.Build(map, finder, roots, roots[0], context, out var prefaceBlocks);
            DropLeadingRepeats(blocks, prefaceBlocks, input.Metadata, headline < 0 ? null : ElementText.RawText(map.Elements[headline]));
            var given = new Candidate(blocks, roots, BodyPath.Extension);
            if (given.Chars >= BodyRules.MinBodyChars)
            {
                return given;
            }
        }

        context.Warn(WarningKind.ExtensionFailed, "extension: the body containers hold no article text; the body is searched for as usual");
        return null;
    }

    /// <summary>How many headings in the element are mostly a link (a teaser's title).</summary>
    private static int LinkedHeadings(PageMap map, ContentFinder finder, int element)
    {
        var linked = 0;
        for (var i = element + 1; i < map.End[element]; i++)
        {
            if (map.Tags[i] is "h2" or "h3" or "h4" && finder.Chars[i] > 0 && finder.LinkChars[i] * 2 >= finder.Chars[i])
            {
                linked++;
            }
        }

        return linked;
    }

    /// <summary>The main or article element (or the element with role main) that holds the headline and is not left out; -1 when none does.</summary>
    private static int HeadlineRegion(PageMap map, ContentFinder finder, int headline)
    {
        for (var a = map.Parents[headline]; a >= 0; a = map.Parents[a])
        {
            if (map.Tags[a] is "main" or "article" || string.Equals(map.Elements[a].GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
            {
                return finder.Excluded[a] ? -1 : a;
            }
        }

        return -1;
    }

    /// <summary>The best-scoring containers' blocks; when they read as a link index, those of the best ones beside it that score close.</summary>
    private static Candidate WriteBest(PageMap map, ContentFinder finder, ExtractionContext context, Article metadata, BodyPath path, int headline)
    {
        var best = Write(map, finder, finder.ChooseRoots(out var top, headline: headline), top, context, metadata, path, headline);
        return best.Blocks.Count == 0 && top >= 0
            ? Write(map, finder, finder.ChooseRoots(out var second, avoid: top), second, context, metadata, path, headline)
            : best;
    }

    /// <summary>
    /// Writes the blocks of the given containers, drops leading repeats and puts the lead (<see cref="ContentFinder.FindLead"/>)
    /// in front; empty when there are no containers or they are a link index.
    /// </summary>
    private static Candidate Write(PageMap map, ContentFinder finder, List<int> roots, int top, ExtractionContext context, Article metadata, BodyPath path, int headline)
    {
        if (roots.Count > 1 && roots.Contains(top))
        {
            // A sibling that joined the chosen container but reads as a link index of its own (a rail of teaser articles
            // after the story, each with its summary) is not more of the article.
            roots = roots.Where(r => r == top || !finder.LooksLikeIndex([r])).ToList();
        }

        // Teasers that close the body's container go first (a gallery's "more galleries" tiles): what is left is judged.
        finder.LeaveOutClosingTeasers(roots);
        if (roots.Count == 0 || finder.LooksLikeIndex(roots))
        {
            return new Candidate([], [], path);
        }

        var blocks = BlockBuilder.Build(map, finder, roots, top, context, out var prefaceBlocks);
        DropLeadingRepeats(blocks, prefaceBlocks, metadata, headline < 0 ? null : ElementText.RawText(map.Elements[headline]));
        var lead = finder.FindLead(headline, roots[0]);
        if (lead.Count > 0)
        {
            var leadBlocks = BlockBuilder.Build(map, finder, lead, lead[^1], context, out _);
            if (leadBlocks.Count > 0 && (blocks.Count == 0 || leadBlocks[^1].Text != blocks[0].Text))
            {
                blocks.InsertRange(0, leadBlocks);
            }
        }

        return new Candidate(blocks, roots, path);
    }

    /// <summary>
    /// The candidate with each captioned figure's caption as its text, when it holds at least
    /// <see cref="MinCaptionedFigures"/> of them; null otherwise.
    /// </summary>
    private static Candidate? WithCaptionsAsText(Candidate candidate)
    {
        if (candidate.Blocks.Count(b => b.Kind == BlockKind.Figure && !string.IsNullOrEmpty(b.Caption)) < MinCaptionedFigures)
        {
            return null;
        }

        var blocks = candidate.Blocks.Select(b => b.Kind == BlockKind.Figure && b.Text.Length == 0 && b.Caption is { Length: > 0 } caption ? b with { Text = caption } : b).ToList();
        return new Candidate(blocks, candidate.Roots, BodyPath.Captions);
    }

    /// <summary>The characters of the captions of a candidate's figures that have no text of their own.</summary>
    private static int CaptionChars(Candidate candidate) =>
        candidate.Blocks.Where(b => b.Kind == BlockKind.Figure && b.Text.Length == 0).Sum(b => b.Caption?.Count(c => c != ' ') ?? 0);

    /// <summary>The fewest captioned figures that make a photo story.</summary>
    private const int MinCaptionedFigures = 2;

    /// <summary>One path's result: its blocks, the containers they came from and the path's name.</summary>
    private sealed class Candidate(List<BodyBlock> blocks, List<int> roots, BodyPath path)
    {
        private TextCoverage? words;

        public List<BodyBlock> Blocks { get; } = blocks;

        public BodyPath Path { get; } = path;

        /// <summary>The containers the blocks were written from.</summary>
        public List<int> Roots { get; } = roots;

        public int Chars { get; } = NonBlank(blocks);

        /// <summary>The word triples of the blocks' text.</summary>
        public TextCoverage Words => words ??= TextCoverage.Of(string.Join('\n', Blocks.Select(b => b.Text)));

        /// <summary>Whether the element lies inside one of the containers (and was not left out there).</summary>
        public bool Holds(ContentFinder finder, int element) =>
            Blocks.Count > 0 && Roots.Any(r => r == element || finder.IsAncestor(r, element)) && !finder.Excluded[element];
    }

    private static int NonBlank(List<BodyBlock> blocks)
    {
        var chars = 0;
        foreach (var block in blocks)
        {
            chars += TextCounts.NonBlank(block.Text);
        }

        return chars;
    }

    /// <summary>Declared text is used only when it is plain and whole: no markup (written out or escaped), not cut off with an ellipsis.</summary>
    private static bool IsComplete(string declared)
    {
        var end = declared.AsSpan().TrimEnd();
        return !declared.Contains("</", StringComparison.Ordinal) && !declared.Contains("<p", StringComparison.OrdinalIgnoreCase)
            && !declared.Contains("&lt;", StringComparison.OrdinalIgnoreCase)
            && !end.EndsWith("...", StringComparison.Ordinal) && !end.EndsWith("…", StringComparison.Ordinal) && !end.EndsWith("[…]", StringComparison.Ordinal);
    }

    /// <summary>
    /// Removes blocks at the start that repeat the headline (as chosen, or as its element's whole text with a kicker), and those before the best container that repeat
    /// the standfirst. (Inside the best container a paragraph equal to the page description is usually the
    /// first paragraph that the description was made from, so it stays.)
    /// </summary>
    private static void DropLeadingRepeats(List<BodyBlock> blocks, int prefaceBlocks, Article metadata, string? headlineElementText)
    {
        var headline = Key(metadata.Headline);
        var headlineWhole = Key(headlineElementText);
        var standfirst = Key(metadata.Standfirst);

        // The headline a few short lines in (a kicker or breadcrumb above it in the same container): those lines go with it.
        for (var k = 1; k < Math.Min(blocks.Count, MaxLinesAboveHeadline + 1); k++)
        {
            if (blocks[k - 1].Kind == BlockKind.Figure || blocks[k - 1].Text.Length > MaxLineAboveHeadlineChars)
            {
                break;
            }

            var key = Key(blocks[k].Text);
            if (key.Length > 0 && (key == headline || key == headlineWhole))
            {
                blocks.RemoveRange(0, k);
                prefaceBlocks = Math.Max(0, prefaceBlocks - k);
                break;
            }
        }

        while (blocks.Count > 0)
        {
            var first = blocks[0];
            if (first.Kind == BlockKind.Figure)
            {
                break;
            }

            var key = Key(first.Text);
            if (key.Length > 0 && (key == headline || key == headlineWhole || (prefaceBlocks > 0 && key == standfirst)
                || IsBreadcrumbTo(first.Text, key, headline) || IsBreadcrumbTo(first.Text, key, headlineWhole)))
            {
                blocks.RemoveAt(0);
                prefaceBlocks--;
                continue;
            }

            break;
        }
    }

    /// <summary>
    /// Whether a line is a breadcrumb that ends with the headline ("Startseite › Aktuelles › Stadtrat beschließt neuen
    /// Radweg"): short, with a trail separator, and the headline (<paramref name="headlineKey"/>, as <see cref="Key"/> gives
    /// it) its last part.
    /// </summary>
    private static bool IsBreadcrumbTo(string line, string key, string headlineKey) =>
        headlineKey.Length > 0 && key.Length > headlineKey.Length && key.EndsWith(headlineKey, StringComparison.Ordinal)
        && line.Length <= MaxLineAboveHeadlineChars + headlineKey.Length * 2
        && line.AsSpan().IndexOfAny(BreadcrumbSeparators) is var at && at > 0 && key.Length - headlineKey.Length <= MaxLineAboveHeadlineChars;

    /// <summary>The separators of a breadcrumb trail.</summary>
    private static readonly System.Buffers.SearchValues<char> BreadcrumbSeparators = System.Buffers.SearchValues.Create("›»>/|→");

    /// <summary>The most short lines above the headline that leave the body with it (a kicker, a section, a breadcrumb).</summary>
    private const int MaxLinesAboveHeadline = 3;

    /// <summary>The longest line above the headline that leaves the body with it.</summary>
    private const int MaxLineAboveHeadlineChars = 160;

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
                chars[n++] = TextCase.Lower(c);
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>Whether an element stands inside an article element (its own page chrome, a footer or an aside, is the article's).</summary>
    /// <summary>
    /// The nearest article element or page chrome (<see cref="BodyRules.ChromeTags"/>) that holds the headline (index
    /// <paramref name="headline"/>): the story's own element, or the chrome a template wrapped the story in; -1 when there is none.
    /// </summary>
    private static int HeadlineContainer(PageMap map, int headline)
    {
        for (var p = headline >= 0 ? map.Parents[headline] : -1; p >= 0; p = map.Parents[p])
        {
            if (map.Tags[p] == "article" || BodyRules.ChromeTags.Contains(map.Tags[p]))
            {
                return p;
            }
        }

        return -1;
    }

    private static bool InArticleElement(PageMap map, int element)
    {
        for (var p = map.Parents[element]; p >= 0; p = map.Parents[p])
        {
            if (map.Tags[p] == "article")
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What the body stage works from besides the page, each from the stage that found it.</summary>
/// <param name="Metadata">The article's metadata (its headline and standfirst are not repeated at the top of the body).</param>
/// <param name="Headline">The headline element: a lead paragraph between it and the text joins the body; null when unknown.</param>
/// <param name="DeclaredBody">The article text the page declares in JSON-LD, the safety net for a body the page hides or cuts; null when none.</param>
/// <param name="NotBody">The elements the earlier stages claimed as page furniture (byline line, copyright, related boxes, share bars).</param>
/// <param name="Roots">The containers an extension said hold the body (empty for none): the body is read from them when they hold text.</param>
/// <param name="Removed">The elements an extension said are never body, whatever their text (<see cref="ElementClaims.None"/> for none).</param>
internal sealed record BodyInput(Article Metadata, IElement? Headline, string? DeclaredBody, ElementClaims NotBody, IReadOnlyList<IElement> Roots, ElementClaims Removed)
{
    /// <summary>The input of a parse without extensions.</summary>
    public BodyInput(Article metadata, IElement? headline, string? declaredBody, ElementClaims notBody)
        : this(metadata, headline, declaredBody, notBody, [], ElementClaims.None)
    {
    }
}
