using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>Tables in the body: a data table becomes a table block of rows and cells; a layout table is read as the blocks inside it.</summary>
internal sealed partial class BlockBuilder
{
    /// <summary>
    /// Whether a table holds data (rows of cells) rather than the page's layout: no blocks inside it (paragraphs,
    /// divisions, lists, headings, other tables) and no cell of running text (a layout table's content cell with the
    /// article in it, its paragraphs set apart by line breaks).
    /// </summary>
    private bool IsDataTable(int index)
    {
        for (var i = index + 1; i < map.End[index]; i++)
        {
            if (map.Tags[i] == "p" && IsCellParagraph(map.Elements[i]))
            {
                // "<td><p>Tide gauge</p></td>" (Sphinx, docutils): a cell's one paragraph is its text, no block of a layout.
                continue;
            }

            if (map.Tags[i] is "table" or "p" or "div" or "ul" or "ol" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return false;
            }

            if (map.Tags[i] is "td" or "th" && ElementText.TextLength(map.Elements[i], MaxDataCellLength) > MaxDataCellLength)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a paragraph is the one element of a table cell.</summary>
    private static bool IsCellParagraph(IElement paragraph) =>
        paragraph.ParentElement is { LocalName: "td" or "th", ChildElementCount: 1 };

    /// <summary>A table cell with more text than this (in characters) is running text: its table is the page's layout.</summary>
    private const int MaxDataCellLength = 400;

    /// <summary>A cell's text, whitespace collapsed, with a space where a line break or a block inside it parts words ("Home&lt;br&gt;News").</summary>
    private static string CellText(IElement cell) => ElementText.Collapse(ElementText.TextWithMarks(cell, " ", blockMark: " "));

    private void AddTable(int index)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? row = null;
        for (var i = index + 1; i < map.End[index]; i++)
        {
            if (finder.Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            switch (map.Tags[i])
            {
                case "tr":
                    row = [];
                    rows.Add(row);
                    break;
                case "td" or "th":
                    row ??= [];
                    if (rows.Count == 0 || !ReferenceEquals(rows[^1], row))
                    {
                        rows.Add(row);
                    }

                    row.Add(CellText(map.Elements[i]));
                    i = map.End[i] - 1;
                    break;
            }
        }

        rows.RemoveAll(r => r.All(string.IsNullOrEmpty));
        if (rows.Count == 0 || (rows is [var only] && only.Where(c => c.Length > 0).ToList() is [var cell] && IsAdLabel(cell)))
        {
            // No rows, or a one-cell table that only labels an ad slot ("ADVERTISEMENT" in an old layout's cell).
            return;
        }

        var text = string.Join('\n', rows.Select(r => string.Join('\t', r)));
        var caption = TableCaption(map.Elements[index]);
        segments.Add(new Segment(SegmentKind.Block, text, -1, 0, false, new BodyBlock(BlockKind.Table, text) { Rows = rows, Caption = caption }));
    }

    /// <summary>
    /// A table's caption: its own <c>caption</c> element, else the <c>figcaption</c> of the figure that holds it alone
    /// (WordPress's table block: "&lt;figure class="wp-block-table"&gt;&lt;table&gt;...&lt;figcaption&gt;"); null when none.
    /// </summary>
    private static string? TableCaption(IElement table) =>
        ChildText(table, "caption") ?? (table.ParentElement is { LocalName: "figure" } figure ? ChildText(figure, "figcaption") : null);

    /// <summary>The text of the element's first child named <paramref name="localName"/>, white space collapsed; null when it has none or it is empty.</summary>
    private static string? ChildText(IElement element, string localName)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName == localName)
            {
                return ElementText.Collapse(ElementText.RawText(child)) is { Length: > 0 } text ? text : null;
            }
        }

        return null;
    }
}
