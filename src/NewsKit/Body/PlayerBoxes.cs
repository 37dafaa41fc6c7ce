using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Video players set into the text: a small box named as a video or a player ("<c>&lt;div class="video-container"&gt;&lt;div
/// class="vjs-player"&gt;&lt;div class="video-title"&gt;Watch: ...&lt;/div&gt;&lt;span class="duration"&gt;00:45&lt;/span&gt;</c>")
/// whose text is the clip's title, its length and the player's messages ("Loading...", "Please use Chrome browser for a
/// more accessible video player"), none of it the article's. Weighed like a consent banner: left out unless it holds the
/// page's text. A box with a paragraph of running text, or holding the headline, is not one.
/// </summary>
internal static class PlayerBoxes
{
    /// <summary>The longest text (in characters) of a player box.</summary>
    private const int MaxChars = 300;

    /// <summary>The longest paragraph (in characters) a player box may hold: a longer one is running text.</summary>
    private const int MaxParagraphChars = 150;

    /// <summary>Marks the player boxes in <paramref name="found"/> (allocated when the first is found); returns it.</summary>
    /// <param name="map">The page's element map.</param>
    /// <param name="rawChars">Each element's text length.</param>
    /// <param name="found">The boxes found so far by other rules, or null.</param>
    public static bool[]? Find(PageMap map, int[] rawChars, bool[]? found)
    {
        for (var i = 1; i < map.Count; i++)
        {
            if (rawChars[i] is 0 or > MaxChars || map.Tags[i] is not ("div" or "section" or "aside" or "figure" or "span")
                || NamedAs(map, i) is not (var player and > Naming.None) || (player == Naming.Video && !ShowsClip(map, i))
                || HoldsParagraph(map, rawChars, i) || ConsentBoxes.HoldsHeadline(map, i))
            {
                continue;
            }

            found ??= new bool[map.Count];
            found[i] = true;
            i = map.End[i] - 1;
        }

        return found;
    }

    /// <summary>What the element's class, id or component name says it is.</summary>
    private enum Naming
    {
        /// <summary>Neither a player nor a video.</summary>
        None,

        /// <summary>A video or an embed ("video-container", "article__embed"): a player only when it shows a clip (<see cref="ShowsClip"/>).</summary>
        Video,

        /// <summary>A player ("vjs-player", "jwplayer").</summary>
        Player,
    }

    /// <summary>What the element's class, id or component name (<c>data-component</c>) names it (see <see cref="Naming"/>).</summary>
    private static Naming NamedAs(PageMap map, int i)
    {
        var element = map.Elements[i];
        var naming = Naming.None;
        foreach (var name in (ReadOnlySpan<string?>)[Attributes.Of(element, "class"), Attributes.Of(element, "id"), Attributes.Of(element, "data-component")])
        {
            if (name is null)
            {
                continue;
            }

            if (name.Contains("player", StringComparison.OrdinalIgnoreCase) || name.Contains("vjs", StringComparison.OrdinalIgnoreCase))
            {
                return Naming.Player;
            }

            if (name.Contains("video", StringComparison.OrdinalIgnoreCase) || name.Contains("embed", StringComparison.OrdinalIgnoreCase))
            {
                // "yle__article__embed--areena" around an empty "areena-player" and the clip's title: a player when it shows a clip.
                naming = Naming.Video;
            }
        }

        return naming;
    }

    /// <summary>
    /// Whether the box shows a clip: it holds a media element (video, iframe, object, embed), an element named as a player,
    /// a clip's length ("00:45", "1:02:30") or its label ("Video") as a text of its own, or a player's message that names it ("Video player",
    /// "Please use Chrome browser for a more accessible video player").
    /// </summary>
    private static bool ShowsClip(PageMap map, int box)
    {
        for (var i = box; i < map.End[box]; i++)
        {
            if (map.Tags[i] is "video" or "iframe" or "object" or "embed" || (i > box && NamedAs(map, i) == Naming.Player))
            {
                return true;
            }

            foreach (var node in map.Elements[i].ChildNodes)
            {
                if (node is AngleSharp.Dom.IText text && (IsClipLength(text.Data.AsSpan().Trim()) || text.Data.Contains("video player", StringComparison.OrdinalIgnoreCase)
                    || IsVideoLabel(text.Data.AsSpan().Trim())))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The word "video" alone, as a clip's label says it, in the languages whose word differs (lower case).</summary>
    private static readonly string[] VideoLabels = ["video", "vidéo", "vídeo", "видео", "відео", "wideo", "βίντεο"];

    /// <summary>Whether a text is a clip's label alone ("Video" over the clip's title in an embedded player's box).</summary>
    private static bool IsVideoLabel(ReadOnlySpan<char> text)
    {
        foreach (var label in VideoLabels)
        {
            if (text.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text is a clip's length alone: minutes and seconds, hours first or not ("00:45", "3:45", "1:02:30").</summary>
    private static bool IsClipLength(ReadOnlySpan<char> text)
    {
        if (text.Length is < 4 or > 8)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c != ':')
            {
                return false;
            }
        }

        return text.Count(':') is 1 or 2 && text[0] != ':' && text[^1] != ':' && text[^3] == ':';
    }

    /// <summary>Whether a paragraph inside the box is running text (<paramref name="minChars"/> characters or more; <see cref="MaxParagraphChars"/> for a player).</summary>
    internal static bool HoldsParagraph(PageMap map, int[] rawChars, int box, int minChars = MaxParagraphChars)
    {
        for (var i = box + 1; i < map.End[box]; i++)
        {
            if (map.Tags[i] == "p" && rawChars[i] >= minChars)
            {
                return true;
            }
        }

        return false;
    }
}
