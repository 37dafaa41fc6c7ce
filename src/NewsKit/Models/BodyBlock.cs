namespace NewsKit.Models;

/// <summary>
/// One block of an article body: a paragraph, a heading, a list, a quote, preformatted text, a table or a
/// figure. Immutable (its lists are private read-only copies) and compared by value, lists item by item. Which
/// members are set depends on <see cref="Kind"/>.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The block's plain text: list items and table rows on their own lines, cells separated by tabs.</param>
public sealed record BodyBlock(BlockKind Kind, string Text)
{
    /// <summary>For <see cref="BlockKind.Heading"/>: the level, 1 to 6. Otherwise 0.</summary>
    public int Level { get; init; }

    /// <summary>For <see cref="BlockKind.List"/>: whether the list is numbered.</summary>
    public bool IsOrdered { get; init; }

    /// <summary>For <see cref="BlockKind.List"/>: the items' text. Otherwise empty.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string> Items
    {
        get => items;
        init => items = ValueList.From(value);
    }

    /// <summary>For <see cref="BlockKind.Table"/>: the rows, each a list of cell texts; the first row may be a header. Otherwise empty.</summary>
    /// <exception cref="ArgumentNullException">Set to null, or a row is null.</exception>
    public IReadOnlyList<IReadOnlyList<string>> Rows
    {
        get => rows;
        init => rows = ValueList.Rows(value);
    }

    /// <summary>For <see cref="BlockKind.Figure"/>: the image URL, absolute when the page URL is known; null when none.</summary>
    public Uri? ImageUrl { get; init; }

    /// <summary>For <see cref="BlockKind.Figure"/> and <see cref="BlockKind.Table"/>: the caption (not part of <see cref="Text"/>); null when none.</summary>
    public string? Caption { get; init; }

    private readonly ValueList<string> items = ValueList<string>.Empty;
    private readonly ValueList<IReadOnlyList<string>> rows = ValueList<IReadOnlyList<string>>.Empty;
}

/// <summary>What a <see cref="BodyBlock"/> is.</summary>
public enum BlockKind
{
    /// <summary>A paragraph of text.</summary>
    Paragraph,

    /// <summary>A subheading inside the article.</summary>
    Heading,

    /// <summary>A bulleted or numbered list.</summary>
    List,

    /// <summary>A block quote.</summary>
    Quote,

    /// <summary>Preformatted text or code, whitespace kept.</summary>
    Preformatted,

    /// <summary>A table of data.</summary>
    Table,

    /// <summary>An image or other media with its caption.</summary>
    Figure,
}
