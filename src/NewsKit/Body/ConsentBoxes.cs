using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Consent banners found by what they say and hold, whatever their names: the block around a button (or a submit or
/// checkbox input) whose text speaks of cookies or consent at least <see cref="MinCookieMentions"/> times ("We use cookies...
/// essential cookies... Accept all", "... como cookies ... requerir tu consentimiento"). A banner named with hashed classes, or longer than a short news item, is then
/// weighed like a strong boilerplate word instead of being taken for the article.
/// </summary>
internal static class ConsentBoxes
{
    /// <summary>The fewest mentions of cookies in a block's text for it to be a consent banner.</summary>
    public const int MinCookieMentions = 2;

    /// <summary>The most levels above a button a banner is looked for.</summary>
    public const int MaxLevels = 6;

    /// <summary>The most characters of a consent banner (its explanations, its options and buttons).</summary>
    public const int MaxChars = 4000;

    /// <summary>The most buttons read on one page (a hostile page holds thousands).</summary>
    public const int MaxButtons = 64;

    /// <summary>Per element, whether it is a consent banner (the outermost block around a button that speaks of cookies); null when the page has none.</summary>
    public static bool[]? Find(PageMap map, int[] rawChars)
    {
        int[]? mentions = null;
        bool[]? found = null;
        var buttons = 0;
        for (var i = 0; i < map.Count; i++)
        {
            if (!IsControl(map, i))
            {
                continue;
            }

            if (++buttons > MaxButtons)
            {
                break;
            }

            // The page's mentions of cookies, per element's subtree, counted once from its text nodes.
            mentions ??= CookieMentions(map);
            if (mentions[0] < MinCookieMentions)
            {
                return null;
            }

            var banner = -1;
            var levels = 0;
            for (var a = map.Parents[i]; a >= 0 && levels++ < MaxLevels && rawChars[a] <= MaxChars && map.Tags[a] is not ("article" or "main" or "body" or "html"); a = map.Parents[a])
            {
                if (found?[a] == true)
                {
                    banner = -1;
                    break;
                }

                if (banner >= 0 && !Widens(rawChars, mentions, banner, a))
                {
                    break;
                }

                if (mentions[a] >= MinCookieMentions)
                {
                    banner = a;
                }
            }

            if (banner >= 0 && !HoldsHeadline(map, banner))
            {
                found ??= new bool[map.Count];
                found[banner] = true;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether <paramref name="outer"/>, an ancestor of the banner found so far, is still the banner: the text it adds is
    /// short (no longer than the banner's own, or <see cref="MinAddedChars"/>) or speaks of cookies as a banner does (a
    /// mention every <see cref="MaxCharsPerMention"/> characters). An ancestor that adds paragraphs that never mention them
    /// is the story's text around a blocked embed's placeholder ("Ce contenu est bloqué car vous n'avez pas accepté les
    /// cookies ... « J'accepte »"), not the banner's.
    /// </summary>
    private static bool Widens(int[] rawChars, int[] mentions, int banner, int outer)
    {
        var added = rawChars[outer] - rawChars[banner];
        return added <= Math.Max(rawChars[banner], MinAddedChars) || (mentions[outer] - mentions[banner]) * MaxCharsPerMention >= added;
    }

    /// <summary>The text (in characters) an ancestor may always add to a banner (a title, a close link, a settings link).</summary>
    private const int MinAddedChars = 200;

    /// <summary>The most characters per mention of cookies in the text an ancestor adds to a banner for it to be the banner's.</summary>
    private const int MaxCharsPerMention = 400;

    private static bool IsControl(PageMap map, int i) => map.Tags[i] switch
    {
        "button" => true,
        "input" => map.Elements[i].GetAttribute("type")?.LowerInvariant() is "button" or "submit" or "checkbox",
        _ => false,
    };

    /// <summary>Whether the block holds an <c>h1</c> (the page's headline: no banner or layer holds it).</summary>
    internal static bool HoldsHeadline(PageMap map, int block)
    {
        for (var i = block + 1; i < map.End[block]; i++)
        {
            if (map.Tags[i] == "h1")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words a consent banner says: "cookie" (borrowed by most languages) and "consent" (also "consentement",
    /// "consentimiento"), with the German, Dutch and Italian words for it.
    /// </summary>
    private static readonly string[] ConsentWords = ["cookie", "consent", "einwilligung", "toestemming", "consenso"];

    /// <summary>Per element, how many times the text of its subtree says one of <see cref="ConsentWords"/> (any case).</summary>
    private static int[] CookieMentions(PageMap map)
    {
        var mentions = new int[map.Count];
        foreach (var (text, parent) in map.TextNodes)
        {
            var data = text.Data;
            foreach (var word in ConsentWords)
            {
                for (var at = data.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = data.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
                {
                    mentions[parent]++;
                }
            }
        }

        for (var i = map.Count - 1; i > 0; i--)
        {
            if (map.Parents[i] >= 0)
            {
                mentions[map.Parents[i]] += mentions[i];
            }
        }

        return mentions;
    }
}
