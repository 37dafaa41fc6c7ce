using System.Text;
using NewsKit.Models;

namespace NewsKit.Cli;

/// <summary>Renders an <see cref="Article"/> for reading: as CommonMark or as plain text.</summary>
internal static class ArticleText
{
    /// <summary>The headline as a title, then the standfirst, the dateline and byline, the body, related links and the copyright.</summary>
    public static string ToMarkdown(Article article)
    {
        var sb = new StringBuilder();
        if (article.Headline is { } headline)
        {
            sb.Append("# ").Append(headline).Append("\n\n");
        }

        if (article.Standfirst is { } standfirst)
        {
            sb.Append(standfirst).Append("\n\n");
        }

        AppendByline(sb, article, lineBreak: "  \n");
        sb.Append(article.Body.ToMarkdown()).Append("\n\n");
        if (article.RelatedLinks.Count > 0)
        {
            sb.Append("## Related\n\n");
            foreach (var link in article.RelatedLinks)
            {
                sb.Append("- [").Append(link.Title).Append("](").Append(link.Url.AbsoluteUri).Append(')');
                if (link.Published is { } published)
                {
                    sb.Append(" (").Append(Iso.Display(published)).Append(')');
                }

                sb.Append('\n');
            }

            sb.Append('\n');
        }

        if (article.Copyright is { } copyright)
        {
            sb.Append(copyright.Text).Append('\n');
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    /// <summary>The same parts as <see cref="ToMarkdown"/>, without markup; body paragraphs separated by a blank line.</summary>
    public static string ToText(Article article)
    {
        var sb = new StringBuilder();
        if (article.Headline is { } headline)
        {
            sb.Append(headline).Append("\n\n");
        }

        if (article.Standfirst is { } standfirst)
        {
            sb.Append(standfirst).Append("\n\n");
        }

        AppendByline(sb, article, lineBreak: "\n");
        sb.Append(article.Body.Text).Append("\n\n");
        if (article.RelatedLinks.Count > 0)
        {
            sb.Append("Related:\n");
            foreach (var link in article.RelatedLinks)
            {
                sb.Append("- ").Append(link.Title).Append(" (").Append(link.Url.AbsoluteUri).Append(")\n");
            }

            sb.Append('\n');
        }

        if (article.Copyright is { } copyright)
        {
            sb.Append(copyright.Text).Append('\n');
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    private static void AppendByline(StringBuilder sb, Article article, string lineBreak)
    {
        var lines = new List<string>();
        var dateline = article.Dateline;
        if (dateline.Place is not null || dateline.Agency is not null)
        {
            lines.Add(string.Join(" ", new[] { dateline.Place, dateline.Agency is null ? null : $"({dateline.Agency})" }.OfType<string>()));
        }

        if (dateline.Published is { } published)
        {
            lines.Add("Published " + Iso.Display(published));
        }

        if (dateline.Modified is { } modified)
        {
            lines.Add("Updated " + Iso.Display(modified));
        }

        if (article.Authors.Count > 0)
        {
            lines.Add("By " + string.Join(", ", article.Authors.Select(a => a.Name)));
        }

        if (lines.Count > 0)
        {
            sb.Append(string.Join(lineBreak, lines)).Append("\n\n");
        }
    }
}
