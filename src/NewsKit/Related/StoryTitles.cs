using AngleSharp.Dom;
using NewsKit.Metadata;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Related;

/// <summary>
/// The visible headline of a story link and what a box's heading says of its kind. A title is the text of the title
/// element inside the link (a teaser's h3 or "title" span), else the link's text, without a label that opens it
/// ("Previous post:", "Read also:") and without a date or time at either end; it must read like a headline: at least three
/// words and fifteen characters (six in Chinese or Japanese), not a label such as "Read more".
/// </summary>
internal static class StoryTitles
{
    private static readonly char[] EdgeTrim = [' ', ':', '|', '-', '–', '—', '·', '•', '»', '›', '«', '‹', '>', '<', '[', ']', '(', ')', '"', '\u00A0'];

    /// <summary>The link's title, or null when its text is no headline (an image link, a label).</summary>
    public static string? Of(ExtractionContext context, IElement anchor)
    {
        IElement? titled = null;
        foreach (var e in context.DescendantsOf(anchor))
        {
            if (TitleMarkup.Matches(e))
            {
                titled = e;
                break;
            }
        }

        var title = TextTools.CleanTitle(PageInspector.RawText(titled ?? anchor));
        if (title.Length == 0)
        {
            title = TextTools.CleanTitle(Attributes.Of(anchor, "title"));
        }

        title = WithoutDates(context, WithoutLabel(title));
        return IsHeadline(title) ? title : null;
    }

    /// <summary>Whether a text reads like a headline: three words and fifteen characters or more (six characters of CJK), not a link label.</summary>
    public static bool IsHeadline(string title)
    {
        if (title.Length == 0)
        {
            return false;
        }

        var cjk = title.Any(c => c is >= '\u3040' and <= '\u9fff');
        var longEnough = cjk ? title.Length >= 6 : title.Length >= 15 && TextTools.WordCount(title) >= 3;
        return longEnough && !IsLabel(title.ToLowerInvariant());
    }

    /// <summary>Whether a line opens with a related-reading phrase ("Read also:", "Lesen Sie auch", "[Related: ...").</summary>
    public static bool OpensWithRelatedPhrase(string line)
    {
        var lower = line.TrimStart(EdgeTrim).ToLowerInvariant();
        foreach (var phrase in MetadataRules.RelatedHeadings)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind a box heading's phrase names; <see cref="RelatedLinkKind.Unknown"/> when it names none.</summary>
    public static RelatedLinkKind KindOf(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return RelatedLinkKind.Unknown;
        }

        var lower = heading.TrimStart(EdgeTrim).ToLowerInvariant();
        foreach (var (kind, phrases) in StoryLinkRules.KindHeadings)
        {
            foreach (var phrase in phrases)
            {
                if (lower.StartsWith(phrase, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
        }

        return RelatedLinkKind.Unknown;
    }

    private static string WithoutLabel(string title)
    {
        var lower = title.ToLowerInvariant();
        foreach (var label in StoryLinkRules.TitleLabels)
        {
            if (lower.StartsWith(label, StringComparison.Ordinal) && title.Length > label.Length
                && !char.IsLetterOrDigit(title[label.Length]))
            {
                return title[label.Length..].Trim(EdgeTrim);
            }
        }

        return title.Trim(EdgeTrim);
    }

    /// <summary>Drops a date or time written at the start or the end of a title ("20.11.2019 Title", "Title 5 hours ago").</summary>
    private static string WithoutDates(ExtractionContext context, string title)
    {
        if (title.Length < 16 || !title.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return title;
        }

        if (context.NormalizeTimestamp(title, TimestampSource.VisibleText, searchWithinText: true) is { } date && date.Text.Length < title.Length / 2)
        {
            if (title.StartsWith(date.Text, StringComparison.Ordinal))
            {
                return title[date.Text.Length..].Trim(EdgeTrim);
            }

            if (title.EndsWith(date.Text, StringComparison.Ordinal))
            {
                return title[..^date.Text.Length].Trim(EdgeTrim);
            }
        }

        return title;
    }

    private static bool IsLabel(string lower)
    {
        var trimmed = lower.Trim(EdgeTrim).TrimEnd('.', '…');
        foreach (var text in MetadataRules.NonTitleLinkTexts)
        {
            if (trimmed == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link's title element: <c>h2, h3, h4, h5, h6, [class*=title], [class*=headline]</c>.</summary>
    private static readonly SimpleSelector TitleMarkup = SimpleSelector.Parse("h2, h3, h4, h5, h6, [class*=title], [class*=headline]");
}
