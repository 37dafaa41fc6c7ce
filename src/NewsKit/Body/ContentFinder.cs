using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Decides which elements hold the article. The decision rule, in order:
/// <list type="number">
/// <item>Exclude what is not article text (<see cref="BodyExclusions"/>: never-text tags, hidden elements, earlier
/// stages' claims, then boilerplate names and roles that a block's size or place can outweigh).</item>
/// <item>Score candidates as Readability does: every paragraph (p, pre, td, or a block with enough text of its
/// own) gives 1 + commas + one point per 100 characters (at most 3), scaled down by its own link density, to
/// its parent, half to its grandparent, then 1/(3·level) up to five levels. A candidate starts from its
/// tag's weight and ±25 per content or boilerplate word in its class and id (+50 for itemprop=articleBody);
/// its final score is multiplied by one minus its link density.</item>
/// <item>Take the best candidate; move up to a common ancestor when several near-best candidates share it, or
/// when the parent scores higher (the article is split over several containers).</item>
/// <item>Add siblings of the chosen container whose paragraphs (anywhere in their subtree, scaled by link
/// density; class words do not count here) earned at least a fifth of the chosen container's, or that
/// score as Readability's rule wants (a fifth of the top's points, with a bonus for the same class), or that are long low-link paragraphs (Readability's sibling
/// rule), in document order.</item>
/// </list>
/// </summary>
internal sealed partial class ContentFinder
{
    private readonly PageMap map;
    private readonly ExtractionContext context;
    private readonly ElementClaims notBody;
    private readonly ClassWords classWords;

    private readonly bool strict;

    /// <summary>What the exclusion pass decided; set by <see cref="Analyze"/> before the other passes.</summary>
    private BodyExclusions exclusions = null!;

    private ContentFinder(PageMap map, ExtractionContext context, ElementClaims notBody, bool strict)
    {
        this.map = map;
        this.context = context;
        this.notBody = notBody;
        this.strict = strict;
        classWords = ClassWords.ForThread();
        var n = map.Count;
        Excluded = new bool[n];
        Chars = new int[n];
        LinkChars = new int[n];
        InlineChars = new int[n];
        InlineLinkChars = new int[n];
        InlineCommas = new int[n];
        Score = new double[n];
        Points = new double[n];
        Mass = new double[n];
        IsCandidate = new bool[n];
    }

    /// <summary>Whether the element (with its subtree) is left out of the body.</summary>
    public bool[] Excluded { get; }

    /// <summary>Non-blank characters in the element's subtree, excluded parts left out.</summary>
    public int[] Chars { get; }

    /// <summary>Of <see cref="Chars"/>, those inside links.</summary>
    public int[] LinkChars { get; }

    /// <summary>Non-blank characters of the element's own text and inline descendants (its paragraph text).</summary>
    public int[] InlineChars { get; }

    /// <summary>Of <see cref="InlineChars"/>, those inside links.</summary>
    public int[] InlineLinkChars { get; }

    /// <summary>Commas in <see cref="InlineChars"/>' text.</summary>
    public int[] InlineCommas { get; }

    /// <summary>Candidate scores (after the link-density factor).</summary>
    public double[] Score { get; }

    /// <summary>What paragraphs gave each candidate, without its tag and class weights or link-density factor.</summary>
    public double[] Points { get; }

    /// <summary>The points of every paragraph in the element's subtree, undecayed: how much prose it holds.</summary>
    public double[] Mass { get; }

    /// <summary>Whether a paragraph scored this element.</summary>
    public bool[] IsCandidate { get; }

    /// <summary>Excludes boilerplate, sums text and scores candidates.</summary>
    /// <param name="map">The flattened page.</param>
    /// <param name="context">The parse's context.</param>
    /// <param name="strict">False for the recall fallback: weak class and id words (ad, meta, header...) and
    /// ARIA roles do not exclude anything; tags that never hold text, hidden elements, earlier stages' claims
    /// and strong words (comments, related, navigation...) still do.</param>
    /// <param name="notBody">The elements earlier stages claimed as page furniture.</param>
    /// <param name="removed">Elements an extension said are never body, whatever their text; null for none.</param>
    /// <param name="protectedRoots">Containers an extension said hold the body: no name or role excludes them or their ancestors; null for none.</param>
    /// <param name="chromeFallback">Whether page chrome may hold the article (the <see cref="BodyPath.PageChrome"/> path).</param>
    public static ContentFinder Analyze(PageMap map, ExtractionContext context, ElementClaims notBody, bool strict = true, ElementClaims? removed = null, IReadOnlyList<int>? protectedRoots = null, bool chromeFallback = false)
    {
        var finder = new ContentFinder(map, context, notBody, strict);
        finder.exclusions = BodyExclusions.Mark(map, context, notBody, finder.classWords, strict, finder.Excluded, removed ?? ElementClaims.None, protectedRoots ?? [], chromeFallback);
        context.ThrowIfCancelled();
        finder.SumText();
        finder.ScoreCandidates();
        return finder;
    }

    /// <summary>
    /// The element whose own paragraphs hold the most prose when no class or id word and no role counts: the page's
    /// dominant run of prose, found from text alone. -1 when the page has no paragraph.
    /// </summary>
    public int DominantRun => exclusions.DominantRun;

    /// <summary>The lead paragraphs between the headline and the body's first container (<see cref="LeadParagraphs"/>); they are no longer left out.</summary>
    /// <param name="headline">The headline element's index; -1 when unknown.</param>
    /// <param name="first">The first container of the body.</param>
    public List<int> FindLead(int headline, int first) => LeadParagraphs.Find(this, map, exclusions, classWords, headline, first);

    public double LinkDensity(int i) => Chars[i] == 0 ? 0 : (double)LinkChars[i] / Chars[i];

    private void SumText()
    {
        for (var i = map.Count - 1; i >= 0; i--)
        {
            if (Excluded[i])
            {
                continue;
            }

            var tag = map.Tags[i];
            Chars[i] += map.OwnChars[i];
            InlineChars[i] += map.OwnChars[i];
            InlineCommas[i] += map.OwnCommas[i];
            if (tag == "a")
            {
                LinkChars[i] = Chars[i];
                InlineLinkChars[i] = InlineChars[i];
            }

            var p = map.Parents[i];
            if (p < 0)
            {
                continue;
            }

            Chars[p] += Chars[i];
            LinkChars[p] += LinkChars[i];
            if (HtmlTags.Inline.Contains(tag))
            {
                InlineChars[p] += InlineChars[i];
                InlineLinkChars[p] += InlineLinkChars[i];
                InlineCommas[p] += InlineCommas[i];
            }
        }
    }

    /// <summary>
    /// The paragraphs a block of text writes as runs parted by two or more line breaks (<c>text&lt;br&gt;&lt;br&gt;text</c>, the
    /// paragraphs of a page written without <c>p</c> elements), counted in its inline content (through <c>font</c>, <c>b</c>
    /// and other inline wrappers; a block inside it parts runs too) as Readability turns such runs into paragraphs: each
    /// scores as a paragraph would. One for a block without such breaks and for preformatted text; at most
    /// <see cref="MaxBrokenRuns"/>, reading at most <see cref="MaxBrokenRunNodes"/> nodes.
    /// </summary>
    private int BrokenRuns(IElement block)
    {
        if (block.LocalName == "pre")
        {
            return 1;
        }

        var (runs, breaks, text) = (0, 0, false);
        var stack = runStack;
        stack.Clear();
        stack.Push(block.FirstChild);
        var seen = 0;
        while (stack.Count > 0 && seen++ < MaxBrokenRunNodes)
        {
            var node = stack.Pop();
            if (node is null)
            {
                continue;
            }

            stack.Push(node.NextSibling);
            if (node is IElement element)
            {
                if (element.LocalName == "br")
                {
                    breaks++;
                }
                else if (ElementText.IsRubyAnnotation(element) || element.LocalName is "script" or "style" or "template" or "noscript")
                {
                    // A reading printed over the text (ruby's rt) and code are no part of the runs.
                }
                else if (HtmlTags.Inline.Contains(element.LocalName))
                {
                    stack.Push(element.FirstChild);
                }
                else
                {
                    // A block inside the text (a rule, a div) parts it as a blank line does.
                    breaks += 2;
                }

                continue;
            }

            if (node is not IText { Data: var data } || string.IsNullOrWhiteSpace(data))
            {
                continue;
            }

            if (breaks >= 2 && text)
            {
                runs++;
                text = false;
            }

            breaks = 0;
            text = true;
        }

        stack.Clear();
        return Math.Clamp(runs + (text ? 1 : 0), 1, MaxBrokenRuns);
    }

    /// <summary>The walk of <see cref="BrokenRuns"/>: the next node to read at each level.</summary>
    private readonly Stack<INode?> runStack = new();

    /// <summary>The most paragraphs one block written with line breaks counts as (see <see cref="BrokenRuns"/>).</summary>
    private const int MaxBrokenRuns = 20;

    /// <summary>The most child nodes of one block read for its line breaks (see <see cref="BrokenRuns"/>).</summary>
    private const int MaxBrokenRunNodes = 400;

    private void ScoreCandidates()
    {
        var raw = new double[map.Count];
        for (var i = 0; i < map.Count; i++)
        {
            if (Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            if (!exclusions.IsParagraph(i, InlineChars[i]))
            {
                continue;
            }

            var linkShare = (double)InlineLinkChars[i] / InlineChars[i];
            var scoresParent = exclusions.ScoresParent(i);
            var runs = scoresParent && map.Tags[i] != "p" && !HtmlTags.Inline.Contains(map.Tags[i]) ? BrokenRuns(map.Elements[i]) : 1;
            var points = (runs + InlineCommas[i] + Math.Min(InlineChars[i] / BodyRules.CharsPerPoint, BodyRules.MaxLengthPoints * runs)) * (1 - linkShare);
            Mass[i] += points;
            // A block of several runs parted by line breaks holds paragraphs, as a container of p elements does: it scores itself.
            var target = scoresParent && runs == 1 ? map.Parents[i] : i;
            for (var level = 0; level < BodyRules.ScoreAncestors && target >= 0; level++)
            {
                if (!IsCandidate[target])
                {
                    IsCandidate[target] = true;
                    raw[target] = InitialScore(target);
                }

                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                raw[target] += points / divider;
                Points[target] += points / divider;
                target = map.Parents[target];
            }
        }

        for (var i = map.Count - 1; i >= 0; i--)
        {
            if (IsCandidate[i])
            {
                Score[i] = raw[i] * (1 - LinkDensity(i));
            }

            if (map.Parents[i] >= 0)
            {
                Mass[map.Parents[i]] += Mass[i];
            }
        }
    }

    private double InitialScore(int i)
    {
        var element = map.Elements[i];
        double score = BodyRules.TagWeight(map.Tags[i]);
        var verdict = classWords.Judge(element);
        score += BodyRules.ClassWeight * (Math.Sign(verdict.ContentWords) - Math.Sign(verdict.BoilerplateWords));
        if (element.GetAttribute("itemprop") is "articleBody")
        {
            score += BodyRules.ArticleBodyPropertyBonus;
        }

        return score;
    }

    /// <summary>
    /// Whether the chosen containers read as a list of links to other pages rather than an article: most of
    /// their text is link text, or at least <see cref="BodyRules.IndexMinLinkedHeadings"/> headings are links and
    /// they are most of the headings, with little unlinked text per teaser (a home page, a section front, a tag
    /// index; a buying guide whose product headings are links has paragraphs of its own).
    /// </summary>
    public bool LooksLikeIndex(IReadOnlyList<int> roots) => LooksLikeIndex(roots, byLinkDensity: true);

    /// <summary>Whether the element is a list of teasers: the linked-headline half of <see cref="LooksLikeIndex(IReadOnlyList{int})"/> (link density alone does not make one).</summary>
    public bool ListsTeasers(int i) => LooksLikeIndex([i], byLinkDensity: false);

    private bool LooksLikeIndex(IReadOnlyList<int> roots, bool byLinkDensity)
    {
        long chars = 0;
        long links = 0;
        var headings = 0;
        var linked = 0;
        foreach (var root in roots)
        {
            chars += Chars[root];
            links += LinkChars[root];
            for (var i = root; i < map.End[root]; i++)
            {
                if (Excluded[i])
                {
                    i = map.End[i] - 1;
                    continue;
                }

                if ((BodyRules.HeadingTags.Contains(map.Tags[i]) && Chars[i] > 0) || IsTitleLink(i))
                {
                    headings++;
                    if (LinkChars[i] >= BodyRules.LinkedHeadingShare * Chars[i] && !LinksWithinPage(i))
                    {
                        linked++;
                    }
                }
            }
        }

        return (byLinkDensity && chars > 0 && links >= BodyRules.IndexLinkDensity * chars)
            || (linked >= BodyRules.IndexMinLinkedHeadings && linked * 2 >= headings && chars - links < BodyRules.IndexMaxProsePerTeaser * linked);
    }

    public bool IsAncestor(int ancestor, int i) => ancestor < i && i < map.End[ancestor];

    /// <summary>
    /// Whether a link stands as a tile's title line: a block's child of its own (not a phrase in a paragraph or a heading's
    /// text), followed by the paragraph that sums up the page it links to.
    /// </summary>
    private bool IsTitleLink(int i)
    {
        if (map.Tags[i] != "a" || Chars[i] < BodyRules.TitleLinkMinChars || map.Parents[i] is var parent && parent < 0
            || map.Tags[parent] is not ("div" or "article" or "section" or "li" or "td"))
        {
            return false;
        }

        // The next sibling in document order starts where the link's subtree ends (its text counted once, in Chars).
        var next = map.End[i];
        return next < map.End[parent] && map.Parents[next] == parent && map.Tags[next] is "p" or "div" && Chars[next] > Chars[i];
    }
}
