using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>Newsletter promotions: the lines that ask the reader to sign up, at either end of the body.</summary>
internal static partial class TrailingClutter
{
    /// <summary>
    /// Whether a paragraph is a newsletter's promotion: it opens with a sign-up word ("Sign up for The Brief, The Texas
    /// Tribune's daily newsletter ...", "Abonnieren Sie unseren Newsletter ...") and names a newsletter, in at most
    /// <see cref="MaxPromoChars"/> characters.
    /// </summary>
    public static bool IsNewsletterPromo(string text)
    {
        if (text.Length > MaxPromoChars)
        {
            return false;
        }

        var lower = text.TrimStart().LowerInvariant();
        if (lower.Contains("newsletter", StringComparison.Ordinal) && SignUpOpenings.Any(o => lower.StartsWith(o, StringComparison.Ordinal)))
        {
            return true;
        }

        // "Ne maradjon le semmiről! Iratkozzon fel a Hírpont napi hírlevelére.": a short line whose sentence asks the reader
        // to sign up for the newsletter, in the words of its language ("You can also subscribe to ..." tells, it does not ask).
        return text.Length <= MaxSignUpAppealChars && NewsletterWords.Any(w => lower.Contains(w, StringComparison.Ordinal))
            && SignUpAppeals.Any(a => OpensSentence(lower, a));
    }

    /// <summary>Whether <paramref name="words"/> open a sentence of the line: at its start, or after a sentence's end mark and a space.</summary>
    private static bool OpensSentence(string line, string words)
    {
        for (var at = line.IndexOf(words, StringComparison.Ordinal); at >= 0; at = line.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || (at >= 2 && line[at - 1] == ' ' && line[at - 2] is '.' or '!' or '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest line read as a sign-up appeal by its words anywhere in it.</summary>
    private const int MaxSignUpAppealChars = 160;

    /// <summary>Words for a newsletter (stems, lower case).</summary>
    private static readonly string[] NewsletterWords =
    [
        "newsletter", "hírlevel", "boletín", "nieuwsbrief", "lettre d'information", "infolettre", "biuletyn", "bülten", "buletin", "nyhetsbrev",
        "nyhedsbrev", "uutiskirje", "рассылк", "розсилк", "бюлетин", "ενημερωτικό δελτίο",
    ];

    /// <summary>The imperative that asks the reader to sign up, lower case.</summary>
    private static readonly string[] SignUpAppeals =
    [
        "sign up", "subscribe to", "iratkozzon fel", "iratkozz fel", "abonnieren sie", "abonniere", "inscrivez-vous", "abonnez-vous", "suscríbete",
        "suscríbase", "iscriviti", "inscreva-se", "schrijf je in", "meld je aan", "zapisz się", "abone ol", "abonează-te", "abonati-va", "prenumerera",
        "tilaa", "подпишитесь", "підпишіться", "абонирайте се", "εγγραφείτε",
    ];

    /// <summary>The longest newsletter promotion (in characters) read as one.</summary>
    private const int MaxPromoChars = 300;

    /// <summary>Words a newsletter's promotion opens with, lower case.</summary>
    private static readonly string[] SignUpOpenings =
    [
        "sign up", "subscribe", "get our", "get the", "abonnieren sie", "abonniere", "melden sie sich", "jetzt anmelden", "inscrivez-vous",
        "abonnez-vous", "suscríbete", "suscríbase", "apúntate", "iscriviti", "assine", "inscreva-se", "meld je aan", "schrijf je in",
    ];
}
