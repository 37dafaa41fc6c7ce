using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Decides which elements hold the article. The decision rule, in order:
/// <list type="number">
/// <item>Exclude boilerplate: never-text tags (script, nav, aside, footer...), hidden elements, ARIA landmarks
/// that are not content, elements earlier stages claimed (<see cref="ElementClaims"/>), and
/// elements whose class or id names a boilerplate block (<see cref="BodyRules.BoilerplateWords"/>). A weak
/// word (ad, meta, header...) does not exclude a block that holds a large share of the page's text, and no
/// word excludes the block that holds the page's h1 (template wrappers such as "has-sidebar").</item>
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

    private ContentFinder(PageMap map, ExtractionContext context, ElementClaims notBody, bool strict)
    {
        this.map = map;
        this.context = context;
        this.notBody = notBody;
        this.strict = strict;
        classWords = ClassWords.ForPage(context);
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
    public static ContentFinder Analyze(PageMap map, ExtractionContext context, ElementClaims notBody, bool strict = true)
    {
        var finder = new ContentFinder(map, context, notBody, strict);
        finder.MarkExcluded();
        context.ThrowIfCancelled();
        finder.SumText();
        finder.ScoreCandidates();
        return finder;
    }

    public double LinkDensity(int i) => Chars[i] == 0 ? 0 : (double)LinkChars[i] / Chars[i];

    /// <summary>The containers that hold the article, in document order; empty when nothing scored.</summary>
    /// <param name="chosen">The best container (one of the roots); -1 when none.</param>
    public List<int> ChooseRoots(out int chosen)
    {
        chosen = -1;
        var top = -1;
        for (var i = 0; i < map.Count; i++)
        {
            if (IsCandidate[i] && !Excluded[i] && (top < 0 || Score[i] > Score[top]))
            {
                top = i;
            }
        }

        if (top < 0)
        {
            return [];
        }

        top = PromoteToSharedAncestor(top);
        top = ClimbWhileParentScoresHigher(top);
        chosen = top;
        return WithSiblings(top);
    }

    /// <summary>
    /// The element whose own paragraphs hold the most prose when no class or id word and no role counts: the page's
    /// dominant run of prose, found from text alone. -1 when the page has no paragraph.
    /// </summary>
    public int DominantRun { get; private set; } = -1;

    /// <summary>What is left out whatever its names say: tags that never hold article text, hidden elements, earlier stages' claims.</summary>
    private bool[] HardExcluded { get; set; } = [];

    private int[] rawInlineChars = [];
    private int[] rawInlineLinkChars = [];

    /// <summary>
    /// The lead: the paragraphs of running text between the headline and the first container of the body that open the
    /// article (an intro or lead paragraph set apart from the text), as opposed to a dek, the subtitle that belongs with
    /// the headline (the standfirst, not body). A paragraph is a lead when its names say so (<see cref="BodyRules.LeadWords"/>);
    /// a dek when they say that (<see cref="BodyRules.DekWords"/>); unnamed, by place: beside the headline (in its parent,
    /// or in a header around it) it is a dek, further down a lead. Leads are paragraphs that end a sentence, outside
    /// figures, captions, lists (key points are not a lead) and tables, and blocks named as other boilerplate (a "teaser" wrapper does not count against a lead);
    /// what is never text stays out. Nothing is taken when the gap holds more than <see cref="BodyRules.MaxLeadParagraphs"/>
    /// such paragraphs (the headline and the body are then too far apart to be one article's top).
    /// </summary>
    /// <param name="headline">The headline element's index; -1 when unknown.</param>
    /// <param name="first">The first container of the body.</param>
    /// <returns>The lead paragraphs in document order; empty when there is none.</returns>
    public List<int> FindLead(int headline, int first)
    {
        var lead = new List<int>();
        if (headline < 0 || headline >= first || IsAncestor(headline, first))
        {
            return lead;
        }

        var found = 0;
        for (var i = map.End[headline]; i < first; i++)
        {
            if (HardExcluded[i] || map.Tags[i] is "figure" or "figcaption" or "picture" or "ul" or "ol" or "dl" or "table")
            {
                i = map.End[i] - 1;
                continue;
            }

            if (IsAncestor(i, first))
            {
                continue;
            }

            var tag = map.Tags[i];
            var chars = rawInlineChars[i];
            var heading = BodyRules.HeadingTags.Contains(tag);
            if (!(heading ? chars >= BodyRules.MinLeadHeadingChars : IsParagraph(i, chars) && chars >= BodyRules.MinLeadChars)
                || rawInlineLinkChars[i] > BodyRules.MaxLeadLinkShare * chars)
            {
                continue;
            }

            if (chars > BodyRules.MaxLeadChars)
            {
                // Text this long between the headline and the body is not an opening paragraph: the gap holds more than a lead.
                return [];
            }

            var candidate = i;
            i = map.End[i] - 1;
            if (++found > BodyRules.MaxLeadParagraphs)
            {
                return [];
            }

            if (IsLead(candidate, headline, first))
            {
                lead.Add(candidate);
            }
        }

        foreach (var i in lead)
        {
            for (var j = i; j < map.End[i]; j++)
            {
                Excluded[j] = HardExcluded[j];
            }
        }

        return lead;
    }

    /// <summary>Whether a paragraph between the headline and the body is a lead rather than a dek (see <see cref="FindLead"/>).</summary>
    private bool IsLead(int candidate, int headline, int first)
    {
        if (!EndsSentence(map.Elements[candidate]))
        {
            return false;
        }

        var leadNamed = false;
        var dekNamed = false;
        var besideHeadline = map.Parents[candidate] == map.Parents[headline];
        for (var e = candidate; e >= 0 && !IsAncestor(e, first); e = map.Parents[e])
        {
            var element = map.Elements[e];
            foreach (var name in classWords.Names(Attributes.Of(element, "class"), Attributes.Of(element, "id")))
            {
                if (BodyRules.LeadWords.Contains(name))
                {
                    leadNamed = true;
                }
                else if (BodyRules.DekWords.Contains(name))
                {
                    dekNamed = true;
                }
                else if (BodyRules.BoilerplateWords.Contains(name) && name != "header")
                {
                    return false;
                }
            }

            besideHeadline |= map.Tags[e] == "header" && IsAncestor(e, headline);
        }

        return leadNamed || (!dekNamed && !besideHeadline);
    }

    /// <summary>Whether an element has a child that is not inline (a leaf block with enough text is a paragraph).</summary>
    private bool[] hasBlockChild = [];

    private void MarkExcluded()
    {
        var n = map.Count;
        var rawChars = new int[n];
        var rawLinkChars = new int[n];
        var rawInline = new int[n];
        var rawInlineLinks = new int[n];
        var holdsH1 = new bool[n];
        var holdsPost = new bool[n];
        hasBlockChild = new bool[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var tag = map.Tags[i];
            if (IsHardDropped(tag))
            {
                continue;
            }

            rawChars[i] += map.OwnChars[i];
            rawInline[i] += map.OwnChars[i];
            if (tag == "a")
            {
                rawLinkChars[i] = rawChars[i];
                rawInlineLinks[i] = rawInline[i];
            }

            holdsH1[i] |= tag == "h1";
            holdsPost[i] |= tag == "blockquote" && IsEmbeddedPost(map.Elements[i]);
            var p = map.Parents[i];
            if (p >= 0)
            {
                rawChars[p] += rawChars[i];
                rawLinkChars[p] += rawLinkChars[i];
                holdsH1[p] |= holdsH1[i];
                holdsPost[p] |= holdsPost[i];
                if (HtmlTags.Inline.Contains(tag))
                {
                    rawInline[p] += rawInline[i];
                    rawInlineLinks[p] += rawInlineLinks[i];
                }
                else
                {
                    hasBlockChild[p] = true;
                }
            }
        }

        // What is never article text goes first: tags that never hold it, hidden elements and earlier stages' claims.
        var pageChars = Math.Max(rawChars[0], 1);
        var weight = new float[n];
        for (var i = 0; i < n; i++)
        {
            var p = map.Parents[i];
            var tag = map.Tags[i];
            if (p >= 0 && Excluded[p])
            {
                Excluded[i] = true;
                continue;
            }

            if (tag is "html" or "body")
            {
                weight[i] = 1;
                continue;
            }

            var element = map.Elements[i];
            var marks = Marks.Read(element);
            var large = rawChars[i] >= BodyRules.LargeBlockShare * pageChars;
            Excluded[i] = IsHardDropped(tag)
                || (notBody.Contains(element) && !IsProse(rawChars[i], rawLinkChars[i]))
                || (marks.Hidden && !large);
            weight[i] = (p >= 0 ? weight[p] : 1) * NameWeight(i, marks);
        }

        HardExcluded = (bool[])Excluded.Clone();
        rawInlineChars = rawInline;
        rawInlineLinkChars = rawInlineLinks;

        // The dominant run of prose, from text alone; class and id words and roles cannot remove it or its ancestors.
        var protectedChain = new bool[n];
        DominantRun = FindDominantRun(rawInline, rawInlineLinks, weight);
        for (var r = DominantRun; r >= 0; r = map.Parents[r])
        {
            protectedChain[r] = true;
        }

        // Then the evidence of names and roles, which a block's size or place can outweigh.
        var popup = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var p = map.Parents[i];
            if (Excluded[i] || (p >= 0 && Excluded[p]))
            {
                Excluded[i] = true;
                continue;
            }

            var tag = map.Tags[i];
            if (tag is "html" or "body" || protectedChain[i])
            {
                continue;
            }

            if (BodyRules.FallbackTags.Contains(tag))
            {
                Excluded[i] = true;
                continue;
            }

            var large = rawChars[i] >= BodyRules.LargeBlockShare * pageChars;
            var structural = tag is "article" or "main" || holdsH1[i];
            if (tag is "form" or "header")
            {
                Excluded[i] = !large && !holdsH1[i] || tag == "header" && !large;
                continue;
            }

            var marks = Marks.Read(map.Elements[i]);
            if (strict && IsBoilerplateRole(marks.Role))
            {
                Excluded[i] = !large;
                continue;
            }

            var verdict = classWords.Judge(marks.ClassName, marks.Id);
            if (verdict.Boilerplate && !marks.ArticleBody && !(holdsPost[i] && !verdict.Strong))
            {
                Excluded[i] = verdict.Strong ? !structural : strict && !large && !structural;
            }
            else if (verdict.Popup && tag != "a")
            {
                popup[i] = true;
                Excluded[i] = !large && (InsidePopup(popup, i) || !StartsWithTrigger(i));
            }
        }
    }

    /// <summary>
    /// The element whose paragraphs (<see cref="IsParagraph"/>), outside what is never article text, hold the most
    /// unlinked characters; -1 when there is none.
    /// </summary>
    private int FindDominantRun(int[] inline, int[] inlineLinks, float[] weight)
    {
        var prose = RunProse = new float[map.Count];
        var best = -1;
        for (var i = 0; i < map.Count; i++)
        {
            if (Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            if (!IsParagraph(i, inline[i]))
            {
                continue;
            }

            var target = ScoresParent(i) ? map.Parents[i] : i;
            if (target < 0)
            {
                continue;
            }

            prose[target] += (inline[i] - inlineLinks[i]) * weight[target];
            if (best < 0 || prose[target] > prose[best])
            {
                best = target;
            }
        }

        // Subtree sums, so that a sibling of the run can be measured by the prose it holds anywhere inside it.
        SubtreeProse = (float[])prose.Clone();
        for (var i = map.Count - 1; i > 0; i--)
        {
            if (map.Parents[i] >= 0)
            {
                SubtreeProse[map.Parents[i]] += SubtreeProse[i];
            }
        }

        return best;
    }

    /// <summary>Per element, the weighted unlinked characters of the paragraphs it holds directly (see <see cref="DominantRun"/>).</summary>
    private float[] RunProse { get; set; } = [];

    /// <summary>Per element, <see cref="RunProse"/> summed over its subtree.</summary>
    private float[] SubtreeProse { get; set; } = [];

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
            if (s == run || (!Excluded[s] && LinkDensity(s) < BodyRules.ProseMaxLinkDensity && SubtreeProse[s] >= BodyRules.RunSiblingShare * RunProse[run]))
            {
                roots.Add(s);
            }
        }

        return roots;
    }

    /// <summary>
    /// What an element's names and role say of the prose inside it, as a factor: a strong boilerplate word (comments,
    /// related reading, sidebars) makes its prose count for <see cref="BodyRules.StrongWordProseWeight"/>, a weak one or
    /// a boilerplate role for <see cref="BodyRules.WeakWordProseWeight"/>. Evidence, not removal: a run of prose that
    /// is long enough still wins under a misleading name.
    /// </summary>
    private float NameWeight(int i, in Marks marks)
    {
        if (BodyRules.FallbackTags.Contains(map.Tags[i]))
        {
            return BodyRules.WeakWordProseWeight;
        }

        var verdict = classWords.Judge(marks.ClassName, marks.Id);
        if (verdict.Boilerplate && !marks.ArticleBody)
        {
            return verdict.Strong ? BodyRules.StrongWordProseWeight : BodyRules.WeakWordProseWeight;
        }

        return IsBoilerplateRole(marks.Role) ? BodyRules.WeakWordProseWeight : 1;
    }

    /// <summary>
    /// Whether the element is a paragraph: a block (not inline, not a heading) with at least
    /// <see cref="BodyRules.MinParagraphChars"/> characters of inline text that is a paragraph tag, holds no block of
    /// its own (a leaf block, as a div of spans), or has that much text of its own.
    /// </summary>
    private bool IsParagraph(int i, int inlineChars)
    {
        var tag = map.Tags[i];
        if (HtmlTags.Inline.Contains(tag) || BodyRules.HeadingTags.Contains(tag) || inlineChars < BodyRules.MinParagraphChars)
        {
            return false;
        }

        return BodyRules.ParagraphTags.Contains(tag) || !hasBlockChild[i] || map.OwnChars[i] >= BodyRules.MinParagraphChars;
    }

    /// <summary>A paragraph tag or a leaf block scores its parent (as Readability turns such a div into a p); a block that mixes text with blocks scores itself.</summary>
    private bool ScoresParent(int i) => BodyRules.ParagraphTags.Contains(map.Tags[i]) || !hasBlockChild[i];

    /// <summary>
    /// A claim by an earlier stage is honoured unless the claimed block reads as the article itself: long and
    /// mostly unlinked text (related-link blocks are mostly links, copyright notices are short).
    /// </summary>
    private static bool IsProse(int chars, int linkChars) =>
        chars >= BodyRules.ProseMinChars && linkChars < BodyRules.ProseMaxLinkDensity * chars;

    /// <summary>Whether a blockquote embeds a social post (<see cref="BodyRules.EmbeddedPostClasses"/>).</summary>
    private static bool IsEmbeddedPost(IElement blockquote)
    {
        if (blockquote.GetAttribute("class") is not { Length: > 0 } classes)
        {
            return false;
        }

        foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (BodyRules.EmbeddedPostClasses.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHardDropped(string tag) => BodyRules.DroppedTags.Contains(tag) && tag is not "form" and not "header";

    private bool InsidePopup(bool[] popup, int i)
    {
        for (var (p, level) = (map.Parents[i], 0); p >= 0 && level < BodyRules.PopupNesting; p = map.Parents[p], level++)
        {
            if (popup[p])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a pop-up wrapper starts with its visible trigger: text of its own or a link as its first child.</summary>
    private bool StartsWithTrigger(int i) =>
        map.OwnChars[i] > 0 || (i + 1 < map.End[i] && map.Parents[i + 1] == i && map.Tags[i + 1] == "a");

    /// <summary>The attributes the exclusion pass reads, from one pass over the element's attributes.</summary>
    private readonly record struct Marks(bool Hidden, string? Role, string? ClassName, string? Id, bool ArticleBody)
    {
        public static Marks Read(IElement element)
        {
            var hidden = false;
            string? role = null, className = null, id = null, itemprop = null;
            var attributes = element.Attributes;
            for (var k = 0; k < attributes.Length; k++)
            {
                var attribute = attributes[k];
                if (attribute is null)
                {
                    continue;
                }

                hidden |= HiddenElements.Hides(attribute.Name, attribute.Value);
                switch (attribute.Name)
                {
                    case "role":
                        role ??= attribute.Value;
                        break;
                    case "class":
                        className ??= attribute.Value;
                        break;
                    case "id":
                        id ??= attribute.Value;
                        break;
                    case "itemprop":
                        itemprop ??= attribute.Value;
                        break;
                }
            }

            return new Marks(hidden, role, className, id, itemprop is "articleBody");
        }
    }

    private static bool IsBoilerplateRole(string? role) =>
        role is not null && BodyRules.BoilerplateRoles.Contains(role.Trim().ToLowerInvariant());

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

            if (!IsParagraph(i, InlineChars[i]))
            {
                continue;
            }

            var linkShare = (double)InlineLinkChars[i] / InlineChars[i];
            var points = (1 + InlineCommas[i] + Math.Min(InlineChars[i] / BodyRules.CharsPerPoint, BodyRules.MaxLengthPoints)) * (1 - linkShare);
            Mass[i] += points;
            var target = ScoresParent(i) ? map.Parents[i] : i;
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
                if ((chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density == 0 && EndsSentence(map.Elements[s])))
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
            if (map.OwnChars[j] > 0 && !HardExcluded[j])
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(IElement element)
    {
        var text = ElementText.RawText(element).AsSpan().TrimEnd().TrimEnd("\"'”’»«)".AsSpan()).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '。' or '!' or '?' or '؟' or '।' or '…';
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
