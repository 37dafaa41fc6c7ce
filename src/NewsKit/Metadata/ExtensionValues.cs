using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Extensions;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>
/// The metadata an extension gave (<see cref="ArticleCandidates"/>: a site rule's selectors or a candidate provider),
/// read as the stage reads its own findings: the headline element's text, the time an element shows, the names a byline
/// element holds. A candidate that reads as no value is ignored with a warning, and the stage's own finding stands.
/// </summary>
internal static class ExtensionValues
{
    /// <summary>The headline the extension's element holds, or <paramref name="found"/> when it gave none or an empty one.</summary>
    public static HeadlineFinder.Found Headline(ExtractionContext context, HeadlineFinder.Found found, ArticleCandidates? candidates)
    {
        if (candidates?.Headline is not { } element)
        {
            return found;
        }

        var text = TextTools.CleanTitle(ElementText.RawText(element));
        if (text.Length == 0)
        {
            context.Warn(WarningKind.ExtensionFailed, "extension: the headline element has no text; the headline found on the page is kept");
            return found;
        }

        return new HeadlineFinder.Found(text, ValueSource.Extension, element, [(text, ValueSource.Extension)]);
    }

    /// <summary>The dateline with the times the extension's elements show, where they read as times.</summary>
    public static Dateline Dateline(ExtractionContext context, PageDates dates, Dateline found, ArticleCandidates? candidates, Dictionary<ArticleField, ValueSource> sources)
    {
        if (candidates is null)
        {
            return found;
        }

        if (Time(context, dates, candidates.Published, "published") is { } published)
        {
            found = found with { Published = published };
            sources[ArticleField.Published] = ValueSource.Extension;
        }

        if (Time(context, dates, candidates.Modified, "modified") is { } modified)
        {
            found = found with { Modified = modified };
            sources[ArticleField.Modified] = ValueSource.Extension;
        }

        return found;
    }

    /// <summary>The authors the extension's byline elements name; null when it gave none or they name nobody.</summary>
    public static List<Author>? Authors(ExtractionContext context, CultureInfo? culture, IReadOnlyCollection<string> siteNames, ArticleCandidates? candidates)
    {
        if (candidates is null || candidates.Authors.Count == 0)
        {
            return null;
        }

        var authors = new List<Author>();
        foreach (var element in candidates.Authors)
        {
            foreach (var author in BylineParser.ParseByline(ElementText.SpacedText(element), culture, siteNames))
            {
                BylineParser.AddDistinct(authors, author);
            }
        }

        if (authors.Count == 0)
        {
            context.Warn(WarningKind.ExtensionFailed, "extension: the author elements name nobody; the authors found on the page are kept");
            return null;
        }

        return authors;
    }

    /// <summary>The time an element shows: its <c>datetime</c> or <c>content</c> attribute when it has one, else its text.</summary>
    private static Timestamp? Time(ExtractionContext context, PageDates dates, IElement? element, string field)
    {
        if (element is null)
        {
            return null;
        }

        var machine = element.GetAttribute("datetime") ?? element.GetAttribute("content");
        var value = machine is not null
            ? dates.Normalize(machine, element.LocalName == "time" ? TimestampSource.TimeElement : TimestampSource.Microdata)
            : dates.Normalize(ElementText.SpacedText(element, 200), TimestampSource.VisibleText, searchWithinText: true);
        if (value is null)
        {
            var shown = machine ?? ElementText.Text(element, 60);
            context.Warn(WarningKind.RejectedTimestamp, $"extension: {field} \"{shown}\" is not a date; the {field} time found on the page is kept");
        }

        return value;
    }
}
