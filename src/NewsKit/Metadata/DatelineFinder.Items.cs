using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Which declared dates are the article's: machine values read as the normalizer reads them, and items of other kinds.</summary>
internal sealed partial class DatelineFinder
{
    /// <summary>
    /// A meta value written as ISO 8601's basic date (<c>20170504</c>) in the extended form the normalizer reads
    /// (<c>2017-05-04</c>); any other value as it is. Only a machine field is read so: in text, eight digits are a number.
    /// </summary>
    private static string BasicIsoDate(string content)
    {
        var value = content.Trim();
        return value.Length == 8 && !value.AsSpan().ContainsAnyExceptInRange('0', '9') && value[0] is '1' or '2'
            ? $"{value[..4]}-{value[4..6]}-{value[6..]}"
            : content;
    }

    /// <summary>
    /// Whether a microdata property belongs to an item of a kind that has dates of its own (a reader's review, a comment,
    /// an event, an offer: <see cref="OtherItemTypes"/>) and that does not hold the headline (a critic's review that does is
    /// the article). Other scopes (an author's <c>Person</c> a template wrote the date into) do not claim the date.
    /// </summary>
    private static bool InOtherItem(IElement element, IElement? headline)
    {
        if (element.Closest(Selectors.Of("[itemscope]")) is not { } scope || scope.GetAttribute("itemtype") is not { Length: > 0 } type)
        {
            return false;
        }

        var name = type.AsSpan(type.LastIndexOf('/') + 1).Trim();
        foreach (var other in OtherItemTypes)
        {
            if (name.Equals(other, StringComparison.OrdinalIgnoreCase))
            {
                return headline is null || !scope.Contains(headline);
            }
        }

        return false;
    }

    /// <summary>schema.org types whose items carry dates of their own, not the article's.</summary>
    private static readonly string[] OtherItemTypes = ["Review", "UserReview", "Comment", "UserComments", "Answer", "Question", "Event", "Offer", "Product", "Rating", "AggregateRating"];
}
