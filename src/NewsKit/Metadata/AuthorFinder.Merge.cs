using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Authors from several sources combined: names the page shows, and one list without repeats.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>The page's visible text, relaxed, with spaces around it so that whole names can be looked up.</summary>
    private static string VisibleWords(IDocument document) =>
        document.Body is { } body ? " " + TextTools.Relaxed(ElementText.SpacedText(body)) + " " : string.Empty;

    private static bool IsShown(string name, string visible)
    {
        var relaxed = TextTools.Relaxed(name);
        return relaxed.Length > 0 && visible.Contains(" " + relaxed + " ", StringComparison.Ordinal);
    }

    private static List<Author> Merge(List<Author> first, List<Author> second)
    {
        var result = new List<Author>(first);
        foreach (var author in second)
        {
            if (!result.Any(a => TextTools.Squashed(a.Name) == TextTools.Squashed(author.Name)))
            {
                result.Add(author);
            }
        }

        return result;
    }
}
