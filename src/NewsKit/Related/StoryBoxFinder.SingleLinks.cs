using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>Boxes of a single story link: one link under a heading that names a related box.</summary>
internal static partial class StoryBoxFinder
{
    /// <summary>
    /// The box of a story link that stands alone under a heading that names a related box ("Related stories" over one
    /// link): the nearest of its few ancestors whose heading names one; null otherwise. Boxes of one link under any other
    /// heading, or none, are not boxes (a lone link is seldom a story box).
    /// </summary>
    private static IElement? SingleLinkBox(ExtractionContext context, StoryLink link, IElement? headline)
    {
        if (link.Weak || link.Hub || link.Title is null)
        {
            return null;
        }

        var level = 0;
        for (var e = link.Anchor.ParentElement; e is not null && e.LocalName is not ("body" or "html") && level < MaxSingleLinkClimb; e = e.ParentElement, level++)
        {
            if (headline is not null && context.Index.IsAncestorOrSelf(e, headline))
            {
                return null;
            }

            if (StoryBoxHeadings.Of(context, new StoryBox(e, null, [link])) is { } heading
                && StoryTitles.KindOf(ElementText.Text(heading)) == RelatedLinkKind.Related)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>How far above a lone story link its box may be (its item, its list, its section).</summary>
    private const int MaxSingleLinkClimb = 3;
}
