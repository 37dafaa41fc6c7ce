using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Reporters credited in brackets at the start of a Chinese story's first paragraph, as wire copy does.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>How many elements after the headline are read for the first paragraph.</summary>
    private const int MaxLeadCreditDistance = 60;

    /// <summary>A paragraph this long (in characters) is the story's text.</summary>
    private const int MinLeadCreditParagraph = 30;

    /// <summary>How far into the first paragraph the reporter's word may stand.</summary>
    private const int MaxLeadCreditOffset = 40;

    /// <summary>The most characters between the reporter's word and the bracket that closes the credit.</summary>
    private const int MaxLeadCreditLength = 30;

    /// <summary>
    /// The reporters a Chinese story's first paragraph credits in brackets ("新华社广州11月5日电（记者王建国、李晓）",
    /// "〔記者王小明／台北報導〕", "新京报讯（记者 张伟）"): the names after the reporter's word up to the closing bracket or
    /// the slash, each a name in Han characters; empty when the first paragraph after the headline opens with no such credit.
    /// </summary>
    private List<Author> LeadCredit()
    {
        var people = new List<Author>();
        var anchor = window.Anchor;
        if (anchor < 0)
        {
            return people;
        }

        var elements = context.Index.Elements;
        for (var i = anchor + 1; i < elements.Count && i <= anchor + MaxLeadCreditDistance; i++)
        {
            if (elements[i].LocalName != "p" || ElementText.TextLength(elements[i], MinLeadCreditParagraph) < MinLeadCreditParagraph)
            {
                continue;
            }

            var text = ElementText.Text(elements[i], MaxLeadCreditOffset + MaxLeadCreditLength + 4);
            foreach (var name in CreditedNames(text))
            {
                BylineParser.AddDistinct(people, new Author(name, AuthorKind.Person));
            }

            break;
        }

        return people;
    }

    /// <summary>The names in a bracketed reporter's credit near the start of <paramref name="text"/>.</summary>
    private static List<string> CreditedNames(string text)
    {
        var names = new List<string>();
        var word = text.IndexOf("记者", StringComparison.Ordinal) is var simplified and >= 0 ? simplified : text.IndexOf("記者", StringComparison.Ordinal);
        if (word < 1 || word > MaxLeadCreditOffset || text.LastIndexOfAny(OpeningBrackets, word - 1) is not (var open and >= 0) || word - open > 12)
        {
            return names;
        }

        var start = word + 2;
        var end = text.IndexOfAny(ClosingBrackets, start);
        if (end < 0 || end - start > MaxLeadCreditLength)
        {
            return names;
        }

        foreach (var part in text[start..end].Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (BylineParser.IsEastAsianName(part))
            {
                names.Add(part);
            }
        }

        return names;
    }

    private static readonly char[] OpeningBrackets = ['（', '(', '〔', '[', '【'];

    /// <summary>What ends a credit: its closing bracket, or the slash before the place it was reported from ("／台北報導").</summary>
    private static readonly char[] ClosingBrackets = ['）', ')', '〕', ']', '】', '／', '/'];

    private static readonly char[] NameSeparators = ['、', '，', ',', ' ', '\u3000'];
}
