using System.Globalization;
using System.Text.RegularExpressions;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Breaks a copyright notice's text into its parts: the holder (the name after the sign, ending at its sentence, before
/// credits, conditions and addresses), the years and the rights statement (<see cref="MetadataRules.CopyrightStatements"/>).
/// Where the notice is on the page is <see cref="CopyrightFinder"/>'s business.
/// </summary>
internal static class CopyrightNotice
{
    /// <summary>A year or a range of years ("2005-2019", "1999–2023").</summary>
    internal static readonly Regex Years = new(
        @"(?<from>(?:19|20)\d\d)(?:\s*[-–—‒/]\s*(?<to>(?:19|20)\d\d))?",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>A copyright sign or word ("©", the circled "ⓒ" of Korean pages, "(c)", "Copyright"; not "Copyrighted").</summary>
    internal static readonly Regex Marker = new(
        @"©|ⓒ|Ⓒ|\(c\)|\(C\)|&copy;|copyright\b|copr\.",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The holder's name from what is left of a notice without its sign, years and statement: the first part before a
    /// separator (" - ", " | ", " · "), before a word that starts with a digit (a street number, an ISSN) and before a
    /// comma followed by an address (digits); without a "by"; the period of a company form written with its capital
    /// ("Inc.", "Ltd.") kept, a sentence's dropped.
    /// </summary>
    private static string HolderOf(string text)
    {
        var holder = text.Trim(HolderTrim);
        foreach (var separator in MetadataRules.HolderSeparators)
        {
            var at = holder.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                holder = holder[..at];
            }
        }

        foreach (var ending in MetadataRules.HolderEndings)
        {
            var at = holder.IndexOf(ending, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                holder = holder[..at];
            }
        }

        // The owner's owner after a comma ("Harbour Times, a Gannett company", "Example Post, an Acme Media brand").
        foreach (var article in OwnerArticles)
        {
            var at = holder.IndexOf(article, StringComparison.Ordinal);
            if (at > 0 && OwnerWords.Any(w => holder.TrimEndAny(['.', ' ']).EndsWith(w, StringComparison.OrdinalIgnoreCase)))
            {
                holder = holder[..at];
                break;
            }
        }

        // An address after a comma ("Example AG, Quay Road 108"); a company form after one ("Example, Inc.") is the name's.
        for (var at = holder.IndexOf(", ", StringComparison.Ordinal); at > 0; at = holder.IndexOf(", ", at + 2, StringComparison.Ordinal))
        {
            var next = holder[(at + 2)..];
            var form = MetadataRules.CompanyAbbreviations.Any(a => next.StartsWith(a, StringComparison.Ordinal) && (next.Length == a.Length || !char.IsLetter(next[a.Length])))
                || next.StartsWith("LLC", StringComparison.Ordinal);
            if (!form && next.ContainsAnyInRange('0', '9'))
            {
                holder = holder[..at];
                break;
            }
        }

        holder = EndAfterLegalForm(holder);
        if (SentenceEnd(holder) is var end and > 0)
        {
            holder = holder[..end];
        }

        for (var i = 1; i < holder.Length; i++)
        {
            if (char.IsAsciiDigit(holder[i]) && holder[i - 1] == ' ')
            {
                holder = holder[..i];
                break;
            }
        }

        holder = holder.Trim(HolderTrim);
        if (holder.TrimEnd('/').EndsWith(' '))
        {
            // "Kaieteur Post / All rights reserved": the separator left at the end.
            holder = holder.TrimEnd('/').Trim(HolderTrim);
        }

        if (holder.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || holder.StartsWith("by:", StringComparison.OrdinalIgnoreCase))
        {
            holder = holder[3..].Trim();
        }

        // "Future US, Inc." and "Example Media Ltd. All rights reserved.": the company form's period is the name's; a
        // word written in lower case ("SwissX REDD UK ltd. All Rights Reserved.") ends the sentence with its period.
        var position = holder.Length > 0 ? text.IndexOf(holder, StringComparison.Ordinal) : -1;
        var keepDot = position >= 0 && text.Length > position + holder.Length && text[position + holder.Length] == '.' && EndsWithCompanyForm(holder);
        return keepDot ? holder + "." : holder;
    }

    /// <summary>
    /// The name up to its legal form when more words follow it without a separator, as an address or a phone number does
    /// when a footer's lines are glued ("Nordsee Medienhaus GmbH Hafenstraße 5", "Radio Norte S.L. Avenida del Puerto");
    /// a form followed by another form stays whole ("GmbH &amp; Co. KG", "Pty Ltd", "S.A. de C.V."), and a form followed by
    /// a comma is left to the address rule ("ABC, Inc., KTRK-TV Houston").
    /// </summary>
    private static string EndAfterLegalForm(string holder)
    {
        var words = holder.Split(' ');
        var length = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            length += words[i].Length + 1;
            if (i > 0 && !words[i].EndsWith(',') && LegalForms.Contains(words[i].TrimEnd('.')) && !LegalForms.Contains(words[i + 1].TrimEndAny([',', '.']))
                && words[i + 1] is not ("&" or "&amp;" or "+" or "und" or "and" or "de" or "y") && !words[i + 1].StartsWith("Co", StringComparison.Ordinal))
            {
                return holder[..(length - 1)];
            }
        }

        return holder;
    }

    /// <summary>Whether a word is a company's legal form (<see cref="LegalForms"/>), with or without its final period.</summary>
    internal static bool IsLegalForm(string word) => LegalForms.Contains(word.TrimEnd('.'));

    /// <summary>Legal forms of companies that end their name ("GmbH", "S.L", "Ltd"), without a final period.</summary>
    private static readonly HashSet<string> LegalForms = new(
    [
        "GmbH", "AG", "KG", "SE", "e.V", "eG", "mbH", "Ltd", "LLC", "LLP", "Inc", "Corp", "plc", "PLC", "S.L", "S.A", "S.L.U", "SL",
        "SA", "S.p.A", "S.r.l", "SpA", "Srl", "B.V", "N.V", "BV", "NV", "SAS", "SARL", "S.A.S", "S.à.r.l", "Oy", "AB", "A/S", "ApS",
        "Pty", "sp. z o.o", "a.s", "s.r.o", "Kft", "Zrt",
    ], StringComparer.Ordinal);

    /// <summary>Whether a name ends with a company form written after a space or a comma ("Future US, Inc", "Example Media Ltd": <see cref="MetadataRules.CompanyAbbreviations"/>).</summary>
    private static bool EndsWithCompanyForm(string name) =>
        MetadataRules.CompanyAbbreviations.Any(a => name.EndsWith(" " + a, StringComparison.Ordinal) || name.EndsWith("," + a, StringComparison.Ordinal));

    private static readonly char[] HolderTrim = [' ', '.', ',', '-', '–', '—', '|', ':', ';', '·', '℗', '®'];

    /// <summary>The text without the copyright signs and words and the years, whitespace collapsed.</summary>
    private static string WithoutNoticeWords(string text)
    {
        text = Years.Replace(Marker.Replace(text, " "), " ");
        foreach (var word in MetadataRules.CopyrightWords)
        {
            text = text.Replace(word, " ", StringComparison.OrdinalIgnoreCase);
        }

        return ElementText.Collapse(text);
    }

    /// <summary>
    /// Where the holder's sentence ends: the first period followed by a space that does not close a company form
    /// (<see cref="MetadataRules.CompanyAbbreviations"/>) or a short abbreviation or initial ("St.", "J."); -1 when none.
    /// </summary>
    private static int SentenceEnd(string holder)
    {
        for (var at = holder.IndexOf(". ", StringComparison.Ordinal); at > 0; at = holder.IndexOf(". ", at + 2, StringComparison.Ordinal))
        {
            var before = holder[..at].TrimEnd(',');
            var word = before[(before.LastIndexOf(' ') + 1)..];
            var abbreviation = word.Length <= 2 || (word.Length <= 4 && word.All(char.IsLower)) || EndsWithCompanyForm(before)
                || MetadataRules.CompanyAbbreviations.Contains(before, StringComparer.Ordinal);
            if (!abbreviation)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Breaks a notice into holder, years and statement.</summary>
    public static Copyright? Parse(string text)
    {
        var notice = ElementText.Collapse(text);
        if (notice.Length == 0)
        {
            return null;
        }

        string? statement = null;
        var statementAt = -1;
        var leadingStatementEnd = 0;
        foreach (var candidate in MetadataRules.CopyrightStatements)
        {
            var at = notice.IndexOf(candidate, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var end = at + candidate.Length;
                if (end < notice.Length && notice[end] is '.' or '!' or '。')
                {
                    end++;
                }

                statement = notice[at..end];
                statementAt = at;
                if (Marker.Match(notice) is { Success: true } after && after.Index >= end)
                {
                    // "Derechos Reservados © 2025, Example S.A.": the statement leads, the notice goes on after it.
                    leadingStatementEnd = end;
                }
                else
                {
                    notice = notice[..end];
                }

                break;
            }
        }

        if (statement is null || leadingStatementEnd > 0)
        {
            foreach (var separator in MetadataRules.NoticeSeparators)
            {
                var at = notice.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0)
                {
                    notice = notice[..at];
                }
            }
        }

        var years = Years.Match(notice);
        int? from = null, to = null;
        if (years.Success)
        {
            from = int.Parse(years.Groups["from"].Value, CultureInfo.InvariantCulture);
            to = years.Groups["to"].Success ? int.Parse(years.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
            var after = years.Index + years.Length;
            if (!years.Groups["to"].Success && after < notice.Length && notice[after] is '-' or '–' or '—'
                && (after + 1 == notice.Length || notice[after + 1] == ' '))
            {
                // "© 2009- Example GmbH": an open range whose end a script writes on the page.
                to = null;
            }
        }

        // The name after the sign is the holder's ("Hearst Newspapers © Copyright The Hearst Corporation", "All contents
        // © 2025 Example Group LLC"); the words before it only when nothing follows ("Example Blog © 2025").
        var holderText = leadingStatementEnd > 0 ? notice[leadingStatementEnd..] : statementAt >= 0 ? notice[..statementAt] : notice;
        var holder = string.Empty;
        if (Marker.Match(holderText) is { Success: true, Index: > 0 } sign)
        {
            holder = HolderOf(WithoutNoticeWords(holderText[sign.Index..]));
        }

        if (holder.Length == 0)
        {
            holder = HolderOf(WithoutNoticeWords(holderText));
        }

        if (holder.Length == 0 && leadingStatementEnd > 0)
        {
            // "Grupo Sur Todos los derechos reservados ©": nothing after the sign, the name before the statement.
            holder = HolderOf(WithoutNoticeWords(notice[..statementAt]));
        }

        return new Copyright(notice)
        {
            Holder = holder.Length is > 0 and <= 100 ? holder : null,
            YearFrom = from,
            YearTo = to,
            Statement = statement,
        };
    }

    /// <summary>Whether a text holds a rights statement ("All rights reserved", "Alle Rechte vorbehalten"; <see cref="MetadataRules.CopyrightStatements"/>).</summary>
    internal static bool HasStatement(string text)
    {
        foreach (var statement in MetadataRules.CopyrightStatements)
        {
            if (text.Contains(statement, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Openings of a mention of the holder's owner after its name (", a Gannett company").</summary>
    private static readonly string[] OwnerArticles = [", a ", ", an ", ", part of ", ", ein ", ", eine "];

    /// <summary>Last words of such a mention.</summary>
    private static readonly string[] OwnerWords = [" company", " brand", " publication", " property", " business", " unternehmen", " marke"];

    /// <summary>
    /// The line from the sentence that holds its copyright word on ("Mesa Ledger Daily is an independent local news site
    /// serving Mesa. Copyright © 2023. All Rights Reserved." gives "Copyright © 2023. All Rights Reserved."): a sentence
    /// before the notice is no part of it. A line whose notice opens it, or whose words before the sign end no sentence
    /// ("Acme Corp. © 2024"), is kept whole.
    /// </summary>
    internal static string FromNoticeSentence(string line)
    {
        var marker = Marker.Match(line);
        if (!marker.Success || marker.Index < MinSentenceBeforeNotice)
        {
            return line;
        }

        var end = line.LastIndexOf(". ", marker.Index, StringComparison.Ordinal);
        if (end < MinSentenceBeforeNotice || TextTools.WordCount(line[..end]) < MinSentenceWords || !char.IsUpper(line[end + 2]))
        {
            return line;
        }

        // The stop ends a sentence, not an abbreviation ("n. 231", "Co. KG", "S.A."): the word before it is a word of
        // four letters or more in lower case.
        var wordStart = line.LastIndexOf(' ', end - 1) + 1;
        var word = line.AsSpan(wordStart, end - wordStart);
        return word.Length >= 4 && char.IsLower(word[^1]) && !word.Contains('.') ? line[(end + 2)..] : line;
    }

    /// <summary>The fewest characters before a notice read as a sentence of its own (a holder's name with "Inc." is shorter).</summary>
    private const int MinSentenceBeforeNotice = 40;

    /// <summary>The fewest words before a notice read as a sentence of its own.</summary>
    private const int MinSentenceWords = 6;

    /// <summary>Whether a rights statement only names a licence ("CC BY 4.0", "Creative Commons Attribution", "Public domain"): no holder's notice.</summary>
    internal static bool IsLicenseName(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("CC ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("CC-", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("CC0", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("Creative Commons", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Public domain", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the words right after the sign, up to the first sentence end or separator, name a theme or a template
    /// ("© Newspaper WordPress Theme by TagDiv"): the theme's credit, where a notice names its holder. A theme credited
    /// after the holder ("© 2024 My Blog | Theme by Colorlib") leaves the notice a notice.
    /// </summary>
    internal static bool NamesTheme(string line, int sign)
    {
        if (sign < 0)
        {
            return false;
        }

        var holder = line[(sign + 1)..];
        var end = holder.AsSpan().IndexOfAny(['|', '.', '–', '·']);
        holder = (end < 0 ? holder : holder[..end]).LowerInvariant();
        return ThemeCredits.Any(c => holder.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Words of a theme's or template's credit ("WordPress Theme by TagDiv", "Theme: Astra").</summary>
    private static readonly string[] ThemeCredits = ["wordpress theme", "theme by", "template by", "theme:", "themeforest"];
}
