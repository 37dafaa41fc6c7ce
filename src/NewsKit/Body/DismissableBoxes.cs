using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Boxes that open with their own close control (a shop's shipping-costs layer: <c>&lt;div id="vkinfo"&gt;&lt;div
/// class="close"&gt;Schließen [X]&lt;/div&gt;&lt;h3&gt;Versandkosten&lt;/h3&gt;...</c>; a newsletter pop-up's "×"): layers a
/// reader closes, whatever their names, weighed like a consent banner; so are small boxes whose button signs the reader up. A box longer than
/// <see cref="ConsentBoxes.MaxChars"/> or holding the headline is not one.
/// </summary>
internal static class DismissableBoxes
{
    /// <summary>The longest text (in characters) of a close control.</summary>
    private const int MaxControlChars = 20;

    /// <summary>The words of a close control, lower case, without brackets and spaces ("Schließen [X]" reads "schließenx").</summary>
    private static readonly HashSet<string> CloseWords = new(StringComparer.Ordinal)
    {
        "×", "✕", "✖", "x", "close", "closex", "schließen", "schließenx", "schliessen", "schliessenx", "fermer", "fermerx",
        "cerrar", "cerrarx", "chiudi", "chiudix", "sluiten", "sluitenx", "zamknij", "zamknijx", "fechar", "fecharx",
    };

    /// <summary>Per element, whether it is a box that opens with its own close control; null when the page has none.</summary>
    public static bool[]? Find(PageMap map, int[] rawChars)
    {
        bool[]? found = null;
        for (var i = 1; i < map.Count; i++)
        {
            var box = map.Parents[i];
            if (box < 0 || map.OwnChars[i] is 0 or > MaxControlChars || map.Tags[box] is not ("div" or "section" or "aside" or "dialog")
                || rawChars[box] > ConsentBoxes.MaxChars || map.Tags[i] is not ("div" or "span" or "a" or "button")
                || map.Elements[box].FirstElementChild != map.Elements[i] || !IsCloseControl(map.Elements[i]))
            {
                continue;
            }

            if (!ConsentBoxes.HoldsHeadline(map, box))
            {
                found ??= new bool[map.Count];
                found[box] = true;
            }
        }

        // A sign-up box: a small box whose button signs the reader up ("<button>Sign up</button>" under a newsletter's
        // pitch), whatever its names (Guardian's "<gu-island name="EmailSignUpWrapper">" with hashed classes); an appeal or
        // paywall box whose link, set as a control of its own (not in a sentence), asks for money or a subscription
        // ("<h3>Support truly independent journalism</h3><p>...</p><a href=/donate>Support Now</a>", "<section><p>Subscribe
        // for unlimited access.</p><a href=/subscribe>Subscribe now</a>").
        for (var i = 1; i < map.Count; i++)
        {
            if (!(map.Tags[i] is "button" or "input" ? IsSignUpControl(map.Elements[i])
                : map.Tags[i] == "a" && map.Parents[i] is var holder and >= 0 && map.Tags[holder] is "div" or "section" or "aside" or "footer" && IsAskingLink(map.Elements[i])))
            {
                continue;
            }

            // Up through the wrappers that add little text of their own: the box, not the article around it.
            var box = -1;
            for (var a = map.Parents[i]; a >= 0 && rawChars[a] <= MaxSignUpBoxChars && (box < 0 || rawChars[a] <= rawChars[box] + MaxWrapperChars)
                && map.Tags[a] is not ("article" or "main" or "body" or "html"); a = map.Parents[a])
            {
                box = a;
            }

            if (box >= 0 && !ConsentBoxes.HoldsHeadline(map, box))
            {
                found ??= new bool[map.Count];
                found[box] = true;
            }
        }

        // A paywall's box, whatever language its offer is in: a small block named as one ("<div class="paywall-content"
        // id="paywall">") with a control of its own, a link or button outside any sentence ("<a href=...>Tilaa nyt</a>").
        // The innermost such block is the box: a paywalled story's container ("<div class="article--content
        // article--paywall">") holds the paragraphs shown before it.
        for (var i = 1; i < map.Count; i++)
        {
            if (IsPaywallBox(map, rawChars, i) && !(HoldsPaywallBox(map, rawChars, i) && HoldsStoryParagraph(map, i)))
            {
                found ??= new bool[map.Count];
                found[i] = true;
                i = map.End[i] - 1;
            }
        }

        return found;
    }

    /// <summary>Whether a small block named as a paywall holds a control of its own and not the headline.</summary>
    private static bool IsPaywallBox(PageMap map, int[] rawChars, int i) =>
        map.Tags[i] is "div" or "section" or "aside" && rawChars[i] <= MaxSignUpBoxChars && PageRegions.HasMarker(map.Elements[i], PaywallMarkers)
        && HoldsControl(map, i) && !ConsentBoxes.HoldsHeadline(map, i);

    /// <summary>Whether a block holds a smaller paywall box (<see cref="IsPaywallBox"/>) inside it.</summary>
    private static bool HoldsPaywallBox(PageMap map, int[] rawChars, int box)
    {
        for (var i = box + 1; i < map.End[box]; i++)
        {
            if (IsPaywallBox(map, rawChars, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a block holds paragraphs of running text (<see cref="MinStoryParagraphs"/>) before the first paywall's box
    /// inside it: the story's own text shown before its offer, not an offer's pitch or small print.
    /// </summary>
    private static bool HoldsStoryParagraph(PageMap map, int block)
    {
        var found = 0;
        for (var i = block + 1; i < map.End[block]; i++)
        {
            if (PageRegions.HasMarker(map.Elements[i], PaywallMarkers))
            {
                return false;
            }

            if (map.Tags[i] == "p" && ElementText.TextLength(map.Elements[i], MinStoryParagraphChars) >= MinStoryParagraphChars && ++found >= MinStoryParagraphs)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shortest paragraph (in characters) read as the story's running text in a paywalled container.</summary>
    private const int MinStoryParagraphChars = 120;

    /// <summary>The fewest paragraphs of running text that make a paywalled container the story's.</summary>
    private const int MinStoryParagraphs = 2;

    /// <summary>Class or id words of a paywall's box.</summary>
    internal static readonly MarkerSet PaywallMarkers = new("paywall");

    /// <summary>Whether a link or button with a short text of its own stands in the box outside any paragraph or list item.</summary>
    private static bool HoldsControl(PageMap map, int box)
    {
        for (var i = box + 1; i < map.End[box]; i++)
        {
            if (map.Tags[i] is "a" or "button" && map.Parents[i] is var holder and >= 0 && map.Tags[holder] is not ("p" or "li")
                && ElementText.TextLength(map.Elements[i], MaxControlChars + 1) is > 0 and <= MaxControlChars)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest text (in characters) of a box read as a sign-up box around its button.</summary>
    private const int MaxSignUpBoxChars = 600;

    /// <summary>The most text (in characters) a wrapper around a sign-up box may add and still be read as the box.</summary>
    private const int MaxWrapperChars = 80;

    /// <summary>The words of a sign-up button, lower case, without punctuation around them.</summary>
    private static readonly HashSet<string> SignUpWords = new(StringComparer.Ordinal)
    {
        "sign up", "sign me up", "subscribe", "subscribe now", "join", "join now", "get the newsletter", "abonnieren", "jetzt abonnieren",
        "newsletter abonnieren", "anmelden", "jetzt anmelden", "s'inscrire", "s’inscrire", "je m'inscris", "je m’inscris", "s'abonner",
        "s’abonner", "suscribirse", "suscríbete", "suscribirme", "iscriviti", "iscrivimi", "aanmelden", "inschrijven", "abonneren",
        "zapisz się", "zapisz mnie", "subskrybuj", "assine", "assinar", "inscrever-se", "inscreva-se", "cadastrar",
    };

    private static bool IsSignUpControl(IElement control)
    {
        var text = control.LocalName == "input"
            ? string.Equals(control.GetAttribute("type"), "submit", StringComparison.OrdinalIgnoreCase) ? control.GetAttribute("value") : null
            : control.ChildElementCount <= 2 ? ElementText.RawText(control) : null;
        return text is { Length: > 0 and <= MaxControlChars } shown && SignUpWords.Contains(shown.Trim().Trim(ControlEdges).LowerInvariant());
    }

    /// <summary>The words of a link that asks the reader for money, lower case, without punctuation around them.</summary>
    private static readonly string[] DonateWords =
    [
        "support now", "support us", "donate", "donate now", "make a donation", "contribute", "contribute now", "become a supporter",
        "spenden", "jetzt spenden", "jetzt unterstützen", "unterstützen sie uns", "faire un don", "je fais un don", "soutenez-nous",
        "donar", "dona ahora", "dona ora", "doneer", "doneer nu", "wesprzyj", "wesprzyj nas", "doar", "apoie",
    ];

    /// <summary>
    /// Whether the link's text is only a request for money or a subscription (<see cref="DonateWords"/>, <see cref="SignUpWords"/>,
    /// in any case, its words one space apart):
    /// read only for a short link of one text node, without copying it.
    /// </summary>
    private static bool IsAskingLink(IElement link)
    {
        if (link.FirstChild is not IText { Data: var shown } || link.FirstChild.NextSibling is not null || shown.Length is 0 or > MaxControlChars * 2)
        {
            return false;
        }

        var word = shown.AsSpan().Trim().Trim(ControlEdges);
        if (word.Length is < 6 or > MaxControlChars || !AskingFirstLetters.Contains(TextCase.Lower(word[0])))
        {
            return false;
        }

        foreach (var ask in AskingWords)
        {
            if (word.Equals(ask, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a link that asks for money or a subscription: <see cref="DonateWords"/> and <see cref="SignUpWords"/>.</summary>
    private static readonly string[] AskingWords = [.. DonateWords, .. SignUpWords];

    /// <summary>The first letters of <see cref="AskingWords"/>: a link that opens otherwise is turned away before any text is read.</summary>
    private static readonly System.Buffers.SearchValues<char> AskingFirstLetters = System.Buffers.SearchValues.Create(
        string.Concat(AskingWords.Select(w => w[0]).Distinct()));

    /// <summary>The marks around a control's word ("Subscribe now!", "Sign up →").</summary>
    private static readonly char[] ControlEdges = ['!', '.', '→', '›', '»', ' '];

    private static bool IsCloseControl(IElement control)
    {
        var text = ElementText.Text(control, MaxControlChars);
        if (text.Length > MaxControlChars)
        {
            return false;
        }

        var key = string.Concat(text.LowerInvariant().Where(c => c is not ('[' or ']' or '(' or ')' or ' ')));
        return CloseWords.Contains(key);
    }
}
