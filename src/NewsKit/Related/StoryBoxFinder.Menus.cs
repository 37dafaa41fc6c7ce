using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>Site menus: boxes of links that are the site's navigation, not stories.</summary>
internal static partial class StoryBoxFinder
{
    /// <summary>Class words of a site menu's items ("menu-item", "nav-item").</summary>
    private static readonly MarkerSet MenuMarkers = new("menu-item", "nav-item", "menuitem", "navitem", "sub-menu", "submenu", "dropdown-menu");

    /// <summary>Whether an element stands in the site's menu: a header or nav element, a menu role, or a menu's class word.</summary>
    private static bool InSiteMenu(IElement element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.LocalName is "nav" or "header" || Attributes.Of(e, "role") is "menu" or "menubar" or "navigation"
                || PageRegions.HasMarker(e, MenuRegionMarkers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Menu labels are short: a box in the site's menu whose titles average this many words or more is a box of stories (a header's ticker).</summary>
    private const double MaxMenuTitleWords = 6;

    private static readonly MarkerSet MenuRegionMarkers = new("menu", "dropdown", "megamenu", "offcanvas", "off-canvas", "navbar", "site-header");

    /// <summary>
    /// Whether a box without a named heading is a site menu: most of its links stand in items its template marks as menu
    /// items ("menu-item", "nav-item"), whatever their texts ("Links Mentioned On Air", "65 years of Channel 7"), and most
    /// name their targets by slug alone, not by an id or a date.
    /// </summary>
    private static bool IsMenu(StoryBox box)
    {
        if (InSiteMenu(box.Container) && box.Links.All(l => !StoryUrls.NamesIdOrDate(l.Url))
            && box.Links.Where(l => l.Title is not null).DefaultIfEmpty().Average(l => l is null ? 0 : TextTools.WordCount(l.Title!)) < MaxMenuTitleWords)
        {
            // A header, a nav or a drop-down panel whose links name their targets by slug alone: the site's menu
            // ("Walks and outdoor adventures" under /things-to-do/).
            return true;
        }

        var inMenu = box.Links.Count(l => MarkedFrom(l.Anchor, box.Container.ParentElement, MenuMarkers));

        // A menu of stories named by id or date (a news site's mega menu of top stories) is still a box of stories.
        return inMenu * 2 > box.Links.Count && box.Links.Count(l => StoryUrls.NamesIdOrDate(l.Url)) * 2 <= box.Links.Count;
    }
}
