using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Choosing by the headline: the <c>article</c> or <c>main</c> element that holds it, another story's article beside it
/// (endless scroll), and a container that opens with another story's title away from the text that follows it.
/// </summary>
internal sealed partial class ContentFinder
{
    /// <summary>
    /// Whether the element stands in an <c>article</c> element that has an h1 of its own and does not hold the headline:
    /// another story's article; when the headline stands in an article too, one that opens with an h2 or h3 and is not
    /// inside the headline's article is another story as well.
    /// </summary>
    public bool OtherStory(int element, int headline)
    {
        if (headline < 0)
        {
            return false;
        }

        for (var i = element; i >= 0; i = map.Parents[i])
        {
            if (map.Tags[i] == "article" && !IsAncestor(i, headline))
            {
                // When the headline stands in an article of its own, an article that opens with a heading is another story
                // too (a stream of stories, each headed by an h2).
                var opensHeaded = NearestAncestor(headline, "article") >= 0 && !InArticleHolding(i, headline);
                for (var j = i + 1; j < map.End[i]; j++)
                {
                    if (map.Tags[j] == "h1" || (opensHeaded && j <= i + MaxHeadingOffset && map.Tags[j] is "h2" or "h3"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the element stands inside an <c>article</c> that holds the headline (an item of a listicle's own article).</summary>
    private bool InArticleHolding(int element, int headline)
    {
        for (var i = NearestAncestor(element, "article"); i >= 0; i = NearestAncestor(i, "article"))
        {
            if (IsAncestor(i, headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A container around the headline's article and other stories' articles (each with its own heading: an endless-scroll
    /// stream) or a list of teasers is not the article: the headline's own article is. The container to take in the headline's article
    /// (<paramref name="top"/> itself when it is in it), or -1 when the headline's article stands in no such stream.
    /// </summary>
    private int InStream(int top, int held)
    {
        if (top < 0 || held < 0 || map.Tags[held] != "article" || map.Parents[held] is not (>= 0 and var stream)
            || !(HoldsOtherHeadedArticle(IsAncestor(top, held) ? top : stream, held) || (IsAncestor(top, held) && HoldsTeasersBeside(top, held)))
            || BestCandidate(held, map.End[held]) is not (>= 0 and var inHeld))
        {
            return -1;
        }

        return top == held || IsAncestor(held, top) ? top : inHeld;
    }

    /// <summary>The nearest ancestor of <paramref name="element"/> with the tag, below <paramref name="container"/> (-1: anywhere); -1 when none.</summary>
    private int NearestAncestor(int element, string tag, int container = -1)
    {
        for (var i = map.Parents[element]; i > container; i = map.Parents[i])
        {
            if (map.Tags[i] == tag)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The page's one <c>main</c> element (the landmark of its main content), when it has exactly one and it is not left out; -1 otherwise.</summary>
    private int OnlyMain()
    {
        var found = -1;
        for (var i = 0; i < map.Count; i++)
        {
            if (map.Tags[i] == "main")
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found >= 0 && !Excluded[found] ? found : -1;
    }

    /// <summary>The nearest <c>article</c> or <c>main</c> element around the headline; -1 when there is none or the headline is unknown.</summary>
    private int HeadlineArticle(int headline)
    {
        for (var i = headline < 0 ? -1 : map.Parents[headline]; i >= 0; i = map.Parents[i])
        {
            if (map.Tags[i] is "article" or "main")
            {
                return Excluded[i] ? -1 : i;
            }
        }

        return -1;
    }

    /// <summary>The first paragraph of running text (<see cref="BodyRules.MinLeadChars"/> or more) after the headline, within <see cref="BodyRules.MaxOpeningDistance"/> elements; -1 when none.</summary>
    private int FirstRunningTextAfter(int headline)
    {
        var last = Math.Min(map.Count, map.End[headline] + BodyRules.MaxOpeningDistance);
        for (var i = map.End[headline]; i < last; i++)
        {
            if (Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            if (map.Tags[i] == "p" && InlineChars[i] >= BodyRules.MinLeadChars)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a container opens with a title that is not the headline's: its first heading (h1 to h3) comes before its first
    /// paragraph, is an h1 or mostly a link, and the headline does not agree with it (<see cref="TextTools.Agreement"/> below 2).
    /// </summary>
    private bool OpensWithOtherTitle(int container, int headline)
    {
        for (var i = container + 1; i < map.End[container]; i++)
        {
            if (Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            switch (map.Tags[i])
            {
                case "p" when InlineChars[i] > 0:
                    return false;
                case "h1" or "h2" or "h3":
                    // An h1 is a story's own title; a lower heading only when it links to the story (a teaser's), since an
                    // article's text may open with a subheading of its own.
                    return (map.Tags[i] == "h1" || InlineLinkChars[i] * 2 > InlineChars[i])
                        && TextTools.Agreement(ElementText.RawText(map.Elements[i]), ElementText.RawText(map.Elements[headline])) < 2;
            }
        }

        return false;
    }

    /// <summary>The best-scoring candidate that holds <paramref name="element"/> (or is it) and not <paramref name="other"/>; -1 when none.</summary>
    private int BestHolder(int element, int other)
    {
        var best = -1;
        for (var i = element; i >= 0 && !IsAncestor(i, other); i = map.Parents[i])
        {
            if (IsCandidate[i] && !Excluded[i] && (best < 0 || Score[i] > Score[best]))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>How many levels above the headline its story's block may stand.</summary>
    private const int MaxStoryBlockDepth = 8;

    /// <summary>
    /// The block of the headline's story when the page sets several stories side by side in blocks of one kind: the highest
    /// ancestor of the headline that holds no other heading like it (same tag and class), when a sibling block of the same
    /// tag and class holds such a heading and a paragraph of running text of its own. -1 when the headline stands alone.
    /// </summary>
    private int HeadlineStoryBlock(int headline)
    {
        if (headline < 0)
        {
            return -1;
        }

        var tag = map.Tags[headline];
        var kind = map.Elements[headline].GetAttribute("class") ?? string.Empty;
        var others = new List<int>();
        for (var i = 0; i < map.Count; i++)
        {
            if (i != headline && map.Tags[i] == tag && !Excluded[i] && (map.Elements[i].GetAttribute("class") ?? string.Empty) == kind
                && ElementText.TextLength(map.Elements[i], 1) > 0)
            {
                others.Add(i);
            }
        }

        if (others.Count == 0)
        {
            return -1;
        }

        var block = headline;
        for (var depth = 0; depth < MaxStoryBlockDepth && map.Parents[block] is var parent and >= 0; depth++)
        {
            if (others.Exists(o => IsAncestor(parent, o)))
            {
                return OpensWith(block, headline) && IsStoryBlockAmongKind(block, parent, tag, others) ? block : -1;
            }

            block = parent;
        }

        return -1;
    }

    private string[] ClassTokens(int element) => (map.Elements[element].GetAttribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether two blocks are of one kind by their classes: both without one, or sharing one.</summary>
    private static bool SharesClass(string[] a, string[] b) => a.Length == 0 ? b.Length == 0 : a.Any(b.Contains);

    /// <summary>Whether a sibling of <paramref name="block"/> (a child of <paramref name="parent"/>), or a block inside it, of the same tag and kind holds one of <paramref name="others"/> and running text.</summary>
    private bool IsStoryBlockAmongKind(int block, int parent, string tag, List<int> others)
    {
        if (map.Tags[block] == tag)
        {
            // The headline itself beside other headings (a list of titles): no blocks of stories.
            return false;
        }

        var blockClasses = ClassTokens(block);
        for (var child = parent + 1; child < map.End[parent]; child = map.End[child])
        {
            if (child == block)
            {
                continue;
            }

            // The other story's block is the sibling itself, or one inside it (an endless-scroll wrapper beside the story
            // that holds the next story's container).
            for (var c = child; c < map.End[child]; c++)
            {
                if (map.Tags[c] == map.Tags[block] && SharesClass(blockClasses, ClassTokens(c)) && others.Exists(o => IsAncestor(c, o) && OpensWith(c, o)))
                {
                    for (var j = c + 1; j < map.End[c]; j++)
                    {
                        if (map.Tags[j] == "p" && InlineChars[j] >= BodyRules.MinLeadChars)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The most characters of text a story's block may show before its heading (a kicker, a date).</summary>
    private const int MaxTextBeforeStoryHeading = 80;

    /// <summary>Whether a block opens with <paramref name="heading"/>: at most <see cref="MaxTextBeforeStoryHeading"/> characters of text before it (a heading further down is a section's).</summary>
    private bool OpensWith(int block, int heading)
    {
        var before = 0;
        for (var j = block + 1; j < heading; j++)
        {
            if (!IsAncestor(j, heading) && map.End[j] <= heading)
            {
                before += ElementText.TextLength(map.Elements[j], MaxTextBeforeStoryHeading + 1);
                if (before > MaxTextBeforeStoryHeading)
                {
                    return false;
                }

                j = map.End[j] - 1;
            }
        }

        return true;
    }
}
