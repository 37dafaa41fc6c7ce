using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Labels in a byline region that name nobody: a photographer's credit (its name is no author's) and the region's own title.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// Whether the element is a heading that names the region it opens (<c>&lt;section aria-labelledby="article-byline"&gt;
    /// &lt;h2 id="article-byline"&gt;Article information&lt;/h2&gt;</c>): its id speaks of a byline, its text is the
    /// region's title, not a name.
    /// </summary>
    private static bool LabelsItsRegion(IElement element)
    {
        if (element.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6") || element.Id is not { Length: > 0 } id)
        {
            return false;
        }

        var parent = element.ParentElement;
        return parent is not null && string.Equals(parent.GetAttribute("aria-labelledby"), id, StringComparison.Ordinal);
    }

    /// <summary>The text of the heading that names the region (<see cref="LabelsItsRegion"/>), among its children; null when none.</summary>
    private static string? RegionTitle(IElement region)
    {
        if (region.GetAttribute("aria-labelledby") is not { Length: > 0 } id)
        {
            return null;
        }

        foreach (var child in region.Children)
        {
            if (string.Equals(child.Id, id, StringComparison.Ordinal) && LabelsItsRegion(child))
            {
                return ElementText.SpacedText(child, MaxCreditItemLength + 1).Trim();
            }
        }

        return null;
    }

    /// <summary>The labels of a photographer's credit, lower case, without a colon.</summary>
    private static readonly string[] PhotoCreditLabels =
    [
        "photo", "photos", "photographs", "photography", "photographer", "pictures", "images", "foto", "fotos", "foto's", "foto’s", "fotografie",
        "fotograf", "bild", "bilder", "photographie", "photographies", "fotografía", "fotografías", "fotografia",
        "fot.", "fotó", "фото", "снимка", "снимки", "φωτογραφία", "φωτό", "ảnh", "kuva", "kuvat", "kuvaaja", "valokuvaaja", "foton",
        "fotografer", "fotograaf", "fotografo", "fotógrafo", "fotógrafa", "photographe", "fotografka",
    ];

    /// <summary>The longest text of a name's item in a list of contributors read for a photographer's label (see <see cref="CreditsPhotographer"/>).</summary>
    private const int MaxCreditItemLength = 80;

    /// <summary>
    /// Whether the item of a list of contributors that holds a name element credits a photographer: a label before the
    /// name ("<c>&lt;span&gt;Kuvat&lt;/span&gt; &lt;span class="byline-name"&gt;Meeri Utti&lt;/span&gt;</c>") or a role
    /// after it ("<c>&lt;span class="author__name"&gt;Marit Fossheim&lt;/span&gt;&lt;span class="author__role"&gt;Fotograf&lt;/span&gt;</c>").
    /// </summary>
    private static bool CreditsPhotographer(IElement name, IElement region)
    {
        var item = name.ParentElement;
        if (item is null || item == region || !region.Contains(item) || ElementText.TextLength(item, MaxCreditItemLength + 1) > MaxCreditItemLength)
        {
            return false;
        }

        if (OpensWithPhotoCredit(item))
        {
            return true;
        }

        var text = ElementText.SpacedText(item, MaxCreditItemLength + 1).AsSpan().Trim();
        var own = ElementText.SpacedText(name, MaxCreditItemLength + 1).AsSpan().Trim();
        if (own.IsEmpty || !text.StartsWith(own, StringComparison.Ordinal))
        {
            return false;
        }

        return IsPhotoCreditLabel(text[own.Length..].Trim(" ,|/-·()\u00A0"));
    }

    /// <summary>Whether the region's text opens with a photographer's label ("Photographs Rui Tavares", "Fotos: Lukas Brenner").</summary>
    private static bool OpensWithPhotoCredit(IElement region)
    {
        var text = ElementText.Text(region, 40).AsSpan().TrimStart();
        var end = text.IndexOfAny(' ', ':', '\u00A0');
        if (end <= 0 || text.Length - end < 3)
        {
            return false;
        }

        return IsPhotoCreditLabel(text[..end]);
    }

    /// <summary>Whether the text is one of <see cref="PhotoCreditLabels"/>, case ignored.</summary>
    private static bool IsPhotoCreditLabel(ReadOnlySpan<char> text)
    {
        foreach (var photo in PhotoCreditLabels)
        {
            if (text.Equals(photo, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
