using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Lines that open with a byline word ("By Jane Doe", "Von Anna Berg", "---- by Kenneth Surin"): which elements near the headline are read as bylines by their first words.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// Whether a line that opens with <paramref name="first"/> and <paramref name="second"/> may open with a byline prefix
    /// (case ignored, as the prefixes are compared): false only when both are ASCII and no prefix opens with them.
    /// </summary>
    private static bool MayOpenWithPrefix(char first, char second) =>
        first >= 128 || second >= 128 || PrefixOpenings[(first * 128) + second];

    /// <summary>For each pair of ASCII characters (the first times 128 plus the second), whether a byline prefix opens with it, case ignored.</summary>
    private static readonly bool[] PrefixOpenings = OpeningPairs(MetadataRules.BylinePrefixes);

    private static bool[] OpeningPairs(string[] prefixes)
    {
        // The ASCII characters equal to a character when case is ignored (as OrdinalIgnoreCase compares them).
        static IEnumerable<int> Ascii(char c) =>
            Enumerable.Range(0, 128).Where(a => MemoryExtensions.Equals([(char)a], [c], StringComparison.OrdinalIgnoreCase));

        var pairs = new bool[128 * 128];
        foreach (var prefix in prefixes)
        {
            // A one-character prefix never matches a line of two characters or more after it; listed by its first only to be safe.
            foreach (var first in prefix.Length > 0 ? Ascii(prefix[0]) : [])
            {
                foreach (var second in prefix.Length > 1 ? Ascii(prefix[1]) : Enumerable.Range(0, 128))
                {
                    pairs[(first * 128) + second] = true;
                }
            }
        }

        return pairs;
    }

    /// <summary>The tags whose first words can make them a byline, as the selector <c>p, div, span, li, address, small, em, strong, i, b, section, font, dd</c>.</summary>
    private static readonly HashSet<string> PrefixTags = new(StringComparer.Ordinal) { "p", "div", "span", "li", "address", "small", "em", "strong", "i", "b", "section", "font", "dd" };

    /// <summary>Whether the element's own first text opens with a byline word followed by a capitalized name ("By Jane").</summary>
    private static bool OpensWithBylinePrefix(IElement element)
    {
        var first = element.FirstChild;
        while (first is not null && first is not IText && first is not IElement)
        {
            first = first.NextSibling;
        }

        if (first is IElement { LocalName: "time" })
        {
            // "<p class=info><time datetime=...>27.11.2023</time> von Sabine Krämer</p>" (Contao): the date, then the name.
            return BylineParser.IsDatedByline(ElementText.SpacedText(element, 120));
        }

        if (first is IElement label && IsLabelPiece(label))
        {
            // "<span>By</span><span>Ann Lee</span>": the byline word in an element of its own, the name in the next.
            return OpensWithPrefixAndName(ElementText.SpacedText(element, 120));
        }

        if (first is not IText text || text.Data.Length > MaxBylineLength * 4)
        {
            return false;
        }

        // The text read below starts with this node's first character that is not a space, and a byline must start
        // with a letter that is not lower case: a node that starts otherwise is turned away before any text is built.
        var data = text.Data;
        var lead = 0;
        while (lead < data.Length && ElementText.IsCollapsedSpace(data[lead]))
        {
            lead++;
        }

        var lowerCase = lead < data.Length && char.IsLower(data[lead]);
        if (lowerCase && data.Length - lead > BylineParser.MaxLowerCaseBylineLength * 2)
        {
            return false;
        }

        // A line whose first two characters are ASCII that no prefix opens with is turned away before its text is built:
        // the trimmed node when it is long enough, else the start of the element's spaced text (read up to two characters).
        // A run of dashes before the byline word ("---- by Kenneth Surin") is skipped.
        var dashes = LeadingDashes(data.AsSpan().Trim());
        var trimmed = data.AsSpan().Trim()[dashes..];
        var opening = trimmed.Length >= 40 ? trimmed : WithoutLeadingDashes(ElementText.SpacedText(element, 1 + dashes));
        if (opening.Length >= 2 && !MayOpenWithPrefix(opening[0], opening[1]))
        {
            // "Published: June 3, 2024 | By Sam Eddowes", "Posted on March 3, 2024 by Jane Doe": a publishing verb, the
            // date and the byline word after it.
            // "12.03.2021, 14:05 Uhr | Von Jana Muster", "February 11, 2022 — by Jonas Lindqvist — 34 comments": the date
            // alone, without the verb.
            return (BylineParser.MayOpenWithPublishingVerb(opening[0], opening[1]) || char.IsAsciiDigit(opening[0]) || OpensWithDayOfMonth(trimmed))
                && BylineParser.IsDatedByline(ElementText.SpacedText(element, 120));
        }

        var own = dashes == 0 ? data.Trim() : WithoutLeadingDashes(data.AsSpan().Trim()).ToString();
        var start = own.Length >= 40 ? own : WithoutLeadingDashes(ElementText.SpacedText(element, 120));
        if (start.Length > 120)
        {
            start = start[..120];
        }

        return OpensWithPrefixAndName(start) || BylineParser.OpensWithPiece(start, out _) || BylineParser.IsDatedByline(start);
    }

    /// <summary>
    /// Whether a text opens with a capitalized word, or a month's or a weekday's name in lower case, and a day's number after
    /// it ("February 11, 2022", "Feb. 11", "martedì 10 febbraio 2026"), or with a weekday's name and a month's before the
    /// number ("Tuesday, February 10, 2026"): the shape of a date written with its month's or its weekday's name first, told
    /// before any text is built (the month itself is read later).
    /// </summary>
    private static bool OpensWithDayOfMonth(ReadOnlySpan<char> text)
    {
        if (text.Length < 5 || !char.IsLetter(text[0]))
        {
            return false;
        }

        var end = 1;
        while (end < text.Length && end <= MaxMonthNameChars && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end < 3 || end > MaxMonthNameChars)
        {
            return false;
        }

        // A weekday or a month in lower case opens an Italian, a Spanish or a French date ("martedì 10 febbraio 2026"); a
        // weekday's name may have the month's name after it ("Tuesday, February 10, 2026").
        var rest = text[end..].TrimStart(". ");
        return rest.Length > 0 && char.IsAsciiDigit(rest[0])
            ? char.IsUpper(text[0]) || BylineParser.IsMonthOrWeekday(text[..end], connector: false)
            : BylineParser.IsMonthOrWeekday(text[..end], connector: false) && rest.TrimStart(", ") is var after
                && after[..Math.Min(after.Length, MaxMonthNameChars + 2)].ContainsAnyInRange('0', '9');
    }

    /// <summary>The longest month's name read at a line's start (see <see cref="OpensWithDayOfMonth"/>).</summary>
    private const int MaxMonthNameChars = 12;

    /// <summary>How many characters a run of dashes and the spaces after it take at the start of a line ("---- by Kenneth Surin", "— by Jane Doe"); 0 for none.</summary>
    private static int LeadingDashes(ReadOnlySpan<char> line)
    {
        var at = 0;
        while (at < line.Length && line[at] is '-' or '–' or '—')
        {
            at++;
        }

        if (at == 0)
        {
            return 0;
        }

        while (at < line.Length && ElementText.IsCollapsedSpace(line[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The line without a run of dashes that opens it, set before a byline in older pages ("---- by Kenneth Surin").</summary>
    private static ReadOnlySpan<char> WithoutLeadingDashes(ReadOnlySpan<char> line) => line[LeadingDashes(line)..];

    /// <summary>The line without a run of dashes that opens it; the line itself (no copy) when none does.</summary>
    private static string WithoutLeadingDashes(string line) => LeadingDashes(line) is > 0 and var dashes ? line[dashes..] : line;

    /// <summary>Whether a line opens with a byline word and a name after it ("By Jane", not "by the river").</summary>
    private static bool OpensWithPrefixAndName(string start)
    {
        foreach (var prefix in MetadataRules.BylinePrefixes)
        {
            // "By Jane", not "by the river": the line and the name start with a capital, or with a letter of a script
            // without case ("作者：张三", "بقلم: محمد علي"); only lower case turns them away.
            if (start.Length > prefix.Length + 1 && start.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = start[prefix.Length..].TrimStart(ColonsAndSpaces);
                if (rest.Length > 0 && !char.IsLower(rest[0]) && !char.IsLetter(start[prefix.Length])
                    && (!char.IsLower(start[0]) || BylineParser.IsShortNameLine(start, rest)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The longest line <see cref="IsNameWithRole"/> reads.</summary>
    private const int MaxNameWithRoleLine = 80;

    /// <summary>
    /// Whether the element's text is a name and a newsroom role after a comma, and nothing else ("Gwen Pritchard, local
    /// democracy reporter", "Jane Doe, Political Editor"): a byline without its byline word, set as the story's first line.
    /// The name is two to four capitalized words; the role ends with one of <see cref="MetadataRules.NewsroomRoleWords"/>.
    /// </summary>
    private static bool IsNameWithRole(IElement element)
    {
        if (ElementText.TextLength(element, MaxNameWithRoleLine + 1) is 0 or > MaxNameWithRoleLine
            || ElementText.SpacedText(element, MaxNameWithRoleLine + 1).Trim() is not { Length: > 0 } line || !char.IsUpper(line[0]))
        {
            return false;
        }

        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || line.IndexOf(',', comma + 1) >= 0 || line.AsSpan().IndexOfAny(['!', '?', ':', ';', '|']) >= 0)
        {
            return false;
        }

        var name = line[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var role = line[(comma + 1)..].TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Length is >= 2 and <= 4 && name.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))
            && role.Length is >= 1 and <= 5 && MetadataRules.NewsroomRoleWords.Contains(role[^1].LowerInvariant(), StringComparer.Ordinal);
    }
}
