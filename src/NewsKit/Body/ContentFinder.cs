using AngleSharp.Dom;
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
internal sealed class ContentFinder
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
    public static ContentFinder Analyze(PageMap map, ExtractionContext context, ElementClaims notBody, bool strict = true, ElementClaims? removed = null, IReadOnlyList<int>? protectedRoots = null)
    {
        var finder = new ContentFinder(map, context, notBody, strict);
        finder.exclusions = BodyExclusions.Mark(map, context, notBody, finder.classWords, strict, finder.Excluded, removed ?? ElementClaims.None, protectedRoots ?? []);
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

    /// <summary>The containers that hold the article, in document order; empty when nothing scored.</summary>
    /// <param name="chosen">The best container (one of the roots); -1 when none.</param>
    /// <param name="avoid">A container already chosen and refused (a link index): candidates inside it or around it are
    /// passed over, and so is one scoring under <see cref="BodyRules.RunnerUpShare"/> of it. -1 for none.</param>
    public List<int> ChooseRoots(out int chosen, int avoid = -1)
    {
        chosen = -1;
        var top = -1;
        for (var i = 0; i < map.Count; i++)
        {
            if (IsCandidate[i] && !Excluded[i] && (top < 0 || Score[i] > Score[top])
                && (avoid < 0 || (i != avoid && !IsAncestor(avoid, i) && !IsAncestor(i, avoid))))
            {
                top = i;
            }
        }

        if (top < 0 || (avoid >= 0 && Score[top] < BodyRules.RunnerUpShare * Score[avoid]))
        {
            return [];
        }

        var raw = top;
        top = PromoteToSharedAncestor(top);
        top = ClimbWhileParentScoresHigher(top);
        if (avoid >= 0 && (top == avoid || IsAncestor(top, avoid)))
        {
            top = raw;
        }

        chosen = top;
        var roots = WithSiblings(top);
        if (avoid >= 0)
        {
            roots.RemoveAll(r => r == avoid || IsAncestor(avoid, r) || IsAncestor(r, avoid));
        }

        return roots;
    }

    /// <summary>
    /// The dominant run with the siblings that continue it: those (not left out, mostly unlinked) whose subtree holds at
    /// least <see cref="BodyRules.RunSiblingShare"/> of the run's own prose (an article split by a figure or an ad slot).
    /// Measured by prose alone, as the run was found.
    /// </summary>
    public List<int> RunWithSiblings(int run)
    {
        var parent = map.Parents[run];
        if (parent < 0)
        {
            return [run];
        }

        var roots = new List<int>();
        for (var s = parent + 1; s < map.End[parent]; s = map.End[s])
        {
            if (s == run || (!Excluded[s] && LinkDensity(s) < BodyRules.ProseMaxLinkDensity && exclusions.SubtreeProse[s] >= BodyRules.RunSiblingShare * exclusions.RunProse[run]))
            {
                roots.Add(s);
            }
        }

        return roots;
    }

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
            var points = (1 + InlineCommas[i] + Math.Min(InlineChars[i] / BodyRules.CharsPerPoint, BodyRules.MaxLengthPoints)) * (1 - linkShare);
            Mass[i] += points;
            var target = exclusions.ScoresParent(i) ? map.Parents[i] : i;
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

    private int PromoteToSharedAncestor(int top)
    {
        var alternatives = new List<int>();
        for (var i = 0; i < map.Count; i++)
        {
            if (i != top && IsCandidate[i] && !Excluded[i] && Score[i] >= 0.75 * Score[top] && !IsAncestor(i, top) && !IsAncestor(top, i))
            {
                alternatives.Add(i);
            }
        }

        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var ancestor = map.Parents[top]; ancestor >= 0 && map.Tags[ancestor] != "body"; ancestor = map.Parents[ancestor])
        {
            var shared = alternatives.Count(a => IsAncestor(ancestor, a));
            if (shared >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private int ClimbWhileParentScoresHigher(int top)
    {
        var lastScore = Score[top];
        var threshold = lastScore / 3;
        for (var parent = map.Parents[top]; parent >= 0 && map.Tags[parent] != "body"; parent = map.Parents[parent])
        {
            if (!IsCandidate[parent])
            {
                continue;
            }

            if (Score[parent] < threshold)
            {
                break;
            }

            if (Score[parent] > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = Score[parent];
        }

        while (map.Parents[top] >= 0 && map.Tags[map.Parents[top]] != "body" && OnlyChild(top))
        {
            top = map.Parents[top];
        }

        return top;
    }

    private bool OnlyChild(int i)
    {
        var parent = map.Parents[i];
        return map.End[parent] == map.End[i] && parent + 1 == i;
    }

    /// <summary>The container with the siblings that belong with it (see the class summary), in document order.</summary>
    public List<int> WithSiblings(int top)
    {
        var parent = map.Parents[top];
        if (parent < 0)
        {
            return [top];
        }

        var roots = new List<int>();
        var threshold = Math.Max(BodyRules.SiblingMinScore, Mass[top] * BodyRules.SiblingScoreShare);
        var topClass = map.Elements[top].GetAttribute("class");
        for (var s = parent + 1; s < map.End[parent]; s = map.End[s])
        {
            if (s == top)
            {
                roots.Add(s);
                continue;
            }

            if (s > top && Excluded[s] && ShowsText(s))
            {
                // A block left out for what it is (tags, a share bar, related reading) ends the article.
                break;
            }

            if (Excluded[s])
            {
                continue;
            }

            var sameClass = !string.IsNullOrEmpty(topClass) && map.Elements[s].GetAttribute("class") == topClass;
            var mass = Mass[s] * (1 - LinkDensity(s));
            var points = IsCandidate[s] ? Points[s] * (1 - LinkDensity(s)) + (sameClass ? Points[top] * BodyRules.SiblingScoreShare : 0) : 0;
            if ((mass > 0 && mass >= threshold) || points >= Math.Max(BodyRules.SiblingMinScore, Points[top] * BodyRules.SiblingScoreShare))
            {
                roots.Add(s);
            }
            else if (map.Tags[s] == "p")
            {
                var chars = InlineChars[s];
                var density = LinkDensity(s);
                if ((chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density == 0 && LeadParagraphs.EndsSentence(map.Elements[s])))
                {
                    roots.Add(s);
                }
            }
        }

        AddContiguousSections(parent, top, roots);
        return roots;
    }

    /// <summary>
    /// An article split over sibling containers built alike (one per headed section, say) comes out whole: after the
    /// chosen container, each sibling of the same tag and class that holds paragraphs with little link text joins, with
    /// the headings and other small blocks between them, until a sibling that ends the article (<see cref="EndsArticle"/>).
    /// </summary>
    private void AddContiguousSections(int parent, int top, List<int> roots)
    {
        var children = new List<int>();
        for (var s = parent + 1; s < map.End[parent]; s = map.End[s])
        {
            children.Add(s);
        }

        var joined = new HashSet<int>(roots);
        var pending = new List<int>();
        for (var k = children.IndexOf(top) + 1; k < children.Count; k++)
        {
            var s = children[k];
            if (EndsArticle(s))
            {
                break;
            }

            if (Excluded[s])
            {
                continue;
            }

            if (Mass[s] > 0 && LinkDensity(s) < BodyRules.ProseMaxLinkDensity && SameKind(s, top))
            {
                joined.UnionWith(pending);
                joined.Add(s);
                pending.Clear();
            }
            else if (Chars[s] > 0)
            {
                pending.Add(s);
            }
        }

        if (joined.Count > roots.Count)
        {
            roots.Clear();
            roots.AddRange(joined.Order());
        }
    }

    /// <summary>
    /// Whether a sibling after the article's container ends the article: one left out for what it is (a share bar, tags,
    /// related reading, comments) that shows text, or a block of links (<see cref="BodyRules.SectionMarkerChars"/> or
    /// more, mostly linked).
    /// </summary>
    private bool EndsArticle(int s) =>
        Excluded[s] ? ShowsText(s) : Chars[s] >= BodyRules.SectionMarkerChars && LinkDensity(s) >= BodyRules.LinkListDensity;

    /// <summary>Whether two elements are built alike: the same tag and the same class attribute (an article's sections).</summary>
    private bool SameKind(int a, int b) =>
        map.Tags[a] == map.Tags[b] && string.Equals(map.Elements[a].GetAttribute("class"), map.Elements[b].GetAttribute("class"), StringComparison.Ordinal);

    /// <summary>Whether any text of the element's subtree would show (counted before exclusions).</summary>
    private bool ShowsText(int i)
    {
        for (var j = i; j < map.End[i]; j++)
        {
            if (map.OwnChars[j] > 0 && !exclusions.HardExcluded[j])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the chosen containers read as a list of links to other pages rather than an article: most of
    /// their text is link text, or at least <see cref="BodyRules.IndexMinLinkedHeadings"/> headings are links and
    /// they are most of the headings, with little unlinked text per teaser (a home page, a section front, a tag
    /// index; a buying guide whose product headings are links has paragraphs of its own).
    /// </summary>
    public bool LooksLikeIndex(IReadOnlyList<int> roots)
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

                if (BodyRules.HeadingTags.Contains(map.Tags[i]) && Chars[i] > 0)
                {
                    headings++;
                    if (LinkChars[i] >= BodyRules.LinkedHeadingShare * Chars[i])
                    {
                        linked++;
                    }
                }
            }
        }

        return (chars > 0 && links >= BodyRules.IndexLinkDensity * chars)
            || (linked >= BodyRules.IndexMinLinkedHeadings && linked * 2 >= headings && chars - links < BodyRules.IndexMaxProsePerTeaser * linked);
    }

    public bool IsAncestor(int ancestor, int i) => ancestor < i && i < map.End[ancestor];
}
