using System.Collections.Frozen;

namespace NewsKit.Pipeline;

/// <summary>What HTML's tags are, as the stages read pages: the tags whose text flows inside the enclosing block, and those of text written as markup.</summary>
internal static class HtmlTags
{
    /// <summary>HTML's white space, which separates the tokens of a class attribute: space, tab, line feed, carriage return, form feed.</summary>
    public static readonly char[] WhiteSpace = [' ', '\t', '\n', '\r', '\f'];

    /// <summary>Elements whose text flows inside the enclosing block.</summary>
    public static readonly FrozenSet<string> Inline = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
        "i", "img", "ins", "kbd", "mark", "nobr", "q", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ], StringComparer.Ordinal);

    /// <summary>Elements of prose that a text written with markup holds (a description that carries "&lt;p&gt;&lt;strong&gt;"): their tags are markup, any other angle brackets are text.</summary>
    public static readonly FrozenSet<string> Prose = FrozenSet.ToFrozenSet(
    [
        "p", "br", "strong", "b", "em", "i", "u", "a", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "img", "figure", "figcaption", "small", "sup", "sub", "hr", "mark", "cite", "abbr", "time", "font",
    ], StringComparer.Ordinal);
}
