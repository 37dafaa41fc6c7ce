using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The author named in an author box, for a page with no byline: a heading such as "About the author" or "Sobre el
/// autor" (<see cref="MetadataRules.AuthorBoxHeadings"/>) followed by the name (a line of its own: "<h5>Samuel
/// Reyes</h5>") or by the bio that opens with it ("Inés Calvo es economista..."), as blogs and magazines show the writer
/// below the article. Boxes naming different people give none.
/// </summary>
internal static class AuthorBox
{
    /// <summary>The longest heading read as an author box's (in characters).</summary>
    public const int MaxHeadingChars = 40;

    /// <summary>The most author-box headings read on one page: more are a list of contributors, not the article's.</summary>
    public const int MaxBoxes = 3;

    /// <summary>The longest line read as the name alone (in characters).</summary>
    public const int MaxNameChars = 60;

    /// <summary>The most words of a name that opens a bio.</summary>
    public const int MaxNameWords = 5;

    /// <summary>The heading elements an author box is titled with.</summary>
    private static readonly string[] HeadingTags = ["h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div"];

    /// <summary>The person an author box on the page names; empty when there is none, or when boxes name different people.</summary>
    public static List<Author> Find(ExtractionContext context, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        if (context.Document.Body is not { } body)
        {
            return [];
        }

        List<Author> found = [];
        var boxes = 0;
        foreach (var element in context.Index.DescendantsOf(body))
        {
            if (Array.IndexOf(HeadingTags, element.LocalName) < 0 || element.ChildElementCount > 0 || !IsBoxHeading(element))
            {
                continue;
            }

            if (++boxes > MaxBoxes)
            {
                return [];
            }

            var people = NameAfter(element, culture, siteNames);
            if (people.Count == 0)
            {
                continue;
            }

            if (found.Count > 0 && !found.SequenceEqual(people))
            {
                return [];
            }

            found = people;
        }

        return found;
    }

    /// <summary>Whether a text opens with an author box's heading, alone or followed by a space or a colon (a typographic apostrophe read as a plain one: "L’autore").</summary>
    public static bool OpensWithHeading(string text)
    {
        if (text.Length < 5)
        {
            return false;
        }

        text = PlainApostrophes(text);
        foreach (var heading in MetadataRules.AuthorBoxHeadings)
        {
            if (text.StartsWith(heading, StringComparison.OrdinalIgnoreCase)
                && (text.Length == heading.Length || text[heading.Length] is ' ' or ':'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element's whole text is an author box's heading.</summary>
    private static bool IsBoxHeading(IElement element)
    {
        if (ElementText.TextLength(element) is 0 or > MaxHeadingChars)
        {
            return false;
        }

        var text = PlainApostrophes(ElementText.Collapse(ElementText.Text(element, MaxHeadingChars + 1)).TrimEndAny([':', ' ']).LowerInvariant());
        return Array.IndexOf(MetadataRules.AuthorBoxHeadings, text) >= 0;
    }

    /// <summary>The text with its typographic apostrophes (U+2019, U+02BC) as plain ones, as the headings are written.</summary>
    private static string PlainApostrophes(string text) =>
        text.Contains('\u2019', StringComparison.Ordinal) || text.Contains('\u02BC', StringComparison.Ordinal) ? text.Replace('\u2019', '\'').Replace('\u02BC', '\'') : text;

    /// <summary>
    /// The one person named right after the heading: the next element (or its parent's next, for a heading in a title
    /// wrapper) as a name alone, or the capitalized words that open it.
    /// </summary>
    private static List<Author> NameAfter(IElement heading, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var next = heading.NextElementSibling ?? heading.ParentElement?.NextElementSibling;
        for (var skipped = 0; next is not null && ElementText.TextLength(next) == 0 && skipped < MaxSkippedWithoutText; skipped++)
        {
            // An avatar between the heading and the name ("<div class=avatar><img></div>") says nothing.
            next = next.NextElementSibling;
        }

        if (next is null || ElementText.TextLength(next) == 0)
        {
            return [];
        }

        // The name and the bio in blocks of one wrapper ("<h4>Rebecca Thornton</h4><p>She writes ...</p>"): the first block.
        var blocks = next.Children.Where(c => ElementText.TextLength(c) > 0).Take(2).ToList();
        var text = blocks.Count == 2 && ElementText.TextLength(blocks[0]) <= MaxNameChars
            ? ElementText.Collapse(ElementText.Text(blocks[0], MaxNameChars + 1))
            : ElementText.Collapse(ElementText.SpacedText(next, 400));
        var name = text.Length <= MaxNameChars ? text : OpeningName(text);
        if (name.Length == 0)
        {
            return [];
        }

        var people = BylineParser.ParseByline(name, culture, siteNames);
        if (people.Count != 1 || people[0].Kind != AuthorKind.Person)
        {
            // A name alone that the parser does not take may still open its line ("Samuel Reyes, personal finance writer").
            people = name == text && OpeningName(text) is { Length: > 0 } opening && opening != name
                ? BylineParser.ParseByline(opening, culture, siteNames)
                : [];
        }

        return people.Count == 1 && people[0].Kind == AuthorKind.Person ? people : [];
    }

    /// <summary>The most elements without text (an avatar) passed over between an author-box heading and the name.</summary>
    private const int MaxSkippedWithoutText = 2;

    /// <summary>The run of two to <see cref="MaxNameWords"/> capitalized words (with name particles between them) that opens a text; empty when there is none.</summary>
    private static string OpeningName(string text)
    {
        var words = text.Split(' ', MaxNameWords + 2, StringSplitOptions.RemoveEmptyEntries);
        var taken = 0;
        var capitalized = 0;
        for (var k = 0; k < words.Length && taken < MaxNameWords; k++)
        {
            var word = words[k].TrimEndAny([',', ';', ':']);
            if (word.Length > 0 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '.'))
            {
                capitalized++;
            }
            else if (!(capitalized > 0 && Array.IndexOf(NameParticles, word) >= 0 && k + 1 < words.Length))
            {
                break;
            }

            taken++;
            if (word.Length != words[k].Length)
            {
                // A comma or colon ends the name ("Samuel Reyes, writer").
                break;
            }
        }

        return capitalized >= 2 ? string.Join(' ', words.Take(taken)).TrimEndAny([',', ';', ':']) : string.Empty;
    }

    /// <summary>Lower-case particles inside names ("Friederike von Arnim", "Jan de Vries").</summary>
    private static readonly string[] NameParticles = ["von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "la", "le", "zu", "ten", "ter"];
}
