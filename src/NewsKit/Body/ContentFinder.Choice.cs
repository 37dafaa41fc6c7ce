using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Choosing the containers that hold the article, once candidates are scored: the best one, moved up to a shared
/// ancestor or a higher-scoring parent, with the siblings that continue it (see the class summary).
/// </summary>
internal sealed partial class ContentFinder
{
    /// <summary>The containers that hold the article, in document order; empty when nothing scored.</summary>
    /// <param name="chosen">The best container (one of the roots); -1 when none.</param>
    /// <param name="avoid">A container already chosen and refused (a link index): candidates inside it or around it are
    /// passed over, and so is one scoring under <see cref="BodyRules.RunnerUpShare"/> of it. -1 for none.</param>
    /// <param name="headline">The headline element's index, -1 when unknown: a candidate inside the <c>article</c> or
    /// <c>main</c> element that holds the headline is preferred to a better-scoring one outside it when it scores at least
    /// <see cref="BodyRules.HeadlineArticleShare"/> of it (a long comment or a neighbouring story outside the article).</param>
    public List<int> ChooseRoots(out int chosen, int avoid = -1, int headline = -1)
    {
        chosen = -1;
        var headlineArticle = -1;
        var top = BestCandidate(0, map.Count, avoid < 0 ? null : i => i != avoid && !IsAncestor(avoid, i) && !IsAncestor(i, avoid));

        // One item of a list of prose items (comments, teasers) is one of many: a rival outside the list that scores
        // near it is the article.
        if (top >= 0 && avoid < 0 && ItemList(top) is var list and >= 0
            && BestCandidate(0, map.Count, i => i != list && !IsAncestor(list, i) && !IsAncestor(i, list)) is var rival and >= 0
            && Score[rival] >= BodyRules.ListItemRivalShare * Score[top])
        {
            top = rival;
        }

        // A candidate inside the article or main element that holds the headline (else the page's one main element) wins
        // over a better one outside it (a long comment thread, a neighbouring story) when it scores near it.
        var held = top >= 0 && avoid < 0 ? HeadlineArticle(headline) : -1;
        if (top >= 0 && avoid < 0 && (held >= 0 ? held : OnlyMain()) is var article and >= 0 && !IsAncestor(article, top) && top != article && !IsAncestor(top, article)
            && BestCandidate(article, map.End[article]) is var inside and >= 0 && (Score[inside] >= BodyRules.HeadlineArticleShare * Score[top] || HeadsTeasers(top)))
        {
            top = inside;
            headlineArticle = article;
        }

        // A container around the article element that holds the headline, named as the page's content ("main-content"),
        // scoring above it: when the article holds most of its prose, what the container adds beside the article (sections
        // of other stories, a rail) is not more of it: the article element is the article.
        if (top >= 0 && avoid < 0 && headlineArticle < 0 && held >= 0 && map.Tags[held] == "article" && IsAncestor(top, held)
            && exclusions.SubtreeProse[held] >= BodyRules.HeadlineArticleProseShare * exclusions.SubtreeProse[top])
        {
            (top, headlineArticle) = (held, held);
        }

        // Another story's article (one with its own h1, as an endless-scroll page appends them below the first) is never
        // the page's article while the headline's own article holds a candidate.
        if (headlineArticle < 0 && held >= 0 && map.Tags[held] == "article" && OtherStory(top, headline) && BestCandidate(held, map.End[held]) is var inOwn and >= 0)
        {
            top = inOwn;
            headlineArticle = held;
        }

        if (headlineArticle < 0 && InStream(top, held) is var inStream and >= 0)
        {
            (top, headlineArticle) = (inStream, held);
        }

        // Stories side by side in blocks of one kind, each opening with a heading like the headline's (an endless-scroll
        // page without article elements, a print edition's sections, a press portal's releases): the headline's block is
        // the article, as its article element would be.
        if (top >= 0 && avoid < 0 && headlineArticle < 0 && HeadlineStoryBlock(headline) is var block and >= 0)
        {
            if (block == top || IsAncestor(block, top))
            {
                headlineArticle = block;
            }
            else if (BestCandidate(block, map.End[block]) is var inBlock and >= 0)
            {
                (top, headlineArticle) = (inBlock, block);
            }
        }

        // A container that opens with another story's title (a heading before its first paragraph that the headline does
        // not agree with), and does not hold the text that follows the headline, is that story: the best container of
        // that text wins when it scores near it (a short article beside a longer teaser or story of the same site).
        var otherStory = -1;
        if (top >= 0 && avoid < 0 && headlineArticle < 0 && headline >= 0 && !IsAncestor(top, headline)
            && FirstRunningTextAfter(headline) is var opening and >= 0 && top != opening && !IsAncestor(top, opening)
            && OpensWithOtherTitle(top, headline)
            && BestHolder(opening, top) is var own and >= 0 && Score[own] >= BodyRules.OwnTextShare * Score[top])
        {
            otherStory = top;
            top = own;
        }

        if (top < 0 || (avoid >= 0 && Score[top] < BodyRules.RunnerUpShare * Score[avoid]))
        {
            return [];
        }

        var raw = top;
        top = PromoteToSharedAncestor(top);
        top = ClimbWhileParentScoresHigher(top);
        if (otherStory >= 0 && IsAncestor(top, otherStory))
        {
            // Moving up would take the other story back in.
            top = raw;
        }
        if (headlineArticle >= 0 && IsAncestor(top, headlineArticle))
        {
            // Chosen for standing in the headline's article: moving up past that article would take in what it was chosen over.
            top = raw;
        }

        if (avoid >= 0 && (top == avoid || IsAncestor(top, avoid)))
        {
            top = raw;
        }

        top = DominantCell(top);
        chosen = top;

        // The headline's article element is whole: what stands beside it is not more of it.
        var roots = headlineArticle >= 0 && top == headlineArticle ? [top] : WithSiblings(top, headline);
        if (avoid >= 0)
        {
            roots.RemoveAll(r => r == avoid || IsAncestor(avoid, r) || IsAncestor(r, avoid));
        }

        if (otherStory >= 0)
        {
            roots.RemoveAll(r => r == otherStory || IsAncestor(otherStory, r) || IsAncestor(r, otherStory));
        }

        return roots;
    }

    /// <summary>The best-scoring candidate from <paramref name="from"/> up to <paramref name="end"/> (not included) that <paramref name="allowed"/> takes (any when null); the first of equals; -1 when none.</summary>
    private int BestCandidate(int from, int end, Func<int, bool>? allowed = null)
    {
        var best = -1;
        for (var i = from; i < end; i++)
        {
            if (IsCandidate[i] && !Excluded[i] && (best < 0 || Score[i] > Score[best]) && (allowed is null || allowed(i)))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// The list (<c>ol</c>, <c>ul</c>) whose item holds <paramref name="i"/> (a few levels up at most), when at least
    /// <see cref="BodyRules.MinProseListItems"/> of its items hold scored prose: a list of comments or teasers; -1 otherwise.
    /// </summary>
    private int ItemList(int i)
    {
        var item = i;
        for (var level = 0; item >= 0 && map.Tags[item] != "li" && level < BodyRules.MaxListItemClimb; level++)
        {
            item = map.Parents[item];
        }

        if (item < 0 || map.Tags[item] != "li" || map.Parents[item] is not (>= 0 and var list) || map.Tags[list] is not ("ol" or "ul"))
        {
            return -1;
        }

        var items = 0;
        for (var child = list + 1; child < map.End[list]; child = map.End[child])
        {
            for (var j = child; j < map.End[child]; j++)
            {
                if (IsCandidate[j] && !Excluded[j])
                {
                    items++;
                    break;
                }
            }
        }

        return items >= BodyRules.MinProseListItems ? list : -1;
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

    /// <summary>The container with the siblings that belong with it (see the class summary), in document order; <paramref name="headline"/> is the headline's index (-1 when unknown).</summary>
    private List<int> WithSiblings(int top, int headline)
    {
        var roots = SiblingsOf(top, headline);
        if (roots.Count == 1 && LiftThroughWrappers(top, headline, out var headed) is var lifted && lifted != top)
        {
            // Nothing beside the container: its outermost wrapper's siblings may continue it (page builders, CMS fields),
            // the container with its section's heading when the wrapper holds one.
            var around = SiblingsOf(lifted, headline);
            if (map.Tags[lifted] == "tr" && Attributes.Of(map.Elements[top], "class") is { } cellClass)
            {
                // A story in rows of a layout table: its rows only, those whose one cell has the story's class.
                around.RemoveAll(r => r != lifted && !IsRowOfCell(map.Elements[r], cellClass));
            }

            if (around.Count > 1)
            {
                if (!headed)
                {
                    around[around.IndexOf(lifted)] = top;
                }

                return around;
            }
        }

        return roots;
    }

    /// <summary>
    /// An article split over sibling containers built alike (one per headed section, say) comes out whole: after the
    /// chosen container, each sibling of the same tag and class that holds paragraphs with little link text joins (not a
    /// table cell: the cells of a row are a layout's columns), with
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
        var at = children.IndexOf(top);
        for (var k = at - 1; k >= 0; k--)
        {
            // Before it, sections of the same kind that hold lists or tables (a job ad's "Your tasks" and "Your profile"
            // before its "We offer"), up to the first that is not one.
            var s = children[k];
            if (Excluded[s] || !SameKind(s, top) || !HoldsListOrTable(s) || LinkDensity(s) >= BodyRules.StructuredMaxLinkDensity)
            {
                break;
            }

            joined.Add(s);
        }

        for (var k = at + 1; k < children.Count; k++)
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

            if (((Mass[s] > 0 && LinkDensity(s) < BodyRules.ProseMaxLinkDensity) || (HoldsListOrTable(s) && LinkDensity(s) < BodyRules.StructuredMaxLinkDensity)) && SameKind(s, top))
            {
                joined.UnionWith(pending);
                // A paragraph of the section taken on its own before is now part of the whole section.
                joined.RemoveWhere(r => IsAncestor(s, r));
                joined.Add(s);
                pending.Clear();
            }
            else if (Chars[s] > 0)
            {
                pending.Add(s);
            }
        }

        if (!joined.SetEquals(roots))
        {
            roots.Clear();
            roots.AddRange(joined.Order());
        }
    }

    /// <summary>Whether the element holds a list, a definition list or a table with text (<see cref="BodyRules.MinStructuredChars"/> characters or more).</summary>
    private bool HoldsListOrTable(int i)
    {
        if (Chars[i] < BodyRules.MinStructuredChars)
        {
            return false;
        }

        for (var j = i + 1; j < map.End[i]; j++)
        {
            if (map.Tags[j] is "ul" or "ol" or "dl" or "table")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sibling after the article's container ends the article: one left out for what it is (a share bar, tags,
    /// related reading, comments) that shows text, or a block of links (<see cref="BodyRules.SectionMarkerChars"/> or
    /// more, mostly linked).
    /// </summary>
    private bool EndsArticle(int s) =>
        Excluded[s] ? ShowsText(s) && !IsSlotLabel(s) : (Chars[s] >= BodyRules.SectionMarkerChars && LinkDensity(s) >= BodyRules.LinkListDensity) || OpensWithEndHeading(s);

    /// <summary>Whether two elements are built alike: the same tag and the same class attribute (an article's sections, a thread's posts in rows that alternate their look).</summary>
    private bool SameKind(int a, int b) =>
        map.Tags[a] == map.Tags[b] && map.Tags[a] is not ("td" or "th") && RowsAlike(map.Elements[a].GetAttribute("class"), map.Elements[b].GetAttribute("class"));

    /// <summary>
    /// Whether two class attributes name the same kind of element: equal, or equal once the numbers page builders give
    /// each element are left out of their tokens ("elementor-element elementor-element-3f2a1b" and "elementor-element
    /// elementor-element-9c8d7e", "vc_row vc_custom_1589201"): a token's last part after a hyphen or an underscore, when
    /// it holds a digit.
    /// </summary>
    internal static bool ClassesAlike(string? a, string? b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        // Without a digit in either, no token numbers an element: unequal strings are unlike (no sets built).
        return a is not null && b is not null && (a.AsSpan().ContainsAnyInRange('0', '9') || b.AsSpan().ContainsAnyInRange('0', '9'))
            && KindTokens(a, rows: false).SetEquals(KindTokens(b, rows: false));
    }

    /// <summary>
    /// Whether two class attributes name rows of one list that alternate their look (<see cref="ClassesAlike"/>, or equal once
    /// the digits that end a word and odd/even are left out: a forum's "post bg1" and "post bg2", "row1"/"row2",
    /// "windowbg"/"windowbg2").
    /// </summary>
    internal static bool RowsAlike(string? a, string? b) =>
        ClassesAlike(a, b) || (a is not null && b is not null && (Numbered(a) || Numbered(b)) && KindTokens(a, rows: true).SetEquals(KindTokens(b, rows: true)));

    private static bool Numbered(string classes) =>
        classes.AsSpan().ContainsAnyInRange('0', '9') || classes.Contains("odd", StringComparison.Ordinal) || classes.Contains("even", StringComparison.Ordinal);

    /// <summary>
    /// The class tokens without what numbers an element: a last part after a hyphen or an underscore that holds a digit;
    /// with <paramref name="rows"/>, also the digits that end a word and odd/even.
    /// </summary>
    private static HashSet<string> KindTokens(string classes, bool rows)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in classes.Split(HtmlTags.WhiteSpace, StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = token.AsSpan().LastIndexOfAny(['-', '_']);
            var kind = cut > 0 && token.AsSpan(cut + 1).ContainsAnyInRange('0', '9') ? token[..(cut + 1)] : rows ? token.TrimEnd(Digits) : token;
            tokens.Add(rows && kind is "even" ? "odd" : kind.Length == 0 ? token : kind);
        }

        return tokens;
    }

    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

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
}
