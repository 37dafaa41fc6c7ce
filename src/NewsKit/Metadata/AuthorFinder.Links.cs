using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>The links in a byline: author pages that name their author by a handle, and section or topic links that name nobody.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// Whether a link names its author by <paramref name="handle"/>: its address is the handle's author page (<see cref="IsAuthorPageOf"/>), or
    /// the link says it leads to its author (<c>rel="author"</c>) and to an author page under any slug (/author/g1zzm0/
    /// for "gizzmo").
    /// </summary>
    private static bool NamesAuthorByHandle(IElement? anchor, string? href, string handle) =>
        IsAuthorPageOf(href, handle) || IsMemberPageOf(href, handle)
        || (anchor is not null && (anchor.GetAttribute("rel") ?? string.Empty).Split(' ').Contains("author", StringComparer.OrdinalIgnoreCase) && IsAuthorPageOf(href, null))
        || (anchor is not null && IsMemberProfile(href) && IsUserName(anchor));

    /// <summary>Whether an element of a byline is marked as an account name ("<c>&lt;span class="username"&gt;jsmith&lt;/span&gt;</c>": Drupal, phpBB, XenForo).</summary>
    private static bool IsUserName(IElement element) =>
        (element.GetAttribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(UserNameClasses.Contains);

    /// <summary>
    /// Whether a link's address is a forum or community member's page named by <paramref name="handle"/>: a member segment
    /// (<see cref="MetadataRules.MemberPageSegments"/>) followed by a slug that opens with the handle ("/members/turbo_dave.40/",
    /// "/u/ellen_w"; letters and digits compared, case ignored).
    /// </summary>
    private static bool IsMemberPageOf(string? href, string handle)
    {
        var segments = PathSegments(href);
        var squashed = TextTools.Squashed(handle);
        for (var i = 0; i + 1 < segments.Length && squashed.Length >= 3; i++)
        {
            if (MetadataRules.MemberPageSegments.Contains(segments[i].LowerInvariant(), StringComparer.Ordinal)
                && TextTools.Squashed(Uri.UnescapeDataString(segments[i + 1])).StartsWith(squashed, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a link's address is a member's profile that does not name them: phpBB's <c>memberlist.php?mode=viewprofile</c>, or a member segment and an id.</summary>
    private static bool IsMemberProfile(string? href) =>
        href is not null && (href.Contains("memberlist.php", StringComparison.OrdinalIgnoreCase) && href.Contains("viewprofile", StringComparison.OrdinalIgnoreCase)
            || PathSegments(href) is { Length: >= 2 } segments && MetadataRules.MemberPageSegments.Contains(segments[^2].LowerInvariant(), StringComparer.Ordinal));

    /// <summary>Class tokens of a forum's link to a member, the account name its text is.</summary>
    private static readonly HashSet<string> UserNameClasses = new(["username", "user-name", "username-coloured", "author-name"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a link's address is the author page of <paramref name="handle"/> (any author's when null): an author segment followed by the handle's own slug (letters and digits compared, case ignored).</summary>
    private static bool IsAuthorPageOf(string? href, string? handle)
    {
        var segments = PathSegments(href);
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (MetadataRules.AuthorPageSegments.Contains(segments[i].LowerInvariant(), StringComparer.Ordinal)
                && (handle is null || TextTools.Squashed(Uri.UnescapeDataString(segments[i + 1])) == TextTools.Squashed(handle)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most author links read by <see cref="FromAuthorLinks"/>: more are a list of contributors, not the article's.</summary>
    private const int MaxAuthorLinks = 3;

    private static readonly AngleSharp.Css.Dom.ISelector RelAuthor = Selectors.Of("[rel~=author]");

    /// <summary>
    /// The person the page's author links name (<c>rel=author</c> to an author's page), wherever the theme sets them: an
    /// author box after the article without a heading ("<c>&lt;b class="author-name fn"&gt;&lt;a href=/author/pieter/
    /// rel=author&gt;Pieter de Waal&lt;/a&gt;</c>"). For a page with no byline; none when the links name different people, or
    /// when there are more than <see cref="MaxAuthorLinks"/>. A link after other words of its line ("Translated by ...")
    /// is a credit the byline parser has read, and links in hidden parts and in other stories' regions (comments,
    /// related stories) do not count.
    /// </summary>
    private List<Author> FromAuthorLinks(IReadOnlyCollection<string> siteNames)
    {
        List<Author> found = [];
        var links = 0;
        foreach (var link in context.Index.ElementsNamed("a"))
        {
            if (!link.Matches(RelAuthor) || !IsAuthorLink(link) || HasWordsBefore(link)
                || PageRegions.IsHidden(context, link) || PageRegions.IsInForeignRegion(context, link, window.ArticleRoot, window.Headline))
            {
                continue;
            }

            if (++links > MaxAuthorLinks)
            {
                return [];
            }

            var people = BylineParser.ParseByline(ElementText.Collapse(ElementText.Text(link, AuthorBox.MaxNameChars + 1)), culture, siteNames);
            if (people.Count != 1 || people[0].Kind != AuthorKind.Person)
            {
                continue;
            }

            if (found.Count > 0 && !BylineParser.SameName(found[0], people[0]))
            {
                return [];
            }

            found = people;
        }

        return found;
    }

    /// <summary>
    /// The byline's text without the section or category links that themes put in the same line ("Wine &amp; Taste ·
    /// 12 May 2025"): their words are no names.
    /// </summary>
    private string WithoutCategories(IElement region, string text)
    {
        foreach (var link in context.Index.DescendantsOf(region))
        {
            if (link.TagName == "A" && IsCategoryLink(link) && ElementText.SpacedText(link) is { Length: > 0 } words)
            {
                text = WithoutWholeWords(text, words);
            }
        }

        return text;
    }

    /// <summary>
    /// <paramref name="text"/> with each occurrence of <paramref name="words"/> that stands as whole words replaced by a
    /// space: a tag link "c" or "ai" on the byline's line leaves "Yusuf Demirci" and "Kaito Ishikawa" as they are.
    /// </summary>
    private static string WithoutWholeWords(string text, string words)
    {
        var index = text.Length;
        while (index > 0 && (index = text.LastIndexOf(words, index - 1, StringComparison.Ordinal)) >= 0)
        {
            var end = index + words.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                text = string.Concat(text.AsSpan(0, index), " ", text.AsSpan(end));
            }
        }

        return text;
    }

    /// <summary>
    /// Whether a link goes to a section, category or tag as themes mark it (<see cref="MetadataRules.CategoryLinkWords"/>
    /// in its rel or class, or its parent's class; a /category/ or /tag/ address).
    /// </summary>
    private static bool IsCategoryLink(IElement link)
    {
        static bool Marked(string? value) =>
            value is { Length: > 0 } && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(token => MetadataRules.CategoryLinkWords.Contains(token.LowerInvariant(), StringComparer.Ordinal));

        return Marked(link.GetAttribute("rel")) || Marked(link.GetAttribute("class")) || Marked(link.ParentElement?.GetAttribute("class"))
            || IsTopicPage(link.GetAttribute("href"));
    }

    /// <summary>
    /// Whether an address is a tag, topic or category page: a path segment that is one of
    /// <see cref="MetadataRules.TopicPageSegments"/>, or starts with one and a separator ("/tag_personnalite/elon-musk"). A
    /// name linked there is a subject of the story, not its author.
    /// </summary>
    private static bool IsTopicPage(string? href)
    {
        var segments = PathSegments(href);
        if (segments.Any(s => MetadataRules.AuthorPageSegments.Contains(s.LowerInvariant(), StringComparer.Ordinal)))
        {
            // "/tag/autori/sophie-harcourt": a tag page of the authors' own is the author's page.
            return false;
        }

        foreach (var segment in segments)
        {
            var cut = segment.AsSpan().IndexOfAny('-', '_');
            var head = (cut > 0 ? segment[..cut] : segment).LowerInvariant();
            if (MetadataRules.TopicPageSegments.Contains(head, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segments of a link's address (its path, without query or fragment); none for no address.</summary>
    private static string[] PathSegments(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return [];
        }

        var end = href.AsSpan().IndexOfAny('?', '#');
        return (end < 0 ? href : href[..end]).Split('/', StringSplitOptions.RemoveEmptyEntries);
    }
}
