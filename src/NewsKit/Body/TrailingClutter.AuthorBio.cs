using NewsKit.Models;

namespace NewsKit.Body;

/// <summary>An author's bio set as the text's last paragraph.</summary>
internal static partial class TrailingClutter
{
    /// <summary>The longest paragraph read as an author's bio, in characters.</summary>
    private const int MaxBioChars = 400;

    /// <summary>
    /// Words that follow an author's name to open a bio ("is a former school board member", "es periodista", "schreibt über"):
    /// the sentence is about the writer, not the story.
    /// </summary>
    private static readonly HashSet<string> BioVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "writes", "covers", "reports", "teaches", "ist", "war", "schreibt", "arbeitet", "est", "écrit",
        "es", "escribe", "è", "scrive", "é", "escreve", "jest", "pisze", "werkt", "schrijft",
    };

    /// <summary>
    /// Where an author's bio ends the text: one of the last two blocks a paragraph of at most <see cref="MaxBioChars"/>
    /// characters that opens with an author's full name and a bio verb ("Dana Whitcomb is a former school board member in
    /// Finney County ..."), or opens with the first name right after a line that is the author's name alone (an author
    /// box: the name line is where it starts), the blocks after it short; -1 when there is none.
    /// </summary>
    private static int AuthorBioStart(List<BodyBlock> blocks, IReadOnlyList<Author>? authors)
    {
        if (authors is not { Count: > 0 })
        {
            return -1;
        }

        for (var i = blocks.Count - 1; i >= Math.Max(1, blocks.Count - 2); i--)
        {
            if (blocks[i] is not { Kind: BlockKind.Paragraph, Text.Length: <= MaxBioChars } block)
            {
                continue;
            }

            var text = block.Text.TrimStart();
            foreach (var author in authors)
            {
                if (author.Kind == AuthorKind.Person && author.Name.Contains(' ', StringComparison.Ordinal) && text.Length > author.Name.Length + 1
                    && text.StartsWith(author.Name + " ", StringComparison.Ordinal) && BioVerbs.Contains(FirstWord(text.AsSpan(author.Name.Length + 1)))
                    && blocks.Skip(i + 1).All(b => b.Text.Length <= MaxAppealChars))
                {
                    return i;
                }

                // "Priya Venkataraman" alone, then "Priya covers semiconductors ...": an author box's name line and its bio
                // that opens with the first name.
                if (author.Kind == AuthorKind.Person && i > 1 && blocks[i - 1].Kind == BlockKind.Paragraph
                    && string.Equals(blocks[i - 1].Text.Trim(), author.Name, StringComparison.Ordinal)
                    && author.Name.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && author.Name[..space] is var given
                    && text.StartsWith(given + " ", StringComparison.Ordinal) && BioVerbs.Contains(FirstWord(text.AsSpan(given.Length + 1)))
                    && blocks.Skip(i + 1).All(b => b.Text.Length <= MaxAppealChars))
                {
                    return i - 1;
                }
            }
        }

        return -1;

        static string FirstWord(ReadOnlySpan<char> rest)
        {
            var end = rest.IndexOfAny(' ', ',');
            return (end < 0 ? rest : rest[..end]).ToString();
        }
    }
}
