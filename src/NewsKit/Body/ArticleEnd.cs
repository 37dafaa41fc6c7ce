using System.Text;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Lines that end the article wherever they stand in the body, read from their text alone: a comment section's heading
/// ("3 Comments", "12 thoughts on “Title”", "Leave a Reply", "Schreibe einen Kommentar"), a share bar's label ("Share
/// this:", "Teilen Sie dies mit:") and a feedback widget's question ("Was this page useful?"). With class names that say
/// nothing (hashed, utility classes), the comment thread and the share bar under a post read as more paragraphs; their
/// headings are what blog themes print the same everywhere. The body is cut before the first such line, when at least <see cref="BodyRules.MinBodyChars"/>
/// characters of text come before it.
/// </summary>
internal static class ArticleEnd
{
    /// <summary>The longest line read as an end marker (a comment heading with the post's title in it).</summary>
    public const int MaxChars = 160;

    /// <summary>
    /// Whole lines that end the article, lower case, a final colon removed, every run of digits written <c>#</c>.
    /// </summary>
    public static readonly string[] Lines =
    [
        "# comments", "# comment", "no comments", "one comment", "# responses", "# response", "one response", "# replies", "responses #", "replies #",
        "leave a reply", "leave a comment", "post a comment", "add a comment", "join the discussion", "comments", "reader comments",
        "share this", "like this", "share this article", "share this post",
        "# kommentare", "# kommentar", "keine kommentare", "ein kommentar", "# antworten", "eine antwort", "kommentare",
        "schreibe einen kommentar", "kommentar verfassen", "kommentar schreiben", "hinterlasse einen kommentar",
        "eine antwort schreiben", "schreibe eine antwort", "diskutieren sie mit", "teilen sie dies mit", "teilen mit",
        "gefällt mir", "diesen artikel teilen", "artikel teilen",
        "# comentarios", "deja un comentario", "deja una respuesta", "comentarios", "compartir", "comparte esto",
        "# commentaires", "laisser un commentaire", "laisser une réponse", "commentaires", "partager", "partager cet article",
        "# commenti", "lascia un commento", "lascia una risposta", "commenti", "condividi",
        "# reacties", "geef een reactie", "laat een reactie achter", "reacties", "delen",
        "# komentarzy", "# komentarze", "dodaj komentarz", "komentarze", "udostępnij",
        "# comentários", "comentários", "deixe um comentário", "deixe uma resposta", "# réactions", "réactions",
        "leserkommentare", "# leserkommentare", "kommentarer", "# kommentarer", "diskuse", "diskuse #", "diskuze", "diskuze #",
        "komentáře", "# komentářů", "yorumlar", "# yorum", "yorum yap", "комментарии", "комментарии #", "# комментариев",
        "# комментария", "оставить комментарий", "komentar", "# komentar", "tinggalkan komentar", "tinggalkan balasan",
        "forum", "postings", "# postings", "leserbriefe", "vos réactions", "# opiniones", "opiniones", "reacciones", "# reacciones",
        "commenti dei lettori", "reader comments #", "comments #", "kommentare #", "commentaires #", "comentarios #", "commenti #",
    ];

    /// <summary>The longest count with its word in brackets after a comment heading ("(37 příspěvků)").</summary>
    private const int MaxCountedChars = 24;

    /// <summary>
    /// Openings of comment headings that name the post ("12 thoughts on “Title”", "3 Antworten zu „Title“"), lower case,
    /// digits written <c>#</c>.
    /// </summary>
    public static readonly string[] Openings =
    [
        "# thoughts on ", "one thought on ", "# responses to ", "one response to ", "# replies to ", "one reply to ",
        "# comments on ", "# comments to ", "one comment on ",
        "# antworten zu ", "eine antwort zu ", "# gedanken zu ", "ein gedanke zu ", "# kommentare zu ", "ein kommentar zu ",
        "# réponses à ", "une réponse à ", "# respuestas a ", "una respuesta a ", "# risposte a ", "# reacties op ",
        // A feedback widget's question, with its buttons on the same line ("Was this page useful? Yes No").
        "was this page useful?", "was this page helpful?", "was this article helpful?", "was this article useful?", "did you find this article useful?",
        "war diese seite hilfreich?", "war dieser artikel hilfreich?", "war dieser beitrag hilfreich?", "cette page vous a-t-elle été utile ?",
        "cet article vous a-t-il été utile ?", "¿te ha resultado útil esta página?", "¿te resultó útil este artículo?",
        "questa pagina ti è stata utile?", "ti è stato utile questo articolo?", "was deze pagina nuttig?",
        "how helpful was this", "how useful was this", "rate this article", "wie hilfreich war", "wie hilfreich fanden sie",
        "bewerten sie diesen artikel", "wie gefällt ihnen dieser artikel", "cet article vous a-t-il plu", "notez cet article",
        "¿qué te ha parecido este artículo?", "valora este artículo", "vota questo articolo", "hoe nuttig was dit",
    ];

    /// <summary>The longest whole-line marker without a count (in characters, with room for spaces and punctuation).</summary>
    private const int MaxLineWithoutCount = 40;

    /// <summary>Words for "one" that open a comment heading instead of a number ("One thought on", "Eine Antwort zu").</summary>
    private static readonly string[] CountWords = ["one ", "une ", "un ", "ein ", "eine ", "una ", "uno "];

    /// <summary>Cuts <paramref name="blocks"/> before the first end marker that has enough article text before it.</summary>
    public static void Cut(List<BodyBlock> blocks)
    {
        var before = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (before >= BodyRules.MinBodyChars && block.Kind is BlockKind.Paragraph or BlockKind.Heading && block.Text.Length <= MaxChars && IsEndMarker(block.Text)
                && !(IsShareLabel(block.Text) && TextAfter(blocks, i) > before))
            {
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }

            // A heading above the text (a standfirst set as an h2) is no article text yet: a share bar under it opens the story.
            before += block.Kind == BlockKind.Heading ? 0 : block.Text.Length;
        }
    }

    /// <summary>The share bars' labels among <see cref="Lines"/>: a share bar under the header, with more of the story after it than before, opens the story.</summary>
    private static readonly string[] ShareLines =
    [
        "share this", "like this", "share this article", "share this post", "teilen sie dies mit", "teilen mit", "gefällt mir", "diesen artikel teilen",
        "artikel teilen", "compartir", "comparte esto", "partager", "partager cet article", "condividi", "delen", "udostępnij",
    ];

    /// <summary>Whether a line is a share bar's label (<see cref="ShareLines"/>).</summary>
    private static bool IsShareLabel(string line) => ShareLines.Contains(Key(line), StringComparer.Ordinal);

    /// <summary>The characters of the blocks after <paramref name="index"/>.</summary>
    private static int TextAfter(List<BodyBlock> blocks, int index)
    {
        var after = 0;
        for (var k = index + 1; k < blocks.Count; k++)
        {
            after += blocks[k].Text.Length;
        }

        return after;
    }

    /// <summary>
    /// Cuts <paramref name="blocks"/> before a run of other stories' teasers set inside the article's container: a heading
    /// that names related reading ("You may also like", "More from Sport", "Lesen Sie auch") followed only by teasers, at
    /// least <see cref="MinTeasers"/> headings each with at most one summary of at most <see cref="MaxTeaserSummaryChars"/>
    /// characters, when enough article text comes before it. A "Related" box set into the text, after which the article
    /// goes on, has no such run after it and stays to the other rules.
    /// </summary>
    public static void CutTeaserRun(List<BodyBlock> blocks)
    {
        var before = 0;
        for (var i = 0; i < blocks.Count - MinTeasers; i++)
        {
            var block = blocks[i];
            if (before >= BodyRules.MinBodyChars && block.Kind == BlockKind.Heading && block.Text.Length <= MaxRelatedHeadingChars
                && Key(block.Text) is var key && Related.StoryLinkRules.RelatedHeadings.Any(h => StartsWithWord(key, h)) && OnlyTeasersAfter(blocks, i))
            {
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }

            before += block.Text.Length;
        }
    }

    /// <summary>The fewest teasers (headings) after a related-reading heading that make a run of teasers.</summary>
    private const int MinTeasers = 3;

    /// <summary>The longest summary (in characters) a teaser has under its heading.</summary>
    private const int MaxTeaserSummaryChars = 600;

    /// <summary>The longest heading (in characters) read as a related-reading heading.</summary>
    private const int MaxRelatedHeadingChars = 60;

    private static bool OnlyTeasersAfter(List<BodyBlock> blocks, int heading)
    {
        var teasers = 0;
        var sinceHeading = 0;
        for (var j = heading + 1; j < blocks.Count; j++)
        {
            var block = blocks[j];
            if (block.Kind == BlockKind.Heading)
            {
                (teasers, sinceHeading) = (teasers + 1, 0);
            }
            else if (block.Kind == BlockKind.Figure)
            {
                continue;
            }
            else if (teasers == 0 || ++sinceHeading > 1 || block.Text.Length > MaxTeaserSummaryChars)
            {
                return false;
            }
        }

        return teasers >= MinTeasers;
    }

    private static bool StartsWithWord(string key, string phrase) =>
        key.StartsWith(phrase, StringComparison.Ordinal) && (key.Length == phrase.Length || !char.IsLetterOrDigit(key[phrase.Length]));

    /// <summary>Whether a heading's text names related reading ("Mehr zum Thema") or is an end marker (<see cref="IsEndMarker"/>).</summary>
    public static bool IsRelatedOrEndHeading(string line) =>
        line.Length <= MaxRelatedHeadingChars && (StartsWithRelatedHeading(Key(line)) || IsEndMarker(line));

    /// <summary>Whether a line's key (<see cref="Key"/>, built once) opens with a related-reading heading.</summary>
    private static bool StartsWithRelatedHeading(string key)
    {
        foreach (var heading in Related.StoryLinkRules.RelatedHeadings)
        {
            if (StartsWithWord(key, heading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line is a comment section's heading or a share bar's label (see the class summary).</summary>
    public static bool IsEndMarker(string line)
    {
        // Every whole-line marker is short, and every longer one opens with a count ("12 thoughts on ...", "One response
        // to ..."): other lines are turned away before a key is built.
        if (line.Length > MaxLineWithoutCount && !line.Any(char.IsAsciiDigit) && !CountWords.Any(w => line.TrimStart().StartsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var key = Key(line);
        return Lines.Contains(key, StringComparer.Ordinal) || Openings.Any(o => key.StartsWith(o, StringComparison.Ordinal))
            || (key.EndsWith(" #", StringComparison.Ordinal) && Lines.Contains(key[..^2], StringComparer.Ordinal));
    }

    /// <summary>
    /// The line lower case, trimmed, without a final colon, with each run of digits written <c>#</c>, white space
    /// collapsed, and the brackets around a count left out ("Comments (12)" is "comments #", read as "comments" followed
    /// by its count).
    /// </summary>
    private static string Key(string line)
    {
        var text = line.Trim().TrimEndAny([':', '：']).Trim().LowerInvariant();
        if (text.EndsWith(')') || text.EndsWith(']'))
        {
            var open = text.AsSpan().LastIndexOfAny(['(', '[']);
            if (open > 0 && text.AsSpan(open + 1, text.Length - open - 2).Trim() is var count && count.Length > 0 && !count.ContainsAnyExceptInRange('0', '9'))
            {
                text = string.Concat(text.AsSpan(0, open), " ", count);
            }
            else if (open > 0 && text.AsSpan(open + 1, text.Length - open - 2).Trim() is var counted && counted.Length is > 0 and <= MaxCountedChars
                && char.IsAsciiDigit(counted[0]) && counted.IndexOf(' ') is var gap and > 0 && !counted[..gap].ContainsAnyExceptInRange('0', '9'))
            {
                // "Diskuse (37 příspěvků)", "Reader comments (12 posts)": a count with its word, read as the count.
                text = string.Concat(text.AsSpan(0, open), " ", counted[..gap]);
            }
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            if (char.IsAsciiDigit(c))
            {
                if (sb.Length == 0 || sb[^1] != '#')
                {
                    sb.Append('#');
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
