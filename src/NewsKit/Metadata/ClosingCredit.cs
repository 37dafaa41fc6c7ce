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
            if (InReaderItem(element) || element.QuerySelector("[itemtype]") is not null)
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

        return found.Count > 0 ? found : Signature(context, root, culture, siteNames);
    }

    /// <summary>
    /// A signature: the article's last paragraph is a person's name alone, set in bold or italics ("<p><strong>Marina
    /// Muster</strong></p>", as magazines sign a review): two or three capitalized words that the byline parser reads as
    /// one person. Empty otherwise.
    /// </summary>
    private static List<Author> Signature(ExtractionContext context, IElement root, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        IElement? last = null;
        foreach (var p in context.Index.ElementsNamed("p"))
        {
            if (ElementIndex.IsInside(p, root) && ElementText.TextLength(p) > 0)
            {
                last = p;
            }
        }

        if (last is null || ElementText.TextLength(last) > MaxSignatureChars || last.ChildElementCount != 1
            || last.FirstElementChild is not { LocalName: "strong" or "b" or "em" or "i" } emphasis
            || ElementText.TextLength(emphasis) != ElementText.TextLength(last))
        {
            return [];
        }

        var text = ElementText.Text(last, MaxSignatureChars);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'')))
        {
            return [];
        }

        var people = BylineParser.ParseByline(text, culture, siteNames);
        return people.Count == 1 && people[0].Kind == AuthorKind.Person ? people : [];
    }

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
