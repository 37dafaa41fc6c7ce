using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Closing lines read from their text alone: a wire service's pointer to its coverage, a filing line, an editor's credit,
/// a print edition's note and a tip line.
/// </summary>
internal static partial class TrailingClutter
{
    /// <summary>
    /// Openings of a wire service's closing pointer to its coverage ("Follow AP's full coverage of Brexit at ..."), or of a
    /// broadcaster's note of the programme that aired the story ("Dieses Thema im Programm: NDR Info | 04.11.2025", "Sendung:
    /// rbb24 Abendschau"), lower case. Reporting credits ("Additional reporting by ...") stay: trafilatura's labels keep them, AEB's do not.
    /// </summary>
    public static readonly string[] CoveragePointers = ["follow ap's", "follow ap’s", "for more ap coverage", "more ap coverage", "original-content von:", "original content by:",
        "dieses thema im programm:", "über dieses thema berichtete", "über dieses thema berichtet", "sendung:"];

    /// <summary>Labels of a post's filing line at its end ("Filed under: Politics | Harbour", "Kategorien: ..."), lower case with the colon.</summary>
    public static readonly string[] TaxonomyLabels =
    [
        "filed under:", "filed under ", "posted in:", "posted in ", "categories:", "category:", "tags:", "tagged:", "tagged with:",
        "kategorie:", "kategorien:", "schlagwörter:", "schlagworte:", "stichwörter:", "veröffentlicht in:", "catégories :",
        "catégories:", "étiquettes :", "categorías:", "etiquetas:", "categorie:",
    ];

    /// <summary>
    /// Openings of a note that the story ran in print ("A version of this article appears in print on March 5, 2024, Section A,
    /// Page 1 of the New York edition", "Appeared in the March 24, 2025, print edition as '...'"), lower case; the line must
    /// also say "print". A wire's line about its standards ("Our Standards: The Thomson Reuters Trust Principles.") closes a story too.
    /// </summary>
    public static readonly string[] PrintEditionNotes =
    [
        "a version of this article appear", "a version of this story appear", "a version of this review appear", "appeared in the ",
        "this article appeared in", "this article appears in", "this story appeared in", "this story appears in",
        "this article was originally published in", "this story was originally published in", "dieser artikel stammt aus", "dieser artikel erschien",
        "dieser beitrag erschien", "dieser text erschien", "ce reportage est extrait du", "cet article est extrait du", "cet article est paru dans",
        "este reportaje se publicó en", "este reportaje forma parte del", "este artículo se publicó en", "este artículo forma parte del",
        "questo articolo è uscito", "questo articolo è stato pubblicato sul", "dit artikel verscheen in", "dit stuk verscheen in",
    ];

    /// <summary>Words of a magazine's issue that a print edition's note names ("in our “Memory” issue", "Heft 3/2024", "numéro 14").</summary>
    private static readonly string[] IssueWords = ["print", "issue", "edition", "heft", "ausgabe", "nr.", "numéro", "número", "numero", "nummer"];

    /// <summary>Labels of the editor's credit that closes a Chinese story ("(责编：刘洋、王芳)", "责任编辑：王芳"), brackets left out.</summary>
    public static readonly string[] EditorCredits = ["责编：", "责编:", "责任编辑：", "责任编辑:", "编辑：", "编辑:", "編輯：", "編輯:", "责任编辑 "];

    /// <summary>The longest such pointer (in characters).</summary>
    public const int MaxPointerChars = 200;

    /// <summary>Whether the block is such a pointer (<see cref="CoveragePointers"/>), a filing line (<see cref="TaxonomyLabels"/>), an editor's credit (<see cref="EditorCredits"/>) or a print edition's note (<see cref="PrintEditionNotes"/>), short.</summary>
    private static bool IsClosingLine(BodyBlock block)
    {
        // A print edition's note repeats the headline and the reprint links after it ("... with the headline: ... Order
        // Reprints | Today's Paper | Subscribe"): it may run longer than a pointer.
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > MaxAppealChars)
        {
            return false;
        }

        var lower = block.Text.TrimStart().LowerInvariant();
        if (PrintEditionNotes.Any(o => lower.StartsWith(o, StringComparison.Ordinal)) && IssueWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var unbracketed = lower.TrimStartAny(['(', '（', '[', '【']);
        return block.Text.Length <= MaxPointerChars
            && (CoveragePointers.Any(o => lower.StartsWith(o, StringComparison.Ordinal)) || TaxonomyLabels.Any(o => lower.StartsWith(o, StringComparison.Ordinal)) || IsTipLine(lower)
                || EditorCredits.Any(o => unbracketed.StartsWith(o, StringComparison.Ordinal)) || lower.StartsWith("our standards:", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a line (lower case) asks readers for tips and says how to send them ("Got a story? Email us at ... or call
    /// ...", "Do you have a news tip? Contact ..."): it opens with one of <see cref="TipLineOpenings"/> and names a way to
    /// reach the newsroom.
    /// </summary>
    private static bool IsTipLine(string lower) =>
        TipLineOpenings.Any(o => lower.StartsWith(o, StringComparison.Ordinal))
        && (lower.Contains('@', StringComparison.Ordinal) || TipLineChannels.Any(c => lower.Contains(c, StringComparison.Ordinal)));

    /// <summary>Openings of a line that asks readers for tips, lower case.</summary>
    public static readonly string[] TipLineOpenings =
    [
        "got a story", "have a story", "do you have a story", "have you got a story", "got a news tip", "have a news tip", "do you have a news tip",
        "got a tip", "have a tip", "do you have a tip", "got a news story", "haben sie einen hinweis", "sie haben einen hinweis", "vous avez une info",
        "¿tienes una historia", "¿tienes información",
    ];

    /// <summary>Ways to reach a newsroom that a tip line names, lower case.</summary>
    private static readonly string[] TipLineChannels = ["email", "e-mail", "call ", "contact", "get in touch", "whatsapp", "send ", "schreiben sie", "écrivez", "escríbenos"];
}
