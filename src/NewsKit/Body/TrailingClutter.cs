using System.Text;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Lines a template puts after the article's last paragraph, inside the article's own container, that no element marks
/// as page furniture, read from their text alone and dropped from the end of the body:
/// <list type="bullet">
/// <item>a label or heading left dangling once what it introduced was left out ("Das Thema könnte dich auch
/// interessieren:", "Release Date:", a last subheading with nothing under it);</item>
/// <item>a "follow us" line ("Síguenos en Telegram, Instagram, Facebook y Twitter");</item>
/// <item>a subscription, membership or donation appeal ("To view the full story, please subscribe ...", "Hazte
/// miembro"), with the lines around it that speak of subscribers, members or journalism, and the publisher's disclaimer
/// that a piece is its author's opinion;</item>
/// <item>a press contact block: a contact label ("Kontakt:") and the short lines after it, one with an e-mail address or a
/// phone number;</item>
/// <item>an author box: an author-box label ("About the Author") and the few short lines after it;</item>
/// <item>the page's own copyright notice in a short block, with what follows it (a print version's footer).</item>
/// </list>
/// An appeal's neighbouring lines go only with it: a last paragraph that merely mentions subscribers stays. The article's
/// own text always stays: nothing is dropped that would leave less than <see cref="BodyRules.MinBodyChars"/> characters,
/// and at most <see cref="MaxDropped"/> blocks go.
/// </summary>
internal static partial class TrailingClutter
{
    /// <summary>The most blocks dropped from one body's end.</summary>
    public const int MaxDropped = 8;

    /// <summary>A heading this short (in characters) at the body's end introduces nothing.</summary>
    public const int MaxDanglingChars = 80;

    /// <summary>A paragraph this short (in characters) ending with a colon at the body's end introduces nothing (an embed, a list, gone).</summary>
    public const int MaxDanglingIntroChars = 200;

    /// <summary>A "follow us" line or an appeal is at most this long (in characters).</summary>
    public const int MaxAppealChars = 500;

    /// <summary>
    /// Phrases that make a line an appeal or a "follow us" line: imperatives and second-person addresses to the reader about
    /// subscribing, membership, donations and following, and the publisher's disclaimer that a piece is its author's
    /// opinion, in the languages of the rules (matched as whole words, case folded).
    /// </summary>
    public static readonly string[] AppealPhrases =
    [
        "subscribe to our", "subscribe to us", "subscribe to read", "subscribe to continue", "subscribe to get", "subscribe to unlock",
        "subscribe to access", "subscribe now", "subscribe today", "please subscribe", "already a subscriber", "become a subscriber",
        "by signing up to", "by signing up for", "signing up to our", "signing up for our",
        "become a member", "join now", "sign up for our", "sign up to our", "sign up here", "sign up now", "sign up today", "support our journalism", "support independent journalism",
        "donate now", "to continue reading", "follow us on", "join our whatsapp", "join our telegram", "click here to join",
        "on whatsapp channel", "whatsapp channel to get", "follow us on google news", "right in your inbox", "straight to your inbox",
        "jetzt abonnieren", "abonnieren sie", "abonniere unseren", "unterstützen sie uns", "unterstütze uns", "unterstützt uns",
        "jetzt spenden", "jetzt unterstützen", "mitglied werden", "werden sie mitglied", "folgen sie uns", "folge uns",
        "hazte miembro", "hágase miembro", "suscríbete", "suscríbase", "síguenos en", "siguenos en", "apóyanos", "apúntate aquí",
        "apúntate a la newsletter", "apúntate a nuestra newsletter", "únete a nuestro canal", "participe do canal", "entre no canal",
        "abonnez-vous", "abonnez vous", "soutenez-nous", "faites un don", "suivez-nous",
        "abbonati", "sostienici", "seguici su", "assine já", "siga-nos", "iscriversi al canale", "iscriviti al canale", "kanal abonnieren",
        "abonniere unseren kanal", "rejoignez notre chaîne", "abonnez-vous à notre chaîne",
        "подписывайтесь на", "подпишитесь на", "следите за нами", "читайте нас", "підписуйтесь на", "стежте за нами", "obserwuj nas",
        "śledź nas", "sledujte nás", "kövess minket", "följ oss", "følg os", "følg oss", "seuraa meitä", "bizi takip edin",
        "word abonnee", "neem een abonnement", "lees verder met een abonnement", "proefabonnement", "steun ons", "volg ons",
        "le premier mois sans engagement", "euro le premier mois", "premier mois offert", "im ersten monat gratis", "im ersten monat kostenlos",
        "jederzeit kündbar", "first month free", "cancel anytime", "cancel at any time",
        "de cet article à lire", "réservée aux abonnés", "réservé aux abonnés", "free articles left", "free articles remaining",
        "nur für abonnenten", "exklusiv für abonnenten", "exclusivo para suscriptores", "riservato agli abbonati",
        "gibt die meinung des autors wieder", "gibt die meinung der autorin wieder", "nicht notwendigerweise die der redaktion",
        "views expressed", "do not necessarily reflect", "does not necessarily reflect", "no reflejan necesariamente",
        // the outlet's own promotion of its feeds and apps
        "track latest news", "get news updates", "get the latest news", "for the latest news", "for more news updates", "stay updated with",
        "download our app", "download the app", "get the app", "lade dir unsere app", "laden sie unsere app",
        "for unlimited access", "tenha acesso ilimitado", "acesso ilimitado às", "acceso ilimitado a", "accès illimité à",
        "straight to your phone", "directly to your phone", "direttamente sul tuo smartphone", "directement sur votre smartphone",
        "directement sur votre téléphone", "directamente en tu móvil", "directamente en tu celular", "direkt aufs handy", "direkt auf ihr smartphone",
        "iscriviti alla newsletter", "iscriviti alla nostra newsletter", "inscrivez-vous à notre newsletter", "inscrivez-vous à la newsletter",
    ];

    /// <summary>
    /// Word beginnings of the lines around an appeal (subscribers, membership, access, journalism, donations): such a line
    /// goes with an appeal after it, never alone.
    /// </summary>
    public static readonly string[] AppealWordStarts =
    [
        "subscri", "member", "join", "access", "newsletter", "donat", "journalis", "paywall", "login", "log in", "free article",
        "kostenlose artikel", "kostenlosen artikel", "articles gratuits", "artículos gratuitos",
        "abonn", "mitglied", "spende", "unterstütz", "journalismus",
        "suscri", "miembro", "periodis", "apoy", "hazte", "hágase",
        "soutien", "soutenez", "abbona", "assin", "abonnee", "abonnement", "lidmaat",
    ];

    /// <summary>Names of social networks: a short line with an appeal phrase ("Síguenos en ...") that names one is a "follow us" line.</summary>
    public static readonly string[] SocialNetworks = ["facebook", "twitter", "instagram", "telegram", "youtube", "tiktok", "linkedin", "whatsapp", "pinterest", "threads", "bluesky", "mastodon"];

    /// <summary>Drops the clutter from the end of <paramref name="blocks"/> (see the class summary).</summary>
    /// <param name="blocks">The body's blocks.</param>
    /// <param name="notice">The page's copyright notice as found (<see cref="Models.Copyright.Text"/>); null when none.</param>
    /// <param name="authors">The article's authors, whose bio may end the text; null when none are known.</param>
    public static void Trim(List<BodyBlock> blocks, string? notice = null, IReadOnlyList<Author>? authors = null)
    {
        var total = blocks.Sum(b => NonBlank(b.Text));
        total = CutFrom(blocks, NoticeBlockStart(blocks, notice), total);
        total = CutFrom(blocks, ContactBlockStart(blocks), total);
        total = CutFrom(blocks, AuthorBoxStart(blocks), total);
        total = CutFrom(blocks, AuthorBioStart(blocks, authors), total);

        var (dropped, danglingDropped) = (0, false);
        while (dropped < MaxDropped && blocks.Count > 1)
        {
            var run = AppealRun(blocks);
            var dangling = run == 0 && !danglingDropped && IsDangling(blocks[^1]);
            danglingDropped |= dangling;
            var take = run > 0 ? run : dangling || IsFollowLine(blocks[^1]) || IsClosingLine(blocks[^1]) || IsRightsNotice(blocks[^1])
                || (blocks[^1].Kind == BlockKind.Paragraph && IsNewsletterPromo(blocks[^1].Text)) ? 1 : SignatureBlocks(blocks);
            take = Math.Min(take, MaxDropped - dropped);
            var chars = blocks.Skip(blocks.Count - take).Sum(b => NonBlank(b.Text));
            if (take == 0 || take >= blocks.Count || total - chars < BodyRules.MinBodyChars)
            {
                return;
            }

            blocks.RemoveRange(blocks.Count - take, take);
            total -= chars;
            dropped += take;
            if (run > 0 && blocks.Count > 1 && blocks[^1] is { Kind: BlockKind.Heading } heading && heading.Text.Length <= MaxDanglingChars
                && total - NonBlank(heading.Text) >= BodyRules.MinBodyChars)
            {
                // The appeal's own heading ("Enjoyed this post?" over "Subscribe to get ..."): it goes with the appeal.
                total -= NonBlank(heading.Text);
                blocks.RemoveAt(blocks.Count - 1);
            }
        }
    }

    /// <summary>
    /// How many blocks at the end are a forum post's signature: a line of underscores ("__________________", vBulletin's
    /// separator) and the short text under it, in one block or two; 0 when the body does not end so.
    /// </summary>
    private static int SignatureBlocks(List<BodyBlock> blocks)
    {
        static bool OpensWithRule(string text) => text.TrimStart().StartsWith(SignatureRule, StringComparison.Ordinal);
        if (blocks[^1].Text.Length > MaxAppealChars)
        {
            return 0;
        }

        return OpensWithRule(blocks[^1].Text) ? 1
            : blocks.Count > 2 && OpensWithRule(blocks[^2].Text) && blocks[^2].Text.Trim().TrimStart('_').Length == 0 ? 2 : 0;
    }

    /// <summary>The run of underscores that opens a forum post's signature.</summary>
    private const string SignatureRule = "_____";

    /// <summary>The shortest copyright notice looked for in the body ("© 2024 X" is too common a phrase to say more).</summary>
    private const int MinNoticeChars = 16;

    /// <summary>
    /// Where the page's own copyright notice stands among the last <see cref="MaxDropped"/> blocks, in a short block of
    /// the print version's footer lines ("This article was printed from ...", "URL of this article: ...", "Copyright 2011
    /// State Capitol Report. All rights reserved."): that block and the ones after it are the page's, not the article's;
    /// -1 when there is none.
    /// </summary>
    private static int NoticeBlockStart(List<BodyBlock> blocks, string? notice)
    {
        // A notice the page writes as one: with its sign or word (a holder named alone is no line to look for).
        if (notice is null || notice.Length < MinNoticeChars
            || !(notice.Contains('©', StringComparison.Ordinal) || notice.Contains("copyright", StringComparison.OrdinalIgnoreCase) || notice.Contains("(c)", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        for (var i = Math.Max(1, blocks.Count - MaxDropped); i < blocks.Count; i++)
        {
            if (blocks[i].Text.Length <= MaxAppealChars && blocks[i].Text.Contains(notice, StringComparison.Ordinal)
                && blocks.Skip(i + 1).All(b => b.Text.Length <= MaxAppealChars))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the block is a notice of rights alone: it opens with a copyright sign or word and reserves the rights
    /// ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten
    /// or redistributed."), at most <see cref="MaxAppealChars"/> characters. A wire's notice under its story is no part of
    /// it, whether or not the page's own notice is another.
    /// </summary>
    private static bool IsRightsNotice(BodyBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > MaxAppealChars)
        {
            return false;
        }

        var lower = block.Text.TrimStart().LowerInvariant();
        return (lower.StartsWith('©') || lower.StartsWith("copyright", StringComparison.Ordinal) || lower.StartsWith("(c)", StringComparison.Ordinal))
            && Metadata.MetadataRules.CopyrightWords.Any(w => w.Length > 9 && lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Labels that open a press contact block ("Kontakt:", "Media contact"), matched whole, lower case, without a final colon.</summary>
    public static readonly string[] ContactLabels =
    [
        "kontakt", "pressekontakt", "kontakt für die presse", "ansprechpartner", "ansprechpartnerin", "ansprechpartner zum thema",
        "ansprechpartnerin zum thema", "contact", "contacts", "media contact", "press contact", "media contacts", "press contacts",
        "contact presse", "contacto", "contacto de prensa", "contato", "contatti", "kontakt dla mediów",
    ];

    /// <summary>The longest line without an address or a number read as part of a contact block (a name, a department).</summary>
    private const int MaxContactLineChars = 100;

    /// <summary>
    /// Where a press contact block at the body's end starts: a line that is only a contact label ("Kontakt:") among the last
    /// <see cref="MaxDropped"/> blocks, followed by contact details only (blocks with an e-mail address or a phone number, and
    /// lines of at most <see cref="MaxContactLineChars"/> characters), one of them with an address or a number; -1 when there is none.
    /// </summary>
    private static int ContactBlockStart(List<BodyBlock> blocks)
    {
        for (var i = Math.Max(1, blocks.Count - MaxDropped); i < blocks.Count - 1; i++)
        {
            if (!IsLabelLine(blocks[i], ContactLabels))
            {
                continue;
            }

            // Only contact details after the label: a block of them, or short lines. A paragraph of prose after them ("Über die
            // Nordhafen: Die Nordhafen Versicherung AG ist ...", a release's boilerplate about its issuer) is the release's text.
            var rest = blocks.Skip(i + 1).ToList();
            static bool IsContactDetail(BodyBlock b) => b.Text.Contains('@', StringComparison.Ordinal) || HasPhoneNumber(b.Text);
            if (rest.TrueForAll(b => b.Text.Length <= MaxAppealChars && (IsContactDetail(b) || b.Text.Length <= MaxContactLineChars)) && rest.Exists(IsContactDetail))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Labels that open an author box ("About the author"), matched whole, lower case, without a final colon.</summary>
    public static readonly string[] AuthorBoxLabels =
    [
        "about the author", "about the authors", "about the writer", "über den autor", "über die autorin", "über die autoren",
        "über den autor / die autorin", "zum autor", "zur autorin", "zu den autoren", "sobre el autor", "sobre la autora",
        "sobre los autores", "à propos de l'auteur", "a propos de l'auteur", "à propos de l’auteur", "sull'autore", "sull’autore",
        "sobre o autor", "sobre a autora", "over de auteur", "o autorze",
    ];

    /// <summary>The most blocks an author box holds after its label (a name, a line of biography, a link or two).</summary>
    private const int MaxAuthorBoxBlocks = 4;

    /// <summary>
    /// Where an author box at the body's end starts: a line that is only an author-box label ("About the Author") among the
    /// last <see cref="MaxDropped"/> blocks, followed by at most <see cref="MaxAuthorBoxBlocks"/> short blocks; -1 when
    /// there is none.
    /// </summary>
    private static int AuthorBoxStart(List<BodyBlock> blocks)
    {
        for (var i = Math.Max(1, blocks.Count - MaxAuthorBoxBlocks - 1); i < blocks.Count - 1; i++)
        {
            if (IsLabelLine(blocks[i], AuthorBoxLabels) && blocks.Skip(i + 1).All(b => b.Text.Length <= MaxAppealChars))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Drops the blocks from <paramref name="start"/> on (nothing when it is not above 0) unless that would leave less than
    /// <see cref="BodyRules.MinBodyChars"/> characters; the body's characters after it.
    /// </summary>
    private static int CutFrom(List<BodyBlock> blocks, int start, int total)
    {
        if (start <= 0)
        {
            return total;
        }

        var chars = blocks.Skip(start).Sum(b => NonBlank(b.Text));
        if (total - chars < BodyRules.MinBodyChars)
        {
            return total;
        }

        blocks.RemoveRange(start, blocks.Count - start);
        return total - chars;
    }

    /// <summary>Whether a paragraph or heading, short, is one of <paramref name="labels"/> (lower case, without a final colon).</summary>
    private static bool IsLabelLine(BodyBlock block, string[] labels) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading && block.Text.Length <= MaxDanglingChars
        && labels.Contains(block.Text.Trim().TrimEnd(':').Trim().LowerInvariant(), StringComparer.Ordinal);

    /// <summary>Whether a text holds a phone number: seven digits or more in a run that only spaces, slashes, dashes, dots, brackets and plus signs break up ("+49 (0)40 / 49 07 11 06").</summary>
    private static bool HasPhoneNumber(string text)
    {
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                if (digits >= 7)
                {
                    return true;
                }
            }
            else if (c is not (' ' or '/' or '-' or '(' or ')' or '+' or '.'))
            {
                digits = 0;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of the run of appeal lines at the end: lines with an appeal phrase and the lines of appeal words between
    /// and after them, starting at an appeal phrase, or at the heading of appeal words that titles the appeal's box ("Un
    /// público informado decide mejor ... apoya ...", then "Hacemos periodismo ...", then "Hazte miembro"); 0 when the end
    /// holds none.
    /// </summary>
    private static int AppealRun(List<BodyBlock> blocks)
    {
        var (start, heading) = (-1, -1);
        for (var i = blocks.Count - 1; i >= 0 && blocks.Count - i <= MaxDropped; i--)
        {
            var block = blocks[i];
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading or BlockKind.List) || block.Text.Length > MaxAppealChars)
            {
                break;
            }

            var words = Words(block.Text);
            if (HasAny(words, PaddedPhrases))
            {
                start = i;
            }
            else if (!HasAny(words, PaddedWordStarts) && !(start < 0 && IsButtonLine(block)))
            {
                break;
            }
            else if (start >= 0 && block.Kind == BlockKind.Heading)
            {
                heading = i;
            }
        }

        return start < 0 ? 0 : blocks.Count - (heading >= 0 ? Math.Min(heading, start) : start);
    }

    /// <summary>
    /// Whether the block is a button's label under an appeal ("See offers", "Jetzt testen"): a paragraph of at most
    /// <see cref="MaxButtonWords"/> words that is no sentence. It goes only with an appeal above it.
    /// </summary>
    private static bool IsButtonLine(BodyBlock block)
    {
        var text = block.Text.Trim();
        return block.Kind == BlockKind.Paragraph && text.Length is > 0 and <= MaxButtonChars && text[^1] is not ('.' or '!' or '?' or ':' or '"' or '”')
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxButtonWords;
    }

    /// <summary>The most words of a button's label under an appeal.</summary>
    private const int MaxButtonWords = 3;

    /// <summary>The longest button label (in characters) under an appeal.</summary>
    private const int MaxButtonChars = 30;

    /// <summary>
    /// Whether the block is a label ending with a colon or a heading that is not a sentence (a pull quote set as a heading
    /// ends with a full stop), short: at the body's end it introduces nothing. Only one goes: a series of them ("Tips from
    /// Anna:", "Tips from Ben:") names what the page left out, and stays.
    /// </summary>
    private static bool IsDangling(BodyBlock block)
    {
        var text = block.Text.TrimEnd();
        return (text.Length <= MaxDanglingChars && block.Kind == BlockKind.Heading && (text.Length == 0 || text[^1] is not ('.' or '!' or '?' or '…' or '"' or '“')))
            || (text.Length <= MaxDanglingIntroChars && block.Kind == BlockKind.Paragraph && text.EndsWith(':'));
    }

    /// <summary>The longest paragraph between others read as a "follow us" line (<see cref="IsFollowLine"/>).</summary>
    private const int MaxInlineFollowChars = 160;

    /// <summary>
    /// Drops the short "follow us" lines set between the paragraphs ("📲 Participe do canal do g1 SP no WhatsApp",
    /// "Follow us on Google News"): an appeal phrase and a network's name in a line of at most
    /// <see cref="MaxInlineFollowChars"/> characters is never the story's text.
    /// </summary>
    public static void DropFollowLines(List<BodyBlock> blocks) =>
        blocks.RemoveAll(b => b.Text.Length <= MaxInlineFollowChars && NamesNetwork(b.Text) && IsFollowLine(b));

    /// <summary>Whether a text names a social network anywhere (<see cref="SocialNetworks"/>, any case), read without building anything.</summary>
    private static bool NamesNetwork(string text)
    {
        foreach (var network in SocialNetworks)
        {
            if (text.Contains(network, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFollowLine(BodyBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > MaxAppealChars)
        {
            return false;
        }

        var words = Words(block.Text);
        return HasAny(words, PaddedNetworks) && (HasAny(words, PaddedPhrases) || (block.Text.Length <= MaxInviteChars && IsInvite(block.Text)));
    }

    /// <summary>
    /// Whether a sentence of a line that names a network opens with a verb that invites readers ("Follow KT on WhatsApp
    /// Channels", "Join ST's Telegram channel", "... canal de Telegram? Únete desde tu celular"), whatever the outlet calls
    /// itself. A sentence that only tells of following ("The mayor said she would follow the debate on Twitter") invites nobody.
    /// </summary>
    private static bool IsInvite(string text)
    {
        foreach (var sentence in text.Split(['.', '!', '?', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = Words(sentence);
            if (InviteVerbs.Any(v => words.StartsWith(" " + v + " ", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs that open an invitation to the outlet's channel on a network (see <see cref="IsInvite"/>).</summary>
    private static readonly string[] InviteVerbs = ["follow", "join", "siga", "sigue", "únete", "entre", "folge", "folgen", "suivez", "rejoignez", "seguici", "segui", "unisciti", "volg"];

    /// <summary>The longest line read as an invitation to a channel (see <see cref="IsInvite"/>).</summary>
    private const int MaxInviteChars = 160;

    /// <summary>The text lower-cased with every run of characters that are not letters, digits or hyphens turned into one space, padded with spaces.</summary>
    private static string Words(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                builder.Append(TextCase.Lower(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return (builder[^1] == ' ' ? builder : builder.Append(' ')).ToString();
    }

    /// <summary>The appeal phrases with a space at each end, for whole-word lookups in <see cref="Words"/> (built once).</summary>
    private static readonly string[] PaddedPhrases = [.. AppealPhrases.Select(p => " " + p + " ")];

    /// <summary>The appeal word starts with a space before them (built once).</summary>
    private static readonly string[] PaddedWordStarts = [.. AppealWordStarts.Select(s => " " + s)];

    /// <summary>The social networks' names with a space before them (built once).</summary>
    private static readonly string[] PaddedNetworks = [.. SocialNetworks.Select(n => " " + n)];

    private static bool HasAny(string words, string[] padded)
    {
        foreach (var phrase in padded)
        {
            if (words.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int NonBlank(string text) => TextCounts.NonBlank(text);
}
