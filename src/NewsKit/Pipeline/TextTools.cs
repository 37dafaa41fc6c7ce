using System.Globalization;
using System.Text;

namespace NewsKit.Pipeline;

/// <summary>Text comparisons and clean-ups the stages share: titles, site names, word counts, relaxed and squashed forms for comparing texts.</summary>
internal static class TextTools
{
    /// <summary>Cleans a title-like text: decodes entities left encoded twice, collapses whitespace, removes stray Markdown emphasis (<c>**</c>, <c>__</c>), trims.</summary>
    public static string CleanTitle(string? text)
    {
        var collapsed = ElementText.Collapse(text);
        var cleaned = collapsed;
        if (cleaned.Contains('&', StringComparison.Ordinal) && cleaned.Contains(';', StringComparison.Ordinal))
        {
            cleaned = System.Net.WebUtility.HtmlDecode(cleaned);
        }

        // Replace gives the same string when there is nothing to replace; collapsing a collapsed text changes nothing.
        cleaned = cleaned.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        return ReferenceEquals(cleaned, collapsed) ? collapsed : ElementText.Collapse(cleaned);
    }

    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="prefixes"/>, compared ordinally (lower-case both for a case-blind test).</summary>
    public static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A text a page declares for machines (a description), as it reads: white space collapsed; character references
    /// decoded once more when the page escaped them twice (the source's "Docker&amp;amp;rsquo;s" is "Docker&amp;rsquo;s"
    /// after the parser's own decoding; content management systems often write it so); markup written into it
    /// ("&lt;p&gt;&lt;strong&gt;") taken out; a numeric reference cut in half by a shortening ("territory&amp;#8221…") dropped.
    /// </summary>
    public static string CleanDeclaredText(string? text)
    {
        var collapsed = ElementText.Collapse(text);
        if (collapsed.Contains('<', StringComparison.Ordinal) && collapsed.Contains('>', StringComparison.Ordinal))
        {
            collapsed = ElementText.Collapse(WithoutTags(collapsed));
        }

        if (collapsed.Contains('&', StringComparison.Ordinal))
        {
            collapsed = CutReferenceBeforeEllipsis(collapsed);
            if (collapsed.Contains(';', StringComparison.Ordinal))
            {
                collapsed = ElementText.Collapse(System.Net.WebUtility.HtmlDecode(collapsed));
            }
        }

        return collapsed;
    }

    /// <summary>
    /// A body the page declares (JSON-LD <c>articleBody</c>) as it would show, its paragraphs on lines of their own: markup
    /// written into it (<c>"&lt;p&gt;Harborline agreed ...&lt;/p&gt;&lt;p&gt;..."</c>) becomes line breaks at the ends of
    /// blocks and spaces elsewhere, character references are decoded. Plain text comes back as it is.
    /// </summary>
    public static string DeclaredBodyText(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal) || !text.Contains('>', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = WithoutTags(text, blockBreaks: true).Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var shown = line.Contains('&', StringComparison.Ordinal) && line.Contains(';', StringComparison.Ordinal)
                ? ElementText.Collapse(System.Net.WebUtility.HtmlDecode(line))
                : ElementText.Collapse(line);
            if (shown.Length > 0)
            {
                kept.Add(shown);
            }
        }

        return string.Join('\n', kept);
    }

    /// <summary>The elements whose tags end a line in a declared body's markup.</summary>
    private static readonly HashSet<string> BlockTags = new(["p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr"], StringComparer.Ordinal);

    /// <summary>
    /// The text without its tags: a '&lt;' with the name of an HTML element that holds text (p, strong, a, br, span...),
    /// optionally closing, up to the next '&gt;', each replaced by a space (when <paramref name="blockBreaks"/>, a block's
    /// tag by a line break and an inline one by nothing, as it shows). Other angle brackets stay ("watch &lt;The Palace&gt;"
    /// names a show).
    /// </summary>
    private static string WithoutTags(string text, bool blockBreaks = false)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TagEnd(text, i) is > 0 and var end)
            {
                if (!blockBreaks)
                {
                    sb.Append(' ');
                }
                else if (BlockTags.Contains(TagName(text, i)))
                {
                    sb.Append('\n');
                }
                i = end + 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>The lower-case name of the tag that starts at <paramref name="start"/> (a known tag: see <see cref="TagEnd"/>).</summary>
    private static string TagName(string text, int start)
    {
        var (nameStart, nameEnd) = NameAt(text, start);
        return text[nameStart..nameEnd].LowerInvariant();
    }

    /// <summary>Where the name of the tag that starts at <paramref name="start"/> ('&lt;', then '/' for a closing tag) starts and ends.</summary>
    private static (int Start, int End) NameAt(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return (nameStart, i);
    }

    /// <summary>Where the tag that starts at <paramref name="start"/> ends (its '&gt;'); -1 when no known tag starts there.</summary>
    private static int TagEnd(string text, int start)
    {
        var (nameStart, i) = NameAt(text, start);
        if (i == nameStart || i >= text.Length || !(text[i] is '>' or '/' || char.IsWhiteSpace(text[i]))
            || !HtmlTags.Prose.Contains(text[nameStart..i].LowerInvariant()))
        {
            return -1;
        }

        var end = text.IndexOf('>', i);
        return end < 0 || end - start > 500 ? -1 : end;
    }

    /// <summary>"...territory&amp;#8221…": a numeric character reference without its ';' right before a closing ellipsis is a shortening's cut, dropped.</summary>
    private static string CutReferenceBeforeEllipsis(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        var ellipsis = trimmed.EndsWith("…", StringComparison.Ordinal) ? 1 : trimmed.EndsWith("...", StringComparison.Ordinal) ? 3 : 0;
        if (ellipsis == 0)
        {
            return text;
        }

        var body = trimmed[..^ellipsis];
        var amp = body.LastIndexOf('&');
        if (amp < 0 || body.Length - amp > 10 || body.Length - amp < 3 || body[amp + 1] != '#' || body[(amp + 2)..].ContainsAnyExcept(ReferenceChars))
        {
            return text;
        }

        return string.Concat(body[..amp].TrimEnd(), "…");
    }

    private static readonly System.Buffers.SearchValues<char> ReferenceChars = System.Buffers.SearchValues.Create("xX0123456789abcdefABCDEF");

    /// <summary>
    /// ASCII, and the characters of Latin-1, Latin Extended-A/B and General Punctuation that are their own NFKC form
    /// (checked one by one when the set is built). None of them composes with a preceding character (canonical
    /// compositions pair a starter with a combining mark, Hangul jamo or a few Indic vowel signs, none in these
    /// blocks), so a text made only of them is unchanged by NFKC.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> NfkcStable = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x80)
            .Concat(Enumerable.Range(0x80, 0x250 - 0x80))
            .Concat(Enumerable.Range(0x2000, 0x2070 - 0x2000))
            .Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && string.Equals(c.ToString().Normalize(NormalizationForm.FormKC), c.ToString(), StringComparison.Ordinal))
            .ToArray());

    /// <summary>Whether the text is made only of characters of <see cref="NfkcStable"/>, so that NFKC leaves it as it is.</summary>
    public static bool IsOwnNfkcForm(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(NfkcStable);

    /// <summary>Lower case, letters and digits only, single spaces: for comparing texts that differ in case and punctuation.</summary>
    public static string Relaxed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        // Normalizing goes through ICU and costs more than the rest of this method: text made only of characters that
        // are their own NFKC form and never compose (ASCII, most Latin letters, typographic quotes and dashes) skips it.
        var normalized = IsOwnNfkcForm(text) ? text : text.Normalize(NormalizationForm.FormKC);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(TextCase.Lower(c));
            }
            else if (c is '\'' or '’' or '‘' or 'ʼ')
            {
                continue;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <see cref="Relaxed"/> of <paramref name="text"/> equals <paramref name="relaxed"/> (a text relaxed already),
    /// compared as it is relaxed and without building it; text that needs normalizing is relaxed in full.
    /// </summary>
    public static bool RelaxesTo(string text, string relaxed)
    {
        if (!IsOwnNfkcForm(text))
        {
            return Relaxed(text) == relaxed;
        }

        var at = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && at > 0 && (at >= relaxed.Length || relaxed[at++] != ' '))
                {
                    return false;
                }

                space = false;
                if (at >= relaxed.Length || relaxed[at++] != TextCase.Lower(c))
                {
                    return false;
                }
            }
            else if (c is not ('\'' or '’' or '‘' or 'ʼ'))
            {
                space = true;
            }
        }

        return at == relaxed.Length;
    }

    /// <summary>
    /// False when <see cref="Relaxed"/> of <paramref name="text"/> surely does not start with <paramref name="first"/>:
    /// the text's first letter or digit, with only ASCII before it (which normalizing leaves alone), is another one.
    /// True when it may (or when non-ASCII text comes first and only relaxing can tell).
    /// </summary>
    public static bool MayRelaxToStartWith(string text, char first)
    {
        foreach (var c in text)
        {
            if (!char.IsAscii(c))
            {
                return true;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                return TextCase.Lower(c) == first;
            }
        }

        return true;
    }

    /// <summary>The text without spaces, relaxed: "CBS Sports" and "cbssports" agree.</summary>
    public static string Squashed(string? text) => Relaxed(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// How strongly two titles agree: 3 equal (relaxed), 2 one contains the other and is at least 40% of it,
    /// 1 most words shared, 0 not at all.
    /// </summary>
    public static int Agreement(string a, string b)
    {
        var ra = Relaxed(a);
        var rb = Relaxed(b);
        if (ra.Length == 0 || rb.Length == 0)
        {
            return 0;
        }

        if (ra == rb)
        {
            return 3;
        }

        var (shorter, longer) = ra.Length <= rb.Length ? (ra, rb) : (rb, ra);
        if (shorter.Length >= 12 && shorter.Length * 10 >= longer.Length * 4 && longer.Contains(shorter, StringComparison.Ordinal))
        {
            return 2;
        }

        var wa = ra.Split(' ').ToHashSet(StringComparer.Ordinal);
        var wb = rb.Split(' ').ToHashSet(StringComparer.Ordinal);
        var shared = wa.Count(wb.Contains);
        return wa.Count >= 3 && wb.Count >= 3 && shared * 10 >= Math.Max(wa.Count, wb.Count) * 7 ? 1 : 0;
    }

    /// <summary>The number of words of a text: runs of characters between spaces.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>The most letters of a word alone in capitals kept as an acronym (see <see cref="TitleCaseIfShouting"/>).</summary>
    private const int MaxAcronymLetters = 4;

    /// <summary>
    /// Writes an all-capitals name in title case ("JANE DOE" gives "Jane Doe"), with the capital after a one-letter prefix and
    /// its apostrophe and after "Mc" ("CAOIMHE O'SULLIVAN" gives "Caoimhe O'Sullivan", "RORY MCDONALD" "Rory McDonald");
    /// a word alone of at most four capitals ("APA") and other names unchanged.
    /// </summary>
    public static string TitleCaseIfShouting(string name, CultureInfo? culture)
    {
        var letters = name.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || letters.Any(char.IsLower) || (letters.Length <= MaxAcronymLetters && !name.Trim().Contains(' ', StringComparison.Ordinal)))
        {
            // "APA", "PAP", "TNN": a short word alone in capitals is an agency's or a desk's acronym, not a shouted name.
            return name;
        }

        var textInfo = (culture ?? CultureInfo.InvariantCulture).TextInfo;
        var titled = textInfo.ToTitleCase(name.ToLower(culture ?? CultureInfo.InvariantCulture)).ToCharArray();
        for (var i = 0; i + 2 < titled.Length; i++)
        {
            var wordStart = i == 0 || !char.IsLetter(titled[i - 1]);
            if (wordStart && char.IsUpper(titled[i]) && titled[i + 1] is '\'' or '’' && char.IsLower(titled[i + 2]))
            {
                titled[i + 2] = textInfo.ToUpper(titled[i + 2]);
            }
            else if (wordStart && titled[i] == 'M' && titled[i + 1] == 'c' && char.IsLower(titled[i + 2]))
            {
                titled[i + 2] = textInfo.ToUpper(titled[i + 2]);
            }
        }

        RestoreFinalSigma(titled);
        return new string(titled);
    }

    /// <summary>
    /// Greek writes sigma at a word's end as "ς" ("ΠΑΠΑΔΟΠΟΥΛΟΣ" is "Παπαδοπουλος"); lowering a word in capitals gives "σ"
    /// everywhere. Puts the final form back, in place.
    /// </summary>
    public static void RestoreFinalSigma(Span<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == 'σ' && char.IsLetter(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
            {
                text[i] = 'ς';
            }
        }
    }
}
