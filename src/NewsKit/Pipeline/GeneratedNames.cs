namespace NewsKit.Pipeline;

/// <summary>
/// Tells a class name's generated hash from its words. CSS-in-JS and CSS modules name a component's class with a short
/// run of random letters in both cases ("sc-AdWApG ETHYCd", "css-1x9k2m", "Heading_sub__aDSl1", "kAdLp"); split at its
/// capitals such a run yields short "words" ("Ad", "Lp") that mean nothing, and an "Ad" in a hash is no advert. A run
/// written as camelCase words ("articleBody", "adSlot", "StickyAd", "GDPRBanner") keeps its words.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>
    /// Whether the run of letters and digits that holds <paramref name="index"/> in <paramref name="names"/> is a
    /// generated hash (<see cref="IsHash"/>).
    /// </summary>
    public static bool IsInHash(ReadOnlySpan<char> names, int index)
    {
        var (start, end) = (index, index);
        while (start > 0 && char.IsLetterOrDigit(names[start - 1]))
        {
            start--;
        }

        while (end < names.Length && char.IsLetterOrDigit(names[end]))
        {
            end++;
        }

        return IsHash(names[start..end]);
    }

    /// <summary>
    /// Whether a run of letters and digits (no separators) is a generated hash rather than words: it mixes lower-case
    /// and capital letters, and is not camelCase words: a digit among its letters, a capital that starts no word of two
    /// letters or more ("bAdvQ", "xyAD", "ETHYCd"), or two or more words of one or two letters ("kAdLp", "jRkgWe").
    /// A leading lower-case word, capitalized words and an acronym before a capitalized word ("GDPRBanner") are camelCase.
    /// </summary>
    public static bool IsHash(ReadOnlySpan<char> run)
    {
        var (upper, lower, digit) = (false, false, false);
        foreach (var c in run)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            digit |= char.IsDigit(c);
        }

        if (!upper || !lower)
        {
            return false;
        }

        if (digit)
        {
            return true;
        }

        // The words: a leading lower-case one, then each capital run with the lower-case letters after it.
        var i = 0;
        while (i < run.Length && char.IsLower(run[i]))
        {
            i++;
        }

        var shortWords = i is > 0 and <= 2 ? 1 : 0;
        while (i < run.Length)
        {
            var capitals = i;
            while (i < run.Length && char.IsUpper(run[i]))
            {
                i++;
            }

            var lowers = i;
            while (i < run.Length && char.IsLower(run[i]))
            {
                i++;
            }

            if (i < run.Length && !char.IsUpper(run[i]))
            {
                // Neither a letter of either case: a letter without case (CJK) or a mark; not a generator's alphabet.
                return false;
            }

            var (capitalCount, lowerCount) = (lowers - capitals, i - lowers);
            if (lowerCount == 0 || (capitalCount > 1 && lowerCount < 2))
            {
                // A capital that starts no word ("bAdvQ", "xyAD"), or an acronym run into one letter ("ETHYCd", "WAp").
                return true;
            }

            // "Ad" of "adSlot"; an acronym's last capital starts the word after it ("GDPR" + "Banner").
            shortWords += lowerCount + 1 <= 2 ? 1 : 0;
        }

        return shortWords >= 2;
    }
}
