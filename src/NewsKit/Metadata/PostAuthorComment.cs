using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The post's author as WordPress names them in the comments, for a page that shows no byline: the theme marks each
/// comment its post's author wrote with the class <c>bypostauthor</c>, and the comment's header gives the name the
/// author writes under (<c>&lt;cite class="fn"&gt;</c>, <c>&lt;strong class="fn"&gt;</c>). Read last, after every byline,
/// declared author and author box.
/// </summary>
internal static class PostAuthorComment
{
    /// <summary>A comment the post's author wrote.</summary>
    private static readonly SimpleSelector ByPostAuthor = SimpleSelector.Parse("[class~=bypostauthor]");

    /// <summary>The name in a comment's header (the hCard formatted name WordPress themes write).</summary>
    private static readonly SimpleSelector FormattedName = SimpleSelector.Parse("[class~=fn]");

    /// <summary>The longest name read (in characters): longer text is no name.</summary>
    private const int MaxNameChars = 60;

    /// <summary>Whether the comment's class names the login <paramref name="handle"/> ("comment-author-jancak"), case ignored.</summary>
    private static bool NamesLogin(IElement comment, string handle) =>
        (comment.GetAttribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(token => token.StartsWith(LoginClass, StringComparison.Ordinal) && token.AsSpan(LoginClass.Length).Equals(handle, StringComparison.OrdinalIgnoreCase));

    /// <summary>The class WordPress names a comment's login with, before the login.</summary>
    private const string LoginClass = "comment-author-";

    /// <summary>The author the first shown comment marked as the post author's names; empty when there is none.</summary>
    public static List<Author> Find(ExtractionContext context, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        foreach (var comment in context.Index.Elements)
        {
            if (!ByPostAuthor.Matches(comment) || PageRegions.IsHidden(context, comment))
            {
                continue;
            }

            // The comment's own header comes before the replies nested in it: its first name is the author's.
            foreach (var element in context.Index.DescendantsOf(comment))
            {
                if (FormattedName.Matches(element))
                {
                    var name = ElementText.Text(element, MaxNameChars + 1).Trim();
                    if (name.Length is 0 or > MaxNameChars)
                    {
                        return [];
                    }

                    var authors = BylineParser.ParseByline(name, culture, siteNames);
                    if (authors.Count == 0 && BylineParser.IsHandle(name) && NamesLogin(comment, name))
                    {
                        // The author writes under their handle ("jancak"), the login the comment's class names
                        // ("comment-author-jancak"): a person's name on the site.
                        authors.Add(new Author(name, AuthorKind.Person));
                    }

                    return authors;
                }
            }

            return [];
        }

        return [];
    }
}
