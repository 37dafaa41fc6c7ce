using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>One date line that names the publication and the update: where it is cut between them.</summary>
internal static partial class DateLines
{
    /// <summary>
    /// A date line that names the update after the publication date ("18 Jul 2025 08:52AM (Updated: 18 Jul 2025 10:15AM)",
    /// "March 3, 2024 | Updated March 4"), cut before the first update word: the text before it (with a digit in it) and
    /// the text from it. A line that opens with the update and names the publication after it ("Updated Feb 10, 2021 |
    /// Published Feb 3, 2021") is cut before the publishing word, the parts given in the same order (publication,
    /// update). Null when the line is neither.
    /// </summary>
    internal static (string First, string Update)? SplitAtUpdate(string text)
    {
        var lower = text.LowerInvariant();
        var at = -1;
        foreach (var word in SplitUpdateWords)
        {
            var i = lower.IndexOf(word, StringComparison.Ordinal);
            if (i > 0 && (at < 0 || i < at) && !char.IsLetter(lower[i - 1]))
            {
                at = i;
            }
        }

        if (at > 0 && text[..at].TrimEnd(LabelSeparators) is var first && first.Any(char.IsAsciiDigit))
        {
            return (first, text[at..].TrimEndAny([')', ']', ' ']));
        }

        // "Updated Feb 10, 2021 | Published Feb 3, 2021": the update first, the publication after its own word.
        var published = text.Length > 0 && StartsWithLower(text.AsSpan().TrimStart(), MetadataRules.UpdatedWords) ? SecondLabel(lower, MetadataRules.PublishedWords) : -1;
        if (published > 0)
        {
            var update = text[..published].TrimEnd(LabelSeparators);
            return update.Any(char.IsAsciiDigit) ? (text[published..].TrimEndAny([')', ']', ' ']), update) : null;
        }

        return null;
    }

    /// <summary>
    /// Labels of the state a page is in ("Stand: 05.11.2024, 16:42 Uhr"): its last change when they follow another date on
    /// the line ("Erstellt: 05.11.2024, 09:10 Uhr · Stand: 05.11.2024, 16:42 Uhr"); alone near the headline such a date is
    /// often the page's only one, and is read as its date.
    /// </summary>
    internal static readonly string[] StatusLabels = ["stand:"];

    /// <summary>
    /// <see cref="MetadataRules.UpdatedWords"/> and <see cref="StatusLabels"/>: the words a date line is cut at before its
    /// update (see <see cref="SplitAtUpdate"/>).
    /// </summary>
    private static readonly string[] SplitUpdateWords = [.. MetadataRules.UpdatedWords, .. StatusLabels];

    /// <summary>Whether a date line names its update with a <see cref="StatusLabels"/> label after a date ("Erstellt: 05.11.2024 · Stand: 06.11.2024").</summary>
    internal static bool NamesStatusAfterDate(string text) =>
        SplitAtUpdate(text) is (_, { } update) && StartsWithLower(update, StatusLabels);

    /// <summary>The characters between two labelled dates on one line ("03.02.2021 | Aktualisiert ...").</summary>
    private static readonly char[] LabelSeparators = [' ', '(', '[', '|', '-', '–', '—', ',', '/', '·', '•'];

    /// <summary>Where the first of <paramref name="words"/> stands after the line's start, as a word of its own; -1 when none does.</summary>
    private static int SecondLabel(string lower, string[] words)
    {
        var at = -1;
        foreach (var word in words)
        {
            var i = lower.IndexOf(word, 1, StringComparison.Ordinal);
            if (i > 0 && (at < 0 || i < at) && !char.IsLetter(lower[i - 1]))
            {
                at = i;
            }
        }

        return at;
    }
}
