using System.Collections.Frozen;

namespace NewsKit.Input;

/// <summary>
/// The element categories of the HTML standard's tree construction (section 13.2.6) that
/// <see cref="TreeBuilderSimulation"/> needs to follow the stack of open elements, the element lists its rules
/// search the stack for, and the shared <see cref="TagName"/> of every name it knows. Kept as data, in one place.
/// </summary>
internal static class TreeConstructionData
{
    /// <summary>Elements that never have content, so never stay open.</summary>
    public static readonly FrozenSet<string> Void = Set(
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr");

    /// <summary>Start tags the parser drops in the body (the document's own frame is implied).</summary>
    public static readonly FrozenSet<string> Ignored = Set("html", "head", "body", "frameset");

    /// <summary>Elements whose content the tokenizer reads as text up to the matching end tag.</summary>
    public static readonly FrozenSet<string> RawText = Set(
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title");

    /// <summary>The formatting elements: the parser reopens them ("reconstructs") after misnested markup.</summary>
    public static readonly FrozenSet<string> Formatting = Set(
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Elements that put a marker in the list of active formatting elements.</summary>
    public static readonly FrozenSet<string> Markers = Set("applet", "caption", "marquee", "object", "td", "th", "template");

    /// <summary>The "special" category: an unmatched end tag of another element stops at them.</summary>
    public static readonly FrozenSet<string> Special = Set(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
        "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol",
        "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
        "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc");

    /// <summary>Elements that bound "has an element in scope".</summary>
    public static readonly FrozenSet<string> Scope = Set(
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
        "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title");

    /// <summary>Elements that bound "has an element in table scope".</summary>
    public static readonly FrozenSet<string> TableScope = Set("html", "table", "template");

    /// <summary>Start tags that close an open <c>p</c> first.</summary>
    public static readonly FrozenSet<string> ClosesParagraph = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
        "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form",
        "li", "dd", "dt", "plaintext", "table", "hr", "xmp");

    /// <summary>Start tags that do not reopen formatting elements before they are inserted.</summary>
    public static readonly FrozenSet<string> NoReconstruct = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
        "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form",
        "li", "dd", "dt", "plaintext", "table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr",
        "td", "th", "template", "script", "style", "title", "meta", "link", "base", "noscript", "noframes",
        "textarea", "xmp", "iframe", "noembed", "select", "hr", "svg", "math");

    /// <summary>The table section and row elements.</summary>
    public static readonly FrozenSet<string> TableSections = Set("tbody", "thead", "tfoot");

    /// <summary>Headings: any heading end tag closes any open heading.</summary>
    public static readonly FrozenSet<string> Headings = Set("h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>Start tags that leave SVG or MathML content and return to HTML.</summary>
    public static readonly FrozenSet<string> ForeignBreakout = Set(
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
        "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul",
        "var");

    /// <summary>SVG and MathML elements whose content is HTML again.</summary>
    public static readonly FrozenSet<string> IntegrationPoints = Set(
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    /// <summary>
    /// Elements in none of the categories above that are common on news pages; they get a shared <see cref="TagName"/>
    /// in <see cref="KnownTags"/>, so that the scan does not make one per page.
    /// </summary>
    public static readonly string[] CommonTags =
    [
        "a", "abbr", "b", "cite", "em", "i", "label", "option", "path", "picture", "small", "span", "strong", "sub",
        "sup", "svg", "time", "u", "video", "g", "use", "circle", "rect", "polygon", "defs", "symbol", "font", "mark",
        "q", "s", "math", "ruby", "var", "optgroup", "audio", "canvas",
    ];

    /// <summary>
    /// The elements a start tag of a table part (and of <c>table</c> itself) looks for on the stack: the nearest of
    /// them says whether it is inside a cell, a row, a section, a caption, a table or a template.
    /// </summary>
    public static readonly string[] TableContexts = ["td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption", "template"];

    /// <summary>The elements a <c>col</c> start tag looks for: inside one of them it creates elements, elsewhere it is ignored.</summary>
    public static readonly string[] TableOrTemplate = ["table", "template"];

    /// <summary>The table itself: a <c>table</c> start tag inside a table's section or row closes that table first.</summary>
    public static readonly string[] TableElement = ["table"];

    /// <summary>The list elements that bound "has an element in list item scope", besides <see cref="Scope"/>.</summary>
    public static readonly string[] ListItemScope = ["ol", "ul"];

    /// <summary>Every name of the categories above.</summary>
    public static IEnumerable<string> Names => Categories.SelectMany(category => category.Set);

    // A field, declared after the sets it lists (static fields are set in order): KindsOf runs for every new tag name.
    private static readonly (FrozenSet<string> Set, TagKinds Kind)[] Categories =
    [
        (Void, TagKinds.Void), (Ignored, TagKinds.Ignored), (RawText, TagKinds.RawText), (Formatting, TagKinds.Formatting),
        (Markers, TagKinds.Marker), (Special, TagKinds.Special), (Scope, TagKinds.Scope), (TableScope, TagKinds.TableScope),
        (ClosesParagraph, TagKinds.ClosesParagraph), (NoReconstruct, TagKinds.NoReconstruct), (TableSections, TagKinds.TableSection),
        (Headings, TagKinds.Heading), (ForeignBreakout, TagKinds.ForeignBreakout), (IntegrationPoints, TagKinds.IntegrationPoint),
    ];

    /// <summary>
    /// Every name of the categories and of <see cref="CommonTags"/>, each with one shared <see cref="TagName"/>; ids
    /// from 0 to <c>Count - 1</c>. Declared after <see cref="Categories"/>, which it reads.
    /// </summary>
    public static readonly Dictionary<string, TagName> KnownTags = Names
        .Concat(CommonTags)
        .Distinct(StringComparer.Ordinal)
        .Select((name, id) => new TagName(name, KindsOf(name), id))
        .ToDictionary(tag => tag.Name, StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    /// <summary><see cref="KnownTags"/> looked up by a span of the page, without making a string.</summary>
    public static readonly Dictionary<string, TagName>.AlternateLookup<ReadOnlySpan<char>> KnownTagLookup = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The categories of a lower-case tag name, as flags (one lookup per name instead of one per category and tag).</summary>
    public static TagKinds KindsOf(string name)
    {
        var kinds = TagKinds.None;
        foreach (var (set, kind) in Categories)
        {
            if (set.Contains(name))
            {
                kinds |= kind;
            }
        }

        return kinds;
    }

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// A tag name with its tree construction categories: one shared object per known lower-case name
/// (<see cref="TreeConstructionData.KnownTags"/>), one per scan for any other name.
/// </summary>
/// <param name="name">The lower-case name.</param>
/// <param name="kinds">Its categories.</param>
/// <param name="id">Its index in the model's count of open elements per name.</param>
internal sealed class TagName(string name, TagKinds kinds, int id)
{
    /// <summary>The lower-case name.</summary>
    public string Name { get; } = name;

    /// <summary>Indexes <see cref="TreeBuilderModel"/>'s count of open elements per name: unique within a scan.</summary>
    public int Id { get; } = id;

    /// <summary>Whether the name is in any of the categories of <paramref name="kind"/>.</summary>
    /// <param name="kind">One category or several.</param>
    /// <returns>True when it is in at least one.</returns>
    public bool Is(TagKinds kind) => (kinds & kind) != 0;
}

/// <summary>The categories of <see cref="TreeConstructionData"/> as flags.</summary>
[Flags]
internal enum TagKinds
{
    /// <summary>No category.</summary>
    None = 0,

    /// <summary><see cref="TreeConstructionData.Void"/>.</summary>
    Void = 1 << 0,

    /// <summary><see cref="TreeConstructionData.Ignored"/>.</summary>
    Ignored = 1 << 1,

    /// <summary><see cref="TreeConstructionData.RawText"/>.</summary>
    RawText = 1 << 2,

    /// <summary><see cref="TreeConstructionData.Formatting"/>.</summary>
    Formatting = 1 << 3,

    /// <summary><see cref="TreeConstructionData.Markers"/>.</summary>
    Marker = 1 << 4,

    /// <summary><see cref="TreeConstructionData.Special"/>.</summary>
    Special = 1 << 5,

    /// <summary><see cref="TreeConstructionData.Scope"/>.</summary>
    Scope = 1 << 6,

    /// <summary><see cref="TreeConstructionData.TableScope"/>.</summary>
    TableScope = 1 << 7,

    /// <summary><see cref="TreeConstructionData.ClosesParagraph"/>.</summary>
    ClosesParagraph = 1 << 8,

    /// <summary><see cref="TreeConstructionData.NoReconstruct"/>.</summary>
    NoReconstruct = 1 << 9,

    /// <summary><see cref="TreeConstructionData.TableSections"/>.</summary>
    TableSection = 1 << 10,

    /// <summary><see cref="TreeConstructionData.Headings"/>.</summary>
    Heading = 1 << 11,

    /// <summary><see cref="TreeConstructionData.ForeignBreakout"/>.</summary>
    ForeignBreakout = 1 << 12,

    /// <summary><see cref="TreeConstructionData.IntegrationPoints"/>.</summary>
    IntegrationPoint = 1 << 13,
}
