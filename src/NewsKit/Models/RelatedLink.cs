using NewsKit.Timestamps;

namespace NewsKit.Models;

/// <summary>A link to another article offered as related reading. Immutable.</summary>
/// <param name="Title">The link's title, cleaned of stray markup.</param>
/// <param name="Url">The absolute URL, resolved against the page URL.</param>
public sealed record RelatedLink(string Title, Uri Url)
{
    /// <summary>The linked article's time shown beside the link; null when none.</summary>
    public Timestamp? Published { get; init; }

    /// <summary>The heading of the block the link sits in ("MORE ON THEME", "Related"); null when the block has none.</summary>
    public string? Section { get; init; }

    /// <summary>What kind of box the link was offered in (related, most read, latest, same author, previous or next); <see cref="RelatedLinkKind.Unknown"/> when the box does not say.</summary>
    public RelatedLinkKind Kind { get; init; }
}
