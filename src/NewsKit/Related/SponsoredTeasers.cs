using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>
/// Teasers that are adverts, not the site's stories: a teaser marked as paid for ("Sponsored", "Anzeige", a
/// "teaser--sponsored" class) and a box of shop links whose titles carry prices ("Stormline jacket, £129").
/// </summary>
internal static class SponsoredTeasers
{
    /// <summary>How far up from the link a teaser's sponsored mark or label is looked for (the link, its item, the item's wrapper).</summary>
    private const int MaxLevels = 3;

    /// <summary>Whether the link's teaser is marked as paid for, by a class or id word or by a label that opens it.</summary>
    public static bool IsSponsored(IElement anchor)
    {
        var level = 0;
        for (var e = anchor; e is not null && level < MaxLevels && e.LocalName is not ("body" or "ul" or "ol" or "section" or "aside"); e = e.ParentElement, level++)
        {
            if (PageRegions.HasMarker(e, Markers))
            {
                return true;
            }

            if (level > 0 && e.FirstElementChild is { } first && first != anchor && !first.Contains(anchor)
                && ElementText.TextLength(first) <= MaxLabelChars && Labels.Contains(ElementText.Text(first, MaxLabelChars).TrimEnd(':')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether most titles of a box carry a price ("£129", "34 €", "$19.99"): a box of shop links.</summary>
    public static bool IsShopBox(IReadOnlyCollection<string?> titles) =>
        titles.Count > 0 && titles.Count(t => t is not null && HasPrice(t)) * 2 > titles.Count;

    private static bool HasPrice(string title)
    {
        for (var i = 0; i < title.Length; i++)
        {
            if (Currencies.Contains(title[i])
                && ((i + 1 < title.Length && char.IsAsciiDigit(title[i + 1])) || (i >= 2 && title[i - 1] == ' ' && char.IsAsciiDigit(title[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Currencies = System.Buffers.SearchValues.Create("£$€¥₹");

    private const int MaxLabelChars = 24;

    private static readonly MarkerSet Markers = new(["sponsored", "advertorial", "promoted", "paid-post", "paidpost", "partner-content", "anzeige"]);

    /// <summary>Labels that open a paid teaser, case ignored.</summary>
    private static readonly HashSet<string> Labels = new(
    [
        "sponsored", "sponsored content", "advertorial", "promoted", "paid post", "paid content", "partner content", "advertisement",
        "anzeige", "werbung", "gesponsert", "sponsored by", "publicidad", "patrocinado", "publicité", "sponsorisé", "contenu sponsorisé",
        "annuncio", "sponsorizzato",
    ], StringComparer.OrdinalIgnoreCase);
}
