namespace NewsKit.Metadata;

/// <summary>The shapes of names: a full name as declared data writes it, and a short line of a byline word and names.</summary>
internal static partial class BylineParser
{
    /// <summary>Generational suffixes written after a name and a comma ("Jr.", "III").</summary>
    private static readonly HashSet<string> GenerationalSuffixes = new(["Jr", "Sr", "Jun", "Sen", "II", "III", "IV"], StringComparer.Ordinal);

    /// <summary>Whether a name is a person's full name as declared data writes it: two to four words, each with a capital (or a name particle).</summary>
    private static bool IsFullName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || MetadataRules.NameParticles.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a byline that opens in lower case ("von Alexander Rosenkranz", "by Jane Doe" set in a meta line) is
    /// nothing but the word and a name: the line is at most <see cref="MaxLowerCaseBylineLength"/> characters and the
    /// name is two to four words that each start with a capital ("by the river" or "by Monday, the council" are not).
    /// </summary>
    internal static bool IsShortNameLine(string line, string name)
    {
        if (line.Length > MaxLowerCaseBylineLength)
        {
            return false;
        }

        return IsFullName(name) || IsFullNames(name);
    }

    /// <summary>Whether a text is two or three full names joined by a conjunction or a comma ("Marco Bellini e Sara Conti").</summary>
    private static bool IsFullNames(string text)
    {
        foreach (var separator in MetadataRules.AuthorSeparators)
        {
            var parts = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 2 or 3 && parts.All(p => IsFullName(p) || IsFullNames(p)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest line that may open with a lower-case byline word.</summary>
    internal const int MaxLowerCaseBylineLength = 50;
}
