using System.Collections.Frozen;
using NewsKit.Pipeline;

namespace NewsKit.Input;

/// <summary>
/// Decides cheaply, before any parsing, whether a text can be an HTML page at all: empty or whitespace, binary
/// (control characters in the first 4,096), no markup (plain text), or an XML document (a feed, a sitemap, an
/// SVG image, or an XML declaration with no html element in the first 4,096 characters).
/// </summary>
internal static class InputClassifier
{
    internal readonly record struct Verdict(ParseFailure Failure, string? Reason);

    public static Verdict Classify(ReadOnlySpan<char> text)
    {
        var span = text;
        var start = 0;
        while (start < span.Length && (char.IsWhiteSpace(span[start]) || span[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == span.Length)
        {
            return new Verdict(ParseFailure.EmptyInput, "the input is empty");
        }

        var sample = span[start..Math.Min(span.Length, start + 4096)];
        var control = 0;
        foreach (var c in sample)
        {
            if (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f')
            {
                control++;
            }
        }

        if (control * 10 > sample.Length)
        {
            return new Verdict(ParseFailure.NotHtml, "the input is binary data, not an HTML page");
        }

        if (sample.IndexOf('<') < 0)
        {
            return new Verdict(ParseFailure.NotHtml, "the input has no markup: plain text, not an HTML page");
        }

        var root = RootElementName(sample);
        if (root is not null && XmlRoots.Contains(root))
        {
            return new Verdict(ParseFailure.NotHtml, $"the input is an XML document (<{root}>), not an HTML page");
        }

        if (sample.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && sample.IndexOf("<html", StringComparison.OrdinalIgnoreCase) < 0
            && sample.IndexOf("<body", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return new Verdict(ParseFailure.NotHtml, "the input is an XML document without an html element, not an HTML page");
        }

        return new Verdict(ParseFailure.None, null);
    }

    /// <summary>Root elements of XML formats that are often served where a page was expected.</summary>
    private static readonly FrozenSet<string> XmlRoots = new[] { "rss", "feed", "rdf:rdf", "urlset", "sitemapindex", "svg", "opml", "kml" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name of the first element, after any XML declaration, doctype, comments and processing instructions.</summary>
    private static string? RootElementName(ReadOnlySpan<char> sample)
    {
        var i = 0;
        while (i < sample.Length)
        {
            var lt = sample[i..].IndexOf('<');
            if (lt < 0)
            {
                return null;
            }

            i += lt;
            var rest = sample[i..];
            if (rest.StartsWith("<!--"))
            {
                var close = rest.IndexOf("-->");
                if (close < 0)
                {
                    return null;
                }

                i += close + 3;
                continue;
            }

            if (rest.Length > 1 && rest[1] is '!' or '?')
            {
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return null;
                }

                i += close + 1;
                continue;
            }

            var end = 1;
            while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is ':' or '-' or '_'))
            {
                end++;
            }

            return end > 1 ? rest[1..end].ToString().LowerInvariant() : null;
        }

        return null;
    }
}
