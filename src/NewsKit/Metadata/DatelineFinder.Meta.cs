using System.Collections.Frozen;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>Dates in meta tags: every name of <see cref="MetadataRules.PublishedMetaNames"/> and <see cref="MetadataRules.ModifiedMetaNames"/>, and Parse.ly's JSON tag.</summary>
internal sealed partial class DatelineFinder
{
    /// <summary><see cref="MetadataRules.PublishedMetaNames"/>, each with its rank (the earlier name the stronger).</summary>
    private static readonly FrozenDictionary<string, (int Rank, string Name)> PublishedMetaRanks = Ranks(MetadataRules.PublishedMetaNames);

    /// <summary><see cref="MetadataRules.ModifiedMetaNames"/>, each with its rank.</summary>
    private static readonly FrozenDictionary<string, (int Rank, string Name)> ModifiedMetaRanks = Ranks(MetadataRules.ModifiedMetaNames);

    /// <summary>Each name with its place in <paramref name="names"/> and its spelling there, looked up ignoring case.</summary>
    private static FrozenDictionary<string, (int Rank, string Name)> Ranks(string[] names) =>
        names.Select((name, rank) => (name, rank)).DistinctBy(n => n.name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(n => n.name, n => (n.rank, n.name), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every meta tag of the names <paramref name="ranks"/> holds (<see cref="Ranks"/>) that holds a timestamp, the earlier
    /// name first, the first such tag of each name.
    /// </summary>
    private List<DateCandidate> FromMeta(List<(string Key, string Content, IElement Element)> metas, FrozenDictionary<string, (int Rank, string Name)> ranks, IElement? headline)
    {
        // One pass over the page's tags finds those of any of the names; they are then read in the names' order (the page's
        // order among one name's tags).
        List<(int Rank, int At, string Name)>? named = null;
        for (var at = 0; at < metas.Count; at++)
        {
            if (ranks.TryGetValue(metas[at].Key, out var ranked))
            {
                (named ??= []).Add((ranked.Rank, at, ranked.Name));
            }
        }

        var found = new List<DateCandidate>();
        if (named is null)
        {
            return found;
        }

        named.Sort();
        var done = -1;
        foreach (var (rank, at, name) in named)
        {
            var meta = metas[at];
            if (rank == done
                || (meta.Element.ParentElement is { } parent && parent.TagName != "HEAD"
                    && ((PageRegions.IsInForeignRegion(context, meta.Element, headline: headline) && !InArticleItem(meta.Element, headline)) || InOtherItem(meta.Element, headline))))
            {
                // A name already read, another story's date, or the date of an item of another kind (a review, a comment, an offer).
                continue;
            }

            // An attribute of an element in the page's body (<span property="schema:dateCreated" content="...">) is RDFa.
            var rdfa = meta.Element.TagName != "META";
            var content = string.Equals(name, "parsely-page", StringComparison.OrdinalIgnoreCase) ? ParselyPubDate(meta.Content) : meta.Content;
            if (content is not null && Normalize(BasicIsoDate(content), rdfa ? TimestampSource.Microdata : TimestampSource.Meta) is { } timestamp)
            {
                var source = rdfa ? ValueSource.Microdata
                    : name.StartsWith("article:", StringComparison.Ordinal) || name.StartsWith("og:", StringComparison.Ordinal) ? ValueSource.OpenGraph : ValueSource.Meta;
                found.Add(new DateCandidate(timestamp with { Text = content }, source, "meta " + name));
                done = rank;
            }
        }

        return found;
    }

    /// <summary>The <c>pub_date</c> of Parse.ly's <c>parsely-page</c> JSON; null when there is none.</summary>
    private static string? ParselyPubDate(string json) =>
        ParselyPage(json, "pub_date") is { ValueKind: System.Text.Json.JsonValueKind.String } date ? date.GetString() : null;

    /// <summary>A property of Parse.ly's <c>parsely-page</c> JSON (at most <see cref="MaxParselyPageLength"/> characters); null when there is none.</summary>
    internal static System.Text.Json.JsonElement? ParselyPage(string json, string property)
    {
        if (json.Length > MaxParselyPageLength)
        {
            return null;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var value)
                ? value.Clone()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The longest <c>parsely-page</c> content read.</summary>
    private const int MaxParselyPageLength = 16 * 1024;
}
