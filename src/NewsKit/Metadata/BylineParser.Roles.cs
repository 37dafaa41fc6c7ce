using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Job titles, roles and labels around the names in a byline.</summary>
internal static partial class BylineParser
{
    /// <summary>
    /// Whether a part of a byline is a job title and no name: every word is a rank or beat word or a role
    /// ("Senior Staff Technologist", "Chief Political Correspondent").
    /// </summary>
    private static bool IsTitleOnly(string part)
    {
        var words = TrimName(part).LowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => IsTitleWord(w) || IsDeskCompound(w));
    }

    private static bool IsTitleWord(string word) =>
        MetadataRules.BeatWords.Contains(word, StringComparer.Ordinal) || MetadataRules.AuthorRoleWords.Contains(word, StringComparer.Ordinal)
        || MetadataRules.TitleWords.Contains(word, StringComparer.Ordinal);

    /// <summary>
    /// A hyphenated role or desk ("online-redaktion", "wirtschafts-korrespondent"): its last part is a title word or
    /// <see cref="MetadataRules.DeskWords"/>; or a desk's name in one word ("newsdesk", "sportsdesk", "onlineredaktion"): a
    /// longer word that ends with one of <see cref="MetadataRules.DeskCompoundEndings"/>. Lower case.
    /// </summary>
    private static bool IsDeskCompound(string word)
    {
        if (IsJoinedDeskName(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }

        var last = word[(hyphen + 1)..];
        return IsTitleWord(last) || MetadataRules.DeskWords.Contains(last, StringComparer.Ordinal);
    }

    /// <summary>Whether a word (lower case) is a desk's name in one word ("newsdesk", "sportsdesk", "onlineredaktion"): it ends with one of <see cref="MetadataRules.DeskCompoundEndings"/>, is at least three letters longer and has no hyphen (a hyphenated desk is read by its parts).</summary>
    private static bool IsJoinedDeskName(string word)
    {
        foreach (var ending in MetadataRules.DeskCompoundEndings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && !word.Contains('-', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line names a role anywhere in it, as a whole word ("Parish Clerk", "Stellvertretende Pressesprecherin").</summary>
    internal static bool NamesRole(string line)
    {
        var lower = line.LowerInvariant();
        return MetadataRules.AuthorRoleWords.Any(r => WholeWordIndex(lower, r) >= 0);
    }

    private static bool StartsWithRole(string part)
    {
        var lower = TrimName(part).LowerInvariant();
        foreach (var role in MetadataRules.AuthorRoleWords)
        {
            if (OpensWithWord(lower, role))
            {
                return true;
            }
        }

        // "AP Auto Writer", "AP National Political Writer": an agency's role line (its first word looked up before the
        // role words are searched for).
        var space = lower.IndexOf(' ', StringComparison.Ordinal);
        return OrganizationNameSet.Contains(space < 0 ? lower : lower[..space])
            && MetadataRules.AuthorRoleWords.Any(r => WholeWordIndex(lower, r) >= 0);
    }

    /// <summary>
    /// The name after the job title a byline part opens with ("Redakteurin Lea Kurz", "Staff Writer Jane Doe",
    /// "Beispiel-Online-Redakteurin Lea Kurz"): the words after the leading title words, when they are at least two and
    /// each opens with a capital; null otherwise.
    /// </summary>
    private static string? AfterLeadingRole(string part)
    {
        var words = TrimName(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length)
        {
            var lower = string.Join(' ', words[start..]).LowerInvariant();
            var role = MetadataRules.AuthorRoleWords.Where(r => OpensWithWord(lower, r)).MaxBy(r => r.Length);
            var word = words[start].LowerInvariant();
            if (role is not null)
            {
                start += role.Count(c => c == ' ') + 1;
            }
            else if (IsTitleWord(word) || IsDeskCompound(word))
            {
                start++;
            }
            else
            {
                break;
            }
        }

        var rest = words[start..];
        return start > 0 && rest.Length >= 2 && rest.All(w => char.IsUpper(w[0])) ? string.Join(' ', rest) : null;
    }

    /// <summary>A byline part without a source label before it ("Quelle: dpa", "Source: Reuters" read as the agency's name).</summary>
    private static string WithoutSourceLabel(string part)
    {
        var colon = part.AsSpan().IndexOfAny([':', '：']);
        return colon > 0 && MetadataRules.PlaceholderNames.Contains(part[..colon].Trim().LowerInvariant()) ? part[(colon + 1)..].Trim() : part;
    }

    /// <summary>Whether a credit is the paper's own staff in the first person ("Our Reporter", "Our Correspondent", "Our Staff").</summary>
    private static bool IsOwnStaff(string credit) =>
        credit.StartsWith("Our ", StringComparison.OrdinalIgnoreCase) && TextTools.WordCount(credit) <= 3;

    /// <summary>Labels of the part of a byline list that gives the author's role ("Role, BBC Persian"), in the languages of a template that writes them.</summary>
    private static readonly string[] RoleLabels = ["role", "نقش", "cargo", "função", "rôle", "ruolo", "функция", "الدور", "rol"];

    /// <summary>
    /// The byline with the space that French typography sets before a colon taken out after a word ("Texte : Léa Marchand,
    /// photos : Hugo Besson" is read as "Texte: Léa Marchand, photos: Hugo Besson"), so that its labels read as everywhere else.
    /// </summary>
    private static string WithLabelColonsClosed(string text)
    {
        if (!text.Contains(" :", StringComparison.Ordinal) && !text.Contains("\u00A0:", StringComparison.Ordinal) && !text.Contains("\u202F:", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\u00A0' or '\u202F' && i + 1 < text.Length && text[i + 1] == ':' && i > 0 && char.IsLetter(text[i - 1]))
            {
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
