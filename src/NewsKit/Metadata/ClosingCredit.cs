using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The author named in a credit line at the article's end, for a page with no byline near its headline: a short line
/// that opens with a credit label and a colon ("Text: Klausmartin Friedrich", "Autorin: Erika Muster", "Von: Götz
/// Warnke", "Text und Interview: Harald Willenbrock"; <see cref="BylineParser.IsCreditLabel"/>), as magazines and press
/// offices sign a piece below it. Only labels with a colon count: "von" alone opens sentences. Two such lines naming different people (reviews, comments) give none.
/// </summary>
internal static class ClosingCredit
{
    /// <summary>The most labelled lines read on one page.</summary>
    public const int MaxCreditLines = 32;

    /// <summary>The longest credit line read (in characters).</summary>
    public const int MaxLineChars = 80;

    /// <summary>
    /// The people and organizations of the credit line in <paramref name="scope"/>, read neither inside nor around a
    /// microdata item that readers write (a review's "Von: Andreas R."); empty when there is none or when two name different
    /// people.
    /// </summary>
    public static List<Author> Find(ExtractionContext context, IElement? scope, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var root = scope ?? context.Document.Body;
        if (root is null)
        {
            return [];
        }

        List<Author> found = [];
        var read = 0;
        foreach (var element in context.Index.DescendantsOf(root))
        {
            if (element.LocalName is not ("p" or "div" or "span" or "strong" or "b" or "em" or "i" or "small" or "h4" or "h5" or "h6")
                || !OpensWithLabel(element) || ElementText.TextLength(element) > MaxLineChars)
            {
                continue;
            }

            if (++read > MaxCreditLines)
            {
                // A page of hundreds of labelled lines is a form or a list of records, not an article signed once.
                return [];
            }

            var text = ElementText.Collapse(ElementText.Text(element, MaxLineChars + 1));
            if (InReaderItem(element) || element.QuerySelector(Selectors.Of("[itemtype]")) is not null)
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !BylineParser.IsCreditLabel(text.AsSpan(0, colon)))
            {
                continue;
            }

            // The label alone in its element ("<strong>Text:</strong> Name"): the name is the text after it, to the next line break.
            var name = colon == text.Length - 1 ? TextAfter(element) : text[(colon + 1)..].Trim();
            var people = name.Length == 0 ? [] : BylineParser.ParseByline(name, culture, siteNames);
            if (people.Exists(a => a.Kind == AuthorKind.Person))
            {
                if (found.Count > 0 && !found.SequenceEqual(people))
                {
                    // Two credit lines naming different people: reviews or comments signed one by one, not the article.
                    return [];
                }

                found = people;
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        var (last, before) = LastParagraphs(context, root);
        var signature = Signature(last, culture, siteNames);
        return signature.Count > 0 || scope is null ? signature : SignOff([last, before], culture, siteNames);
    }

    /// <summary>
    /// The last two paragraphs with text inside <paramref name="root"/>, the last first; null where there are fewer. The
    /// page's chrome (its footer, a nav) and a short line with a copyright notice ("Copyright © 1998-2025 Example.net - Tous
    /// droits réservés") are the page's, not the article's end.
    /// </summary>
    private static (IElement? Last, IElement? Before) LastParagraphs(ExtractionContext context, IElement root)
    {
        var (last, before) = ((IElement?)null, (IElement?)null);
        var paragraphs = context.Index.ElementsNamed("p");
        for (var i = paragraphs.Count - 1; i >= 0 && before is null; i--)
        {
            var p = paragraphs[i];
            if (ElementIndex.IsInside(p, root) && ElementText.TextLength(p) > 0 && !PageRegions.IsInNavigationOrChrome(context, p) && !IsCopyrightLine(p))
            {
                (last, before) = last is null ? (p, null) : (last, p);
            }
        }

        return (last, before);
    }

    /// <summary>The longest line read for a copyright notice by <see cref="IsCopyrightLine"/>.</summary>
    private const int MaxCopyrightLineChars = 300;

    /// <summary>Whether a short paragraph holds a copyright notice's sign or words (<see cref="CopyrightFinder.HasCopyrightWord"/>).</summary>
    private static bool IsCopyrightLine(IElement paragraph) =>
        ElementText.TextLength(paragraph, MaxCopyrightLineChars + 1) <= MaxCopyrightLineChars
        && CopyrightFinder.HasCopyrightWord(ElementText.Text(paragraph, MaxCopyrightLineChars));

    /// <summary>The longest sign-off line read (in characters).</summary>
    private const int MaxSignOffChars = 240;

    /// <summary>Credits that open a wire story's closing line and name its writers ("(Reporting by Anna Koval; Editing by Richard Vale)").</summary>
    private static readonly string[] WireCredits = ["reporting by", "reported by", "writing by", "reporting and writing by", "reporte de", "reportaje de", "información de", "reportage de"];

    /// <summary>Words of a bio line that make it the writer's ("Priya Raman is a health reporter for ...").</summary>
    private static readonly string[] WriterWords = ["reporter", "writer", "journalist", "correspondent", "columnist", "editor", "contributor", "freelance"];

    /// <summary>
    /// A sign-off in one of the article's last two paragraphs (the article's own region only, never the page's): a wire
    /// story's credit line, with or without its parentheses ("(Reporting by Anna Koval in Kyiv; Editing by Richard
    /// Vale)": the writers, not the editors); a dash and a name ("— Margaret Ellison", "— Daniel Okafor, Staff Writer");
    /// a credit sentence ("This article was written by Lena Marsh, a freelance ..."); a name and its agency ("Julien
    /// Moreau (avec AFP)"); a bio set in italics or bold that says the writer's trade ("Priya Raman is a health reporter
    /// for ..."). Empty otherwise.
    /// </summary>
    private static List<Author> SignOff(IElement?[] paragraphs, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph is null || ElementText.TextLength(paragraph) > MaxSignOffChars)
            {
                continue;
            }

            var text = ElementText.Collapse(ElementText.Text(paragraph, MaxSignOffChars));
            if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
            {
                text = text[1..^1].Trim();
            }

            if (text.Length > 0 && SignedName(paragraph, text) is { Length: > 0 } signed
                && BylineParser.ParseByline(signed, culture, siteNames) is var people && people.Exists(a => a.Kind == AuthorKind.Person))
            {
                return people;
            }
        }

        return [];
    }

    /// <summary>The part of a sign-off line that names the writers (see <see cref="SignOff"/>); null when the line is none.</summary>
    private static string? SignedName(IElement paragraph, string text)
    {
        var lower = text.LowerInvariant();
        if (WireCredits.FirstOrDefault(c => lower.StartsWith(c + " ", StringComparison.Ordinal)) is { } credit)
        {
            // "Reporting by Yuki Tanaka; Writing by Brian Moss; Editing by ...": the byline parser drops the other credits.
            return "By " + text[(credit.Length + 1)..];
        }

        if (text[0] is '—' or '–' && text.Length <= MaxLineChars)
        {
            // "— Daniel Okafor, Staff Writer": two to four capitalized words, then at most a role after a comma.
            var signed = text[1..].Trim();
            var comma = signed.IndexOf(',', StringComparison.Ordinal);
            var name = comma > 0 ? signed[..comma] : signed;
            return name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } words
                && Array.TrueForAll(words, w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
                ? signed : null;
        }

        foreach (var opening in (string[])["this article was written by ", "this story was written by ", "this article was reported by ", "this story was reported by ", "this article was reported and written by ", "this story was reported and written by "])
        {
            if (lower.StartsWith(opening, StringComparison.Ordinal))
            {
                // "..., a freelance journalist based in Leeds", "... as part of a series": the names before a comma or "as part".
                var names = text[opening.Length..];
                var end = names.AsSpan().IndexOfAny([',', ';', '(']);
                var asPart = names.IndexOf(" as ", StringComparison.Ordinal);
                end = end < 0 ? asPart : asPart < 0 ? end : Math.Min(end, asPart);
                return (end > 0 ? names[..end] : names).TrimEnd('.');
            }
        }

        var agency = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (agency > 0 && text[^1] == ')' && text.Length <= MaxLineChars
            && text[(agency + 2)..].Split(' ') is [var joiner, ..] && joiner is "avec" or "with" or "mit" or "con" or "com")
        {
            return text[..agency];
        }

        // "Priya Raman is a health reporter for ...", set apart in italics or bold as the piece's footnote.
        var verb = text.IndexOf(" is a", StringComparison.Ordinal);
        if (verb > 0 && paragraph.ChildElementCount == 1 && paragraph.FirstElementChild is { LocalName: "em" or "i" or "strong" or "b" } emphasis
            && ElementText.TextLength(emphasis) == ElementText.TextLength(paragraph)
            && text[..verb].Split(' ').Length is 2 or 3 && WriterWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return text[..verb];
        }

        return null;
    }

    /// <summary>
    /// A signature: the article's last paragraph is a person's name, set apart as one ("<p><strong>Marina Muster</strong></p>",
    /// as magazines sign a review): two or three capitalized words that the byline parser reads as one person, alone in
    /// bold or italics, alone on the paragraph's first line with a short role on the next ("Sue Ashworth&lt;br&gt;Parish
    /// Clerk") and perhaps a place on a third, in bold or italics before a comma and a role or place ("<strong>Marie Lefèvre</strong>, présidente de
    /// l'association", "<em>Katrin Hoffmann, Leipzig</em>"), or in a paragraph named a signature. Empty otherwise.
    /// </summary>
    private static List<Author> Signature(IElement? last, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        if (last is null || ElementText.TextLength(last) > MaxSignedLineChars)
        {
            return [];
        }

        var named = last.ClassList.Any(c => c.Contains("signatur", StringComparison.OrdinalIgnoreCase) || c.Equals("firma", StringComparison.OrdinalIgnoreCase));
        var emphasis = last.FirstElementChild is { LocalName: "strong" or "b" or "em" or "i" } first && !HasTextBefore(first) ? first : null;
        var lines = ElementText.TextWithMarks(last, "\n", blockMark: " ", MaxSignedLineChars).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? name = null;
        if (lines.Length is 2 or 3 && lines[1].Length <= MaxRoleChars && lines[^1].Length <= MaxRoleChars
            && (named || emphasis is not null || (last.QuerySelector(Selectors.Of("br")) is not null && BylineParser.NamesRole(lines[1]))))
        {
            // "Sue Ashworth<br>Parish Clerk": the name alone on its line, a role (or, set apart, a place) under it, and
            // perhaps a place under that ("CAMILO RESTREPO VÉLEZ<br>Corresponsal de EL TIEMPO<br>Medellín").
            name = lines[0];
        }
        else if (lines.Length == 1 && (named || emphasis is not null))
        {
            var text = lines[0];
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            var emphasized = emphasis is null ? string.Empty : ElementText.Collapse(ElementText.Text(emphasis, MaxSignedLineChars));
            name = comma < 0 ? (named || emphasized.Length == text.Length ? text : null)
                : text.Length - comma - 1 <= MaxRoleChars && (named || emphasized.Length >= comma) ? text[..comma] : null;
        }

        if (name is null || name.Length > MaxSignatureChars)
        {
            return [];
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’')))
        {
            return [];
        }

        var people = BylineParser.ParseByline(name, culture, siteNames);
        return people.Count == 1 && people[0].Kind == AuthorKind.Person ? people : [];
    }

    /// <summary>Whether text stands before <paramref name="element"/> in its parent.</summary>
    private static bool HasTextBefore(IElement element)
    {
        for (var node = element.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest signed last paragraph read (in characters): a name and a role or place.</summary>
    private const int MaxSignedLineChars = 100;

    /// <summary>The longest role or place after a signed name (in characters).</summary>
    private const int MaxRoleChars = 60;

    /// <summary>The longest signature line read (in characters).</summary>
    private const int MaxSignatureChars = 40;

    /// <summary>The text after <paramref name="label"/> in its parent, line breaks before it skipped, up to the next line break or block.</summary>
    private static string TextAfter(IElement label)
    {
        var text = new System.Text.StringBuilder();
        var seen = false;
        for (var node = label.NextSibling; node is not null && text.Length <= MaxLineChars; node = node.NextSibling)
        {
            if (node is IElement { LocalName: "br" })
            {
                if (seen)
                {
                    break;
                }

                continue;
            }

            if (node is IElement { LocalName: "p" or "div" or "ul" or "ol" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" })
            {
                break;
            }

            var content = node.TextContent;
            seen |= !string.IsNullOrWhiteSpace(content);
            text.Append(content);
        }

        return text.Length > MaxLineChars ? string.Empty : ElementText.Collapse(text.ToString());
    }

    /// <summary>Item types of what readers write (a review, a comment, an answer): a credit inside one signs that, not the article.</summary>
    private static readonly string[] ReaderItemTypes = ["Review", "Comment", "Answer", "Question"];

    /// <summary>Whether the element sits inside a microdata item of a type readers write (<see cref="ReaderItemTypes"/>).</summary>
    private static bool InReaderItem(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("itemtype") is { } type && ReaderItemTypes.Any(t => type.EndsWith("/" + t, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element's first text (its first child that is not white space, a text node) opens with a credit label
    /// and a colon: a test that builds no string, so that only such lines are read.
    /// </summary>
    private static bool OpensWithLabel(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement)
            {
                return false;
            }

            if (node is IText text && text.Data.AsSpan().TrimStart() is { Length: > 0 } data)
            {
                var colon = data[..Math.Min(data.Length, BylineParser.MaxCreditLabelChars + 1)].IndexOf(':');
                return colon > 0 && BylineParser.IsCreditLabel(data[..colon]);
            }
        }

        return false;
    }
}
