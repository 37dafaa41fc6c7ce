namespace NewsKit.Body;

/// <summary>
/// Moving the best container up: to the ancestor its close rivals share (Readability's rule: three rivals scoring near it),
/// to the section that holds it among sections built alike, or to a parent that scores higher.
/// </summary>
internal sealed partial class ContentFinder
{
    /// <summary>The ancestor that three rivals scoring near <paramref name="top"/> share, or the section built like its siblings that holds it; <paramref name="top"/> otherwise.</summary>
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

        // A rival in a section that a related-reading heading opens ("<section><h2>More from the BBC</h2><div>...") is
        // another story's teaser: it draws the article's container no higher.
        alternatives.RemoveAll(a => InRelatedSection(a, top));

        if (alternatives.Count == 2 && AlikeBranchesParent(top, alternatives[0]) is var shared2 and >= 0 && AlikeBranchesParent(top, alternatives[1]) == shared2
            && map.Tags[shared2] != "body")
        {
            // Three sections built alike, each a heading and its text in wrappers of their own (a CMS's content elements:
            // "<div class=frame><header><h2>..</h2></header><div class=bodytext><p>..</p></div></div>"): the element that
            // holds them holds the article, as three close rivals' shared ancestor does.
            return shared2;
        }

        if (alternatives.Count < 3)
        {
            return top;
        }

        var outermost = top;
        for (var ancestor = map.Parents[top]; ancestor >= 0 && map.Tags[ancestor] != "body"; ancestor = map.Parents[ancestor])
        {
            var shared = alternatives.Count(a => IsAncestor(ancestor, a));
            if (shared >= 3)
            {
                return ancestor;
            }

            outermost = ancestor;
        }

        // No wrapper holds them: the page's sections stand side by side in the body. When sections built alike hold the
        // rivals, the article starts at the one holding the best (its siblings of that kind join it later).
        if (outermost != top && map.Parents[outermost] is var parent and >= 0 && !Excluded[outermost])
        {
            var alike = 0;
            for (var s = parent + 1; s < map.End[parent]; s = map.End[s])
            {
                if (s != outermost && SameKind(s, outermost) && alternatives.Any(a => IsAncestor(s, a)))
                {
                    alike++;
                }
            }

            if (alike >= 2)
            {
                return outermost;
            }
        }

        return top;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> or one of its ancestors below the one it shares with <paramref name="top"/> opens
    /// with a heading that names related reading or ends an article (<see cref="ArticleEnd.IsRelatedOrEndHeading"/>).
    /// </summary>
    private bool InRelatedSection(int candidate, int top)
    {
        for (var e = candidate; e >= 0 && !IsAncestor(e, top); e = map.Parents[e])
        {
            if (map.Elements[e].FirstElementChild is { LocalName: "h2" or "h3" or "h4" } heading
                && ArticleEnd.IsRelatedOrEndHeading(Pipeline.ElementText.Text(heading, MaxRelatedHeadingRead)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters of a section's heading read to tell a related-reading heading (see <see cref="InRelatedSection"/>).</summary>
    private const int MaxRelatedHeadingRead = 80;

    /// <summary>
    /// The element whose children hold <paramref name="a"/> and <paramref name="b"/> at the same depth, through elements
    /// built alike level by level (<see cref="SameKind"/>); -1 when the branches differ.
    /// </summary>
    private int AlikeBranchesParent(int a, int b)
    {
        for (var depth = 0; depth < MaxAlikeBranchDepth && a >= 0 && b >= 0 && a != b; depth++)
        {
            if (!SameKind(a, b))
            {
                return -1;
            }

            (a, b) = (map.Parents[a], map.Parents[b]);
            if (a == b)
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>How many levels up two alike branches are followed to the element they share.</summary>
    private const int MaxAlikeBranchDepth = 4;

    /// <summary>The first candidate ancestor that scores higher than <paramref name="top"/> (while none scores under a third of it), then up through only children.</summary>
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
}
