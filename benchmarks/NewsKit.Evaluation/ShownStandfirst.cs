using NewsKit.Models;

namespace NewsKit.Evaluation;

/// <summary>
/// The two conventions of the data sets for a deck (standfirst) shown above the body: trafilatura's labels count it as
/// main text (their <c>with</c> snippets come from it), AEB's ground truth leaves it out, as NewsKit's
/// <see cref="ArticleBody"/> does (it is <see cref="Article.Standfirst"/>). The body commands print a second table with
/// the deck put back, so the two can be told apart from a body that misses text.
/// </summary>
public static class ShownStandfirst
{
    /// <summary>The heading of the second table.</summary>
    public const string Caption = "with the standfirst the page shows counted as body text (trafilatura's convention; the gate reads the table above):";

    /// <summary>
    /// <paramref name="bodyText"/> after the article's standfirst when the standfirst was read from the page's visible
    /// text (not a description in the page's metadata) and the body does not hold it already; else the body text alone.
    /// </summary>
    public static string Prepend(Article? article, string bodyText) =>
        article?.Standfirst is { } standfirst
        && article.Sources.TryGetValue(ArticleField.Standfirst, out var source) && source == ValueSource.VisibleText
        && !bodyText.Contains(standfirst, StringComparison.Ordinal)
            ? standfirst + "\n\n" + bodyText
            : bodyText;
}
