using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Bylines written as lists of names.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// The text of a byline written as a list (<c>&lt;ul class="authors"&gt;&lt;li&gt;Hugo Stein&lt;/li&gt;&lt;li&gt;Clara Moss&lt;/li&gt;</c>),
    /// its items joined with commas so that each is a name of its own; null when the region holds no such list.
    /// </summary>
    private static string? ItemsText(IElement region)
    {
        var list = region.LocalName is "ul" or "ol" ? region : region.QuerySelector(Selectors.Of("ul, ol"));
        if (list is null || list.ChildElementCount < 2 || list.ChildElementCount > MaxListedAuthors || list.Children.Any(c => c.LocalName != "li"))
        {
            return null;
        }

        var items = list.Children.Select(c => ElementText.SpacedText(c)).Where(t => t.Length > 0).ToList();
        if (items.Count < 2 || items.Any(t => t.Length > MaxListedNameChars))
        {
            return null;
        }

        var joined = string.Join(", ", items);
        var listText = ElementText.SpacedText(list);
        return list == region ? joined : listText.Length == 0 ? null : ElementText.SpacedText(region).Replace(listText, joined, StringComparison.Ordinal);
    }

    /// <summary>
    /// The text of a byline written as pieces side by side with nothing between them, a byline word first
    /// (<c>&lt;span&gt;By&lt;/span&gt;&lt;span&gt;Ann Lee&lt;/span&gt;&lt;span&gt;Tom Ray&lt;/span&gt;&lt;span&gt;Mar 14, 2025&lt;/span&gt;</c>, set
    /// apart on screen by the style sheet): "By Ann Lee, Tom Ray, Mar 14, 2025", each piece after the word a part of its
    /// own; null when the region is not written so.
    /// </summary>
    private static string? PiecesText(IElement region)
    {
        if (region.ChildElementCount is < 2 or > MaxListedAuthors + 2 || region.FirstElementChild is not { } label || !IsLabelPiece(label))
        {
            return null;
        }

        var text = new System.Text.StringBuilder(ElementText.SpacedText(label));
        var glued = false;
        for (var node = label.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IText between)
            {
                if (!string.IsNullOrWhiteSpace(between.Data))
                {
                    return null;
                }

                continue;
            }

            if (node is not IElement piece)
            {
                continue;
            }

            var pieceText = ElementText.SpacedText(piece, MaxListedNameChars);
            if (pieceText.Length is 0)
            {
                continue;
            }

            if (pieceText.Length > MaxListedNameChars)
            {
                return null;
            }

            // The first piece after the word follows it with a space; the others are parts of their own.
            glued |= text.Length > 0 && char.IsLetter(text[^1]) && piece.PreviousSibling is IElement && char.IsLetter(pieceText[0]);
            text.Append(piece.PreviousElementSibling == label ? " " : ", ").Append(pieceText);
        }

        return glued ? text.ToString() : null;
    }

    /// <summary>Whether an element holds nothing but a byline word ("By", "Von", "Text:"), with no elements inside.</summary>
    private static bool IsLabelPiece(IElement element)
    {
        if (element.ChildElementCount > 0 || element.LocalName is not ("span" or "strong" or "b" or "em" or "i" or "small" or "label"))
        {
            return false;
        }

        var word = ElementText.Text(element, 24).TrimEndAny([':', ' ']).Trim();
        return word.Length is > 0 and <= 24 && LabelWords.Contains(word);
    }

    /// <summary><see cref="MetadataRules.BylinePrefixes"/> without their colons, any case.</summary>
    private static readonly HashSet<string> LabelWords = new(MetadataRules.BylinePrefixes.Select(p => p.TrimEndAny([':', ' '])), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the words of the line just before a name element credit it for other work than the writing ("Edited by",
    /// "Photos by", "Translated by"): the clause of the region's text (its parent's, when the region is the name) that
    /// ends where the name starts.
    /// </summary>
    private static bool CreditedForOtherWork(IElement region, IElement name, string nameText)
    {
        // A name element that is the byline candidate itself is read in its parent's line.
        if ((region == name ? region.ParentElement : region) is not { } holder)
        {
            return false;
        }

        return IsCreditedInLine(ElementText.SpacedText(holder, MaxBylineLength * 2), nameText);
    }

    /// <summary>
    /// Whether the clause of <paramref name="line"/> that ends where <paramref name="nameText"/> starts credits the name for
    /// other work than the writing ("Photos by", "Aus dem Ukrainischen von"); false when the line does not hold the name
    /// after other words.
    /// </summary>
    private static bool IsCreditedInLine(string line, string nameText)
    {
        var at = line.IndexOf(nameText, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = line.AsSpan(0, at).TrimEnd();
        var clause = before[(before.LastIndexOfAny(ClauseBreaks) + 1)..].Trim();
        // "By Rachel Ng Reviewed by Corinne Abbott" (the groups of one byline box, no mark between them): the credit just
        // before the name is the one it takes.
        return clause.Length > 0 && (BylineParser.IsOtherCredit(string.Concat(clause, " ", nameText)) || BylineParser.EndsWithOtherCredit(clause));
    }

    /// <summary>
    /// Whether the page shows <paramref name="name"/> near the headline after a credit for other work than the writing
    /// ("Aus dem Ukrainischen von Jan Weber", "Foto: Maja Berg"): a declared author the page credits as its translator or
    /// photographer. Reads the smallest element within <see cref="MaxCreditDistance"/> of the headline that holds the name.
    /// </summary>
    private bool IsShownCreditedForOtherWork(string name)
    {
        foreach (var element in window.ScanNearestFirst(window.ArticleRoot, MaxCreditDistance, MaxCreditDistance, (i, e) => (int?)Math.Abs(i - Math.Max(window.Anchor, 0)) * 2 + (i < window.Anchor ? 1 : 0)))
        {
            if (ElementText.TextLength(element) is 0 or > MaxBylineLength * 2)
            {
                continue;
            }

            var line = ElementText.SpacedText(element, MaxBylineLength * 2);
            if (line.IndexOf(name, StringComparison.Ordinal) <= 0
                || element.Children.Any(c => ElementText.SpacedText(c, MaxBylineLength * 2).Contains(name, StringComparison.Ordinal)))
            {
                // The line is the smallest element that holds the name (the credit's paragraph, not the header around it).
                continue;
            }

            return IsCreditedInLine(line, name);
        }

        return false;
    }

    /// <summary>How many elements before and after the headline are read for a declared author's other credit.</summary>
    private const int MaxCreditDistance = 40;

    /// <summary>The marks that part a byline's clauses ("By Ann Lee | Photos by Tom Ray").</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(";|·•/,.");

    /// <summary>The most items of a byline list read as names.</summary>
    private const int MaxListedAuthors = 8;

    /// <summary>The longest item (in characters) of a byline list read as a name.</summary>
    private const int MaxListedNameChars = 60;

    /// <summary>
    /// The text of a byline written on lines of its own (<c>By Harold Penney&lt;br&gt;Gazette Staff Writer</c>), each line
    /// break a comma, so that a role or a place on the next line is a part apart from the name; null when the region
    /// has no line break.
    /// </summary>
    private string? LinesText(IElement region)
    {
        if (!context.Index.DescendantsOf(region).Any(e => e.LocalName == "br"))
        {
            return null;
        }

        return ElementText.Collapse(ElementText.TextWithMarks(region, ", ", blockMark: null, MaxBylineLength)).TrimAny([' ', ',']);
    }

    /// <summary>
    /// The byline's authors read again with its blocks apart, when that only shortens their names: a role or an outlet
    /// in a block under the name (<c>&lt;span&gt;Aoife Ní Bhriain&lt;/span&gt;&lt;div&gt;Ireland correspondent&lt;/div&gt;</c>,
    /// "By Ann Lee" over "BBC Scotland environment correspondent") reads as words of the name when the blocks run
    /// together ("Aoife Ní Bhriain Ireland"); so does an element named as a role beside the name
    /// (<c>&lt;span class="contributor"&gt;By Emma Sanders&lt;/span&gt;&lt;span class="byline-role"&gt;Football writer&lt;/span&gt;</c>).
    /// Otherwise <paramref name="authors"/> unchanged.
    /// </summary>
    private List<Author> WithRoleBlocksApart(IElement region, List<Author> authors, IReadOnlyCollection<string> siteNames)
    {
        // Only a name of three words or more can be a name with a glued word ("Aoife Ní Bhriain Ireland", "Emma Sanders SportsDesk").
        if (!authors.Any(a => a.Kind == AuthorKind.Person && TextTools.WordCount(a.Name) >= 3)
            || !context.Index.DescendantsOf(region).Any(e => !HtmlTags.Inline.Contains(e.LocalName) || IsRole(e)))
        {
            return authors;
        }

        var text = ElementText.Collapse(ElementText.TextWithMarks(region, ", ", blockMark: ", ", MaxBylineLength, IsRole)).TrimAny([' ', ',']);
        var apart = BylineParser.ParseByline(WithoutTrailingDate(text), culture, siteNames).Where(a => a.Kind == AuthorKind.Person).ToList();
        var shortened = false;
        var result = new List<Author>(authors.Count);
        foreach (var author in authors)
        {
            var part = author.Kind == AuthorKind.Person ? apart.Find(a => author.Name.StartsWith(a.Name + " ", StringComparison.Ordinal)) : null;
            shortened |= part is not null;
            result.Add(part ?? author);
        }

        return shortened ? result : authors;

        static bool IsRole(IElement element) => PageRegions.HasMarker(element, RoleMarkers);
    }

    /// <summary>The longest heading (in characters) read as the name over an author's bio.</summary>
    private const int MaxBioNameChars = 60;

    /// <summary>The shortest paragraph (in characters) read as the bio under a name.</summary>
    private const int MinBioChars = 60;

    /// <summary>
    /// The name an author box sets as its heading over the bio (<c>&lt;h5&gt;Carol Jennings&lt;/h5&gt;&lt;p&gt;Carol covers
    /// village government ...&lt;/p&gt;</c>), read apart from the bio, whose first word would otherwise run on into the name;
    /// null when the region does not open so.
    /// </summary>
    private static string? NameOverBio(IElement region)
    {
        if (region.FirstElementChild is not { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" or "strong" or "b" } heading
            || heading.NextElementSibling is not { LocalName: "p" or "div" } bio
            || region.FirstChild is IText { Data: var lead } && !string.IsNullOrWhiteSpace(lead)
            || ElementText.Text(heading, MaxBioNameChars + 1) is not { Length: > 0 and <= MaxBioNameChars } name
            || ElementText.TextLength(bio, MinBioChars) < MinBioChars)
        {
            return null;
        }

        return name;
    }

    /// <summary>Whether a name follows "and" (or "und", "et", "&amp;", ...) in a byline line: a co-author, not a place or an outlet after a comma.</summary>
    private static bool AfterConnector(string line, string name)
    {
        var at = line.IndexOf(name, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = line.AsSpan(0, at).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..].ToString();
        return word == "&" || BylineParser.CreditConnectors.Contains(word);
    }

    /// <summary>The longest byline line whose unlinked full names are read beside its linked ones.</summary>
    private const int MaxCoAuthorLine = 120;
}
