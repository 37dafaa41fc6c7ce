using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The wire dateline that opens an agency story's first paragraph ("KYIV, Ukraine (AP) —", "Berlin (dpa) -", "Madrid, 3 mar
/// (EFE).-", "MADRID, 4 (EUROPA PRESS) -", "Kassel (dpa/lhe) –" with dpa's regional service): its place and agency. The day written in it is not read here (it has no year).
/// </summary>
internal static class WireDateline
{
    // .NET 8's NonBacktracking engine refuses this pattern (an automaton of 1,020 nodes, over its limit of 1,000), so the
    // type initializer threw on every parse on the .NET 8 runtime; there the backtracking engine runs it (the text is cut
    // to 200 characters, and the timeout stays).
    internal static readonly Regex WirePattern = new(
        @"^(?:(?<place>\p{Lu}[\p{L}\p{M} .'’/-]{1,40}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?)\s*(?:,\s*(?:[\p{L}]{3,9}\.?\s+\d{1,2}|\d{1,2}(?:\s+[\p{L}]{3,9}\.?)?))?\s*)?\((?<agency>" + string.Join('|', MetadataRules.WireAgencies) + @")(?:/[\p{L}]{2,6})?\)\s*\.?\s*[-—–:]",
#if NET9_0_OR_GREATER
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant,
#else
        RegexOptions.CultureInvariant,
#endif
        TimeSpan.FromSeconds(1));

    /// <summary>The wire dateline at the start of the first paragraph after the headline ("KYIV, Ukraine (AP) —").</summary>
    internal static (string? Place, string? Agency) Read(ExtractionContext context, IElement? root, Dictionary<IElement, int> order, int anchor)
    {
        if (root is null)
        {
            return (null, null);
        }

        var paragraphs = context.Index.ElementsNamed("p").Where(p => ElementIndex.IsInside(p, root))
            .Where(p => anchor < 0 || (order.TryGetValue(p, out var at) && at > anchor))
            .Where(p => !PageRegions.IsInForeignRegion(context, p, root))
            .Take(3);
        foreach (var paragraph in paragraphs)
        {
            var text = ElementText.Text(paragraph);
            if (text.Length < 20)
            {
                continue;
            }

            var match = WirePattern.Match(text.Length > 200 ? text[..200] : text);
            if (match.Success)
            {
                var place = match.Groups["place"].Success ? match.Groups["place"].Value.Trim().TrimEnd(',') : null;
                if (place is not null && MetadataRules.NonPlaceWords.Contains(place.LowerInvariant(), StringComparer.Ordinal))
                {
                    place = null;
                }

                return (string.IsNullOrEmpty(place) ? null : place, match.Groups["agency"].Value);
            }
        }

        return (null, null);
    }
}
