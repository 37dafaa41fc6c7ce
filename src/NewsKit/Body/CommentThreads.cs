namespace NewsKit.Body;

/// <summary>
/// Reader comments found by their shape, whatever their names (<c>div.msgs &gt; div.msg</c>, hashed classes): sibling
/// items that each hold their own reply control, a link or button whose whole text is "Reply" or a forum's "Quote"
/// ("Antworten", "Répondre", ...; <see cref="ReplyWords"/>). A parent whose text is mostly such items is the thread; items beside the article's own
/// text in one container are marked one by one. Only on a page with a paragraph of running text outside every item: a
/// forum thread or a question and its answers, whose posts are the page's text, keeps them. Weighed like a consent
/// banner.
/// </summary>
internal static class CommentThreads
{
    /// <summary>The fewest sibling items with a reply control that make a thread.</summary>
    public const int MinItems = 2;

    /// <summary>The longest text (in characters) a reply control may hold: its word and a count or an arrow around it.</summary>
    private const int MaxControlChars = 16;

    /// <summary>The text (in characters) a thread's container may hold outside its items: a heading, a form's labels, a "Load more" button.</summary>
    private const int MaxOtherChars = 300;

    /// <summary>The words of a reply control, lower case.</summary>
    public static readonly string[] ReplyWords =
    [
        "reply", "antworten", "répondre", "responder", "responda", "rispondi", "reageer", "beantwoorden", "odpowiedz", "svara", "svar",
        "vastaa", "odpovědět", "odpovedať", "válasz", "cevapla", "yanıtla", "ответить", "відповісти", "返信", "回复", "回覆", "답글",
        // a forum's button that answers a post by quoting it
        "quote", "zitieren", "citer", "citar", "cita", "citeren",
    ];

    /// <summary>Marks the comment threads and items in <paramref name="found"/> (allocated when the first is found); returns it.</summary>
    /// <param name="map">The page's element map.</param>
    /// <param name="rawChars">Each element's text length.</param>
    /// <param name="found">The boxes found so far by other rules, or null.</param>
    public static bool[]? Find(PageMap map, int[] rawChars, bool[]? found)
    {
        int[]? replies = null;
        foreach (var (text, parent) in map.TextNodes)
        {
            if (parent > 0 && rawChars[parent] <= MaxControlChars && map.Tags[parent] is "a" or "button" or "span" && IsReplyWord(text.Data))
            {
                replies ??= new int[map.Count];
                replies[parent]++;
            }
        }

        if (replies is null)
        {
            return found;
        }

        // Each element's reply controls, summed up the tree; then, per element, its children that hold any and their text.
        for (var i = map.Count - 1; i > 0; i--)
        {
            if (map.Parents[i] >= 0)
            {
                replies[map.Parents[i]] += replies[i];
            }
        }

        var items = new int[map.Count];
        var itemChars = new int[map.Count];
        for (var i = 1; i < map.Count; i++)
        {
            if (replies[i] > 0 && map.Parents[i] is var p and >= 0)
            {
                items[p]++;
                itemChars[p] += rawChars[i];
            }
        }

        if (!HoldsProseOutsideItems(map, rawChars, replies, items))
        {
            // The posts are the page (a forum thread, a question and its answers): nothing to leave out.
            return found;
        }

        for (var i = 1; i < map.Count; i++)
        {
            if (items[i] < MinItems)
            {
                continue;
            }

            found ??= new bool[map.Count];
            if (rawChars[i] - itemChars[i] <= MaxOtherChars && !ConsentBoxes.HoldsHeadline(map, i))
            {
                found[i] = true;
                i = map.End[i] - 1;
                continue;
            }

            // Items beside other text (the article's paragraphs or its headline, in the same container): each item alone.
            for (var c = i + 1; c < map.End[i]; c = map.End[c])
            {
                if (replies[c] > 0 && !ConsentBoxes.HoldsHeadline(map, c))
                {
                    found[c] = true;
                }
            }
        }

        return found;
    }

    /// <summary>The shortest paragraph (in characters) outside the items that makes them another text's comments.</summary>
    private const int MinOutsideProseChars = 100;

    /// <summary>
    /// Whether a paragraph of running text (<see cref="MinOutsideProseChars"/> or more) stands outside every item: the
    /// article the comments are under. A page whose prose is all in its posts is a forum thread or a question with its
    /// answers, and its posts are its text.
    /// </summary>
    private static bool HoldsProseOutsideItems(PageMap map, int[] rawChars, int[] replies, int[] items)
    {
        var inside = new bool[map.Count];
        for (var i = 1; i < map.Count; i++)
        {
            var p = map.Parents[i];
            inside[i] = p >= 0 && (inside[p] || (replies[i] > 0 && items[p] >= MinItems));
            if (!inside[i] && map.Tags[i] == "p" && rawChars[i] >= MinOutsideProseChars)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text is a reply control's word alone (<see cref="ReplyWords"/>), any case, spaces and arrows around it.</summary>
    private static bool IsReplyWord(string data)
    {
        var word = data.AsSpan().Trim().Trim("↩↪→«»·|[]()".AsSpan()).Trim();
        foreach (var reply in ReplyWords)
        {
            if (word.Equals(reply, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
