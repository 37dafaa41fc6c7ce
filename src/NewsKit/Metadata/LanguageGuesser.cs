using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Guesses the language of the article text: by script for the scripts that name one language or a small family
/// (Cyrillic, Arabic, Hebrew, Greek, kana, Hangul, Han, Thai, Devanagari), by the most frequent function words
/// (<see cref="LanguageRules.FunctionWords"/>) for Latin-script text. Says nothing when the evidence is weak.
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>
    /// The sample's length: some 500 words, of which a third or more are function words in the languages listed, far
    /// more than <see cref="MinFunctionWords"/> and the two-to-one lead the guess needs (6,000 changed no guess on
    /// aeb-dev and took twice the time).
    /// </summary>
    private const int MaxSampleLength = 3000;
    private const int MinLetters = 200;
    private const int MinFunctionWords = 8;
    private const int MinParagraphLength = 30;

    /// <summary>The primary language subtag of the page's paragraphs, or null when unsure.</summary>
    public static string? Guess(ExtractionContext context)
    {
        var (sample, paragraphs) = Sample(context);
        var guess = Guess(sample);
        if (guess is null && paragraphs && context.Document.Body is { } body)
        {
            // The paragraphs said too little (an old layout writes its story as lines of a div, and only the related
            // stories' titles are items): the page's whole text.
            guess = Guess(ElementText.SpacedText(body, MaxSampleLength));
        }

        return guess;
    }

    private static string? Guess(string sample)
    {
        var letters = 0;

        // Letters counted by script, and the scripts in the order they first occur: the first of the most frequent wins.
        Span<int> counts = stackalloc int[Scripts.Length];
        Span<int> order = stackalloc int[Scripts.Length];
        var seen = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (ScriptOf(c) is var script and >= 0 && counts[script]++ == 0)
            {
                order[seen++] = script;
            }
        }

        if (letters < MinLetters)
        {
            return null;
        }

        var (top, topCount) = ((string?)null, 0);
        foreach (var script in order[..seen])
        {
            if (top is null || counts[script] > topCount)
            {
                (top, topCount) = (Scripts[script], counts[script]);
            }
        }

        if (top is not null && topCount * 2 > letters)
        {
            return top switch
            {
                "cyrillic" => CyrillicLanguage(sample),
                "arabic" => sample.Any(c => c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی') && !sample.Contains('ي', StringComparison.Ordinal) ? "fa" : "ar",
                "han" => counts[Array.IndexOf(Scripts, "kana")] * 20 > topCount ? "ja" : "zh",
                "kana" => "ja",
                _ => top,
            };
        }

        return ByFunctionWords(sample);
    }

    /// <summary>
    /// The language of a Cyrillic text by the letters only some alphabets have: Macedonian ѓ, ќ, ѕ; Serbian ј, љ, њ, ћ, ђ, џ;
    /// Ukrainian і, ї, є, ґ; Belarusian ў; Bulgarian writes ъ as a vowel and has no ы; else Russian.
    /// </summary>
    private static string CyrillicLanguage(string sample)
    {
        var (hardSigns, yeru) = (0, 0);
        bool macedonian = false, serbian = false, ukrainian = false, belarusian = false;
        foreach (var c in sample)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'ѓ' or 'ќ' or 'ѕ': macedonian = true; break;
                case 'ј' or 'љ' or 'њ' or 'ћ' or 'ђ' or 'џ': serbian = true; break;
                case 'ї' or 'є' or 'ґ': ukrainian = true; break;
                case 'і': ukrainian |= !belarusian; break;
                case 'ў': belarusian = true; break;
                case 'ъ': hardSigns++; break;
                case 'ы': yeru++; break;
            }
        }

        return macedonian ? "mk" : serbian ? "sr" : belarusian ? "be" : ukrainian ? "uk" : yeru == 0 && hardSigns >= MinBulgarianHardSigns ? "bg" : "ru";
    }

    /// <summary>The fewest ъ in a Cyrillic sample without ы read as Bulgarian (Russian writes ъ in a few words only, and ы in most sentences).</summary>
    private const int MinBulgarianHardSigns = 3;

    /// <summary>
    /// Whether the guess contradicts the declared language: a different script (a Cyrillic text declared English), or,
    /// within the Latin script, a different language when only one source declares it (a template's default
    /// <c>lang="en"</c> on a German story) and the guesser knows the declared language. A declaration that two sources agree on (<c>lang</c> and <c>og:locale</c>)
    /// stands within its script: a guess from function words can take Czech for Polish. Guesses inside one script
    /// family (Japanese declared, Han read) never contradict.
    /// </summary>
    public static bool Contradicts(string declared, string guessed, bool confirmed)
    {
        var declaredScript = LanguageRules.ScriptOf(declared);
        return declaredScript != LanguageRules.ScriptOf(guessed)
            || (!confirmed && declaredScript == "latin" && !string.Equals(declared, guessed, StringComparison.Ordinal) && Knows(declared));
    }

    /// <summary>
    /// Whether the guesser has function words for a language: only then can its guess tell that a text is not in it
    /// (Danish, Croatian or Czech, which it has no words for, read as the nearest language it has: Swedish, Polish).
    /// </summary>
    private static bool Knows(string language) => Array.IndexOf(Languages, language) >= 0;

    /// <summary>The scripts (or languages of their own script) letters are counted by; <see cref="ScriptOf"/> gives an index into it.</summary>
    private static readonly string[] Scripts = ["cyrillic", "arabic", "he", "el", "kana", "ko", "han", "th", "hi"];

    /// <summary>The index into <see cref="Scripts"/> of a letter's script; -1 for other scripts (Latin among them).</summary>
    private static int ScriptOf(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => 0,
        >= '\u0600' and <= '\u06FF' => 1,
        >= '\u0590' and <= '\u05FF' => 2,
        >= '\u0370' and <= '\u03FF' => 3,
        >= '\u3040' and <= '\u30FF' => 4,
        >= '\uAC00' and <= '\uD7AF' => 5,
        >= '\u4E00' and <= '\u9FFF' => 6,
        >= '\u0E00' and <= '\u0E7F' => 7,
        >= '\u0900' and <= '\u097F' => 8,
        _ => -1,
    };

    /// <summary>The languages of <see cref="LanguageRules.FunctionWords"/>, in its order; scores are kept by index into it.</summary>
    private static readonly string[] Languages = LanguageRules.FunctionWords.Select(entry => entry.Language).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Each function word with the indexes (into <see cref="Languages"/>) of the languages whose lists have it.</summary>
    private static readonly Dictionary<string, int[]> LanguagesOfWord = LanguageRules.FunctionWords
        .SelectMany(entry => entry.Words.Select(word => (Word: word, Language: Array.IndexOf(Languages, entry.Language))))
        .GroupBy(pair => pair.Word, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Select(pair => pair.Language).ToArray(), StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    /// <summary>The length of the longest function word: a longer word is none.</summary>
    private static readonly int MaxFunctionWordLength = LanguagesOfWord.Keys.Max(word => word.Length);
#endif

    private static readonly char[] WordSeparatorChars = [' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '«', '»', '“', '”', '\n'];

#if NET9_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> WordSeparators = System.Buffers.SearchValues.Create(WordSeparatorChars);
#endif

    private static void Count(int[] scores, int[] languages)
    {
        // A word of one language's list says more than one several lists share ("de": Dutch and Turkish; "en": Dutch,
        // Swedish and Turkish): it counts twice.
        var weight = languages.Length == 1 ? 2 : 1;
        foreach (var language in languages)
        {
            scores[language] += weight;
        }
    }

    private static string? ByFunctionWords(string sample)
    {
        var scores = new int[Languages.Length];
#if NET9_0_OR_GREATER
        // Words are looked up as spans: no string per word. Only a word no longer than the longest function word is
        // lowered (into a buffer on the stack) and looked up; lowering is character by character and no separator has
        // a case, so this reads the words of the lowered sample.
        var lookup = LanguagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lowered = stackalloc char[MaxFunctionWordLength];
        var rest = sample.AsSpan();
        while (rest.Length > 0)
        {
            var start = rest.IndexOfAnyExcept(WordSeparators);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            var end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            if (word.Length <= MaxFunctionWordLength && word.LowerInvariant(lowered) is var length and >= 0
                && lookup.TryGetValue(lowered[..length], out var languages))
            {
                Count(scores, languages);
            }
        }
#else
        var lower = sample.ToLower(CultureInfo.InvariantCulture);
        foreach (var word in lower.Split(WordSeparatorChars, StringSplitOptions.RemoveEmptyEntries))
        {
            if (LanguagesOfWord.TryGetValue(word, out var languages))
            {
                Count(scores, languages);
            }
        }
#endif

        // The leading language must have enough words and at least twice the runner-up's (a tie gives none).
        var top = -1;
        var second = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (top < 0 || scores[i] > scores[top])
            {
                second = top < 0 ? 0 : scores[top];
                top = i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        if (top < 0 || scores[top] < MinFunctionWords)
        {
            return null;
        }

        return scores[top] >= second * 2 ? Languages[top] : null;
    }

    /// <summary>
    /// The text of the page's paragraphs (outside navigation and footers), up to a few thousand characters, and whether it
    /// is theirs (else the start of the page's text, when they hold too few letters).
    /// </summary>
    private static (string Sample, bool Paragraphs) Sample(ExtractionContext context)
    {
        var document = context.Document;
        var parts = new StringBuilder();
        var length = 0;
        // The element index instead of a selector query: the loop stops once the sample is long enough.
        var elements = context.Index.ElementList;
        var names = context.Index.NameList;
        for (var i = 0; i < elements.Count; i++)
        {
            if (length >= MaxSampleLength)
            {
                break;
            }

            var heading = names[i] == "h1";
            if (!heading && names[i] is not ("p" or "li"))
            {
                continue;
            }

            var paragraph = elements[i];

            // Short items (menus, labels) are left out: their raw length bounds the collapsed text's, so most are
            // dropped before the visibility tests and without building their text.
            if (!heading && ElementText.TextLength(paragraph) < MinParagraphLength)
            {
                continue;
            }

            if (PageRegions.IsHidden(context, paragraph) || PageRegions.IsInNavigationOrChrome(context, paragraph))
            {
                continue;
            }

            var text = ElementText.Text(paragraph, MaxSampleLength);
            if (text.Length >= MinParagraphLength || heading)
            {
                if (parts.Length > 0)
                {
                    parts.Append(' ');
                }

                parts.Append(text);
                length += text.Length;
            }
        }

        var sample = parts.ToString();
        var paragraphs = true;
        if (sample.Length < MinLetters && document.Body is { } body)
        {
            // Only the sample's length is kept: the body's text is read no further (the cut text is the start of the whole).
            (sample, paragraphs) = (ElementText.SpacedText(body, MaxSampleLength), false);
        }

        return (sample.Length > MaxSampleLength ? sample[..MaxSampleLength] : sample, paragraphs);
    }
}
