using System.Collections.Frozen;

namespace NewsKit.Pipeline;

/// <summary>What HTML's tags are, as the stages read pages: the tags whose text flows inside the enclosing block.</summary>
internal static class HtmlTags
{
    /// <summary>Elements whose text flows inside the enclosing block.</summary>
    public static readonly FrozenSet<string> Inline = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
        "i", "img", "ins", "kbd", "mark", "nobr", "q", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ], StringComparer.Ordinal);
}
