using System.Globalization;
using System.Net;
using System.Text;

namespace NewsKit.Models;

/// <summary>
/// The article body as ordered blocks, with plain-text, Markdown and HTML renderings. Immutable (the blocks are a
/// private read-only copy) and compared by value, block by block.
/// </summary>
public sealed record ArticleBody
{
    /// <summary>An empty body: no main content was found.</summary>
    public static ArticleBody Empty { get; } = new([]);

    /// <summary>Creates a body from its blocks.</summary>
    /// <param name="blocks">The blocks, in reading order; copied.</param>
    /// <param name="path">Which path of the body stage produced them; <see cref="BodyPath.None"/> for an empty body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is null.</exception>
    public ArticleBody(IReadOnlyList<BodyBlock> blocks, BodyPath path = BodyPath.Scored)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Blocks = ValueList.From(blocks);
        Path = Blocks.Count == 0 ? BodyPath.None : path;
        Text = string.Join("\n\n", Blocks.Where(b => b.Kind != BlockKind.Figure || b.Text.Length > 0).Select(b => b.Text));
    }

    /// <summary>The blocks, in reading order.</summary>
    public IReadOnlyList<BodyBlock> Blocks { get; }

    /// <summary>Which path of the body stage produced the blocks (<see cref="BodyPath.None"/> when there are none).</summary>
    public BodyPath Path { get; }

    /// <summary>The plain text: one block per paragraph, blocks separated by a blank line.</summary>
    public string Text { get; }

    /// <summary>Whether the body has no blocks.</summary>
    public bool IsEmpty => Blocks.Count == 0;

    /// <summary>Renders the body as CommonMark.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        foreach (var block in Blocks)
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    sb.Append('#', Math.Clamp(block.Level, 1, 6)).Append(' ').Append(block.Text);
                    break;
                case BlockKind.List:
                    for (var i = 0; i < block.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append('\n');
                        }

                        sb.Append(block.IsOrdered ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ") : "- ").Append(block.Items[i]);
                    }

                    break;
                case BlockKind.Quote:
                    sb.Append("> ").Append(block.Text.Replace("\n", "\n> ", StringComparison.Ordinal));
                    break;
                case BlockKind.Preformatted:
                    sb.Append("```\n").Append(block.Text).Append("\n```");
                    break;
                case BlockKind.Table:
                    AppendMarkdownTable(sb, block.Rows);
                    break;
                case BlockKind.Figure:
                    sb.Append("![").Append(block.Caption ?? string.Empty).Append("](").Append(block.ImageUrl?.ToString() ?? string.Empty).Append(')');
                    break;
                default:
                    sb.Append(block.Text);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders the body as clean HTML: only structural elements, no attributes but <c>src</c>, every text encoded.</summary>
    /// <returns>The HTML fragment.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        foreach (var block in Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    var level = Math.Clamp(block.Level, 1, 6);
                    sb.Append(CultureInfo.InvariantCulture, $"<h{level}>").Append(Encode(block.Text)).Append(CultureInfo.InvariantCulture, $"</h{level}>");
                    break;
                case BlockKind.List:
                    var tag = block.IsOrdered ? "ol" : "ul";
                    sb.Append('<').Append(tag).Append('>');
                    foreach (var item in block.Items)
                    {
                        sb.Append("<li>").Append(Encode(item)).Append("</li>");
                    }

                    sb.Append("</").Append(tag).Append('>');
                    break;
                case BlockKind.Quote:
                    sb.Append("<blockquote><p>").Append(Encode(block.Text)).Append("</p></blockquote>");
                    break;
                case BlockKind.Preformatted:
                    sb.Append("<pre>").Append(Encode(block.Text)).Append("</pre>");
                    break;
                case BlockKind.Table:
                    sb.Append("<table>");
                    foreach (var row in block.Rows)
                    {
                        sb.Append("<tr>");
                        foreach (var cell in row)
                        {
                            sb.Append("<td>").Append(Encode(cell)).Append("</td>");
                        }

                        sb.Append("</tr>");
                    }

                    sb.Append("</table>");
                    break;
                case BlockKind.Figure:
                    sb.Append("<figure>");
                    if (block.ImageUrl is { } src)
                    {
                        sb.Append("<img src=\"").Append(Encode(src.ToString())).Append("\">");
                    }

                    if (block.Caption is { } caption)
                    {
                        sb.Append("<figcaption>").Append(Encode(caption)).Append("</figcaption>");
                    }

                    sb.Append("</figure>");
                    break;
                default:
                    sb.Append("<p>").Append(Encode(block.Text)).Append("</p>");
                    break;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void AppendMarkdownTable(StringBuilder sb, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var width = rows.Max(r => r.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append('|');
            for (var c = 0; c < width; c++)
            {
                var cell = c < rows[i].Count ? rows[i][c] : string.Empty;
                sb.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ')).Append(" |");
            }

            if (i == 0)
            {
                sb.Append('\n').Append('|');
                for (var c = 0; c < width; c++)
                {
                    sb.Append(" --- |");
                }
            }
        }
    }
}
