using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Finds the copyright notice ("©", "Copyright", "All rights reserved", JSON-LD copyrightHolder, rel=license)
/// and claims the visible notice line as not body. The parsing rules are in <see cref="CopyrightFinder"/>.
/// </summary>
internal static class CopyrightExtractor
{
    public static Copyright? Extract(ExtractionContext context, Article metadata)
    {
        var found = CopyrightFinder.Find(context, JsonLdGraph.Read(context, warn: false), PageInspector.MetaTags(context.Document));
        if (found.Element is not null)
        {
            context.NotBody.Add(found.Element);
        }

        return found.Copyright ?? metadata.Copyright;
    }
}
