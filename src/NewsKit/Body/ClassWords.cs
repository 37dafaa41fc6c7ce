using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>What an element's class and id say about it; <c>Word</c> is the boilerplate word that decided (a strong one first), null when none did.</summary>
internal readonly record struct ClassVerdict(bool Boilerplate, bool Strong, int ContentWords, int BoilerplateWords, bool Popup, string? Word = null)
{
    public static ClassVerdict None { get; } = new(false, false, 0, 0, false);
}

/// <summary>
/// Matches class and id tokens against <see cref="BodyRules"/>' word lists. A verdict is a function of the class and id
/// strings alone, so verdicts (and the words of each class string) are kept per thread, across pages: templates repeat
/// the same strings within a page, and common names ("container", "entry-content") across sites. What is kept is
/// bounded (<see cref="MaxCached"/>): past it the caches start over.
/// </summary>
internal sealed class ClassWords
{
    // Keyed by class, then id (missing ones as ""): string keys with the default comparer hash faster than tuples.
    private readonly Dictionary<string, Dictionary<string, ClassVerdict>> cache = [];
    private int cached;
    private readonly StringBuilder token = new();
    private readonly List<string> tokens = [];
    private readonly Dictionary<string, string[]> classTokens = [];

    /// <summary>This thread's judge (the strict and loose passes of a page, and the thread's later pages, share it; a few megabytes at most).</summary>
    public static ClassWords ForThread() => threadWords ??= new ClassWords();

    [ThreadStatic]
    private static ClassWords? threadWords;

    /// <summary>The most verdicts (and, apart, class word lists) kept: templates repeat a few hundred strings per page; a
    /// hostile page with more distinct names, or a thread's many pages, make the caches start over past this many, so
    /// memory stays bounded.</summary>
    internal const int MaxCached = 8192;

    /// <summary>The longest class or id string kept (real names are far shorter; longer ones are judged uncached).</summary>
    internal const int MaxCachedLength = 512;

    /// <summary>How many entries the caches hold now: class strings, verdicts and word lists (for tests of the bound).</summary>
    internal int Entries => cache.Count + cache.Values.Sum(byId => byId.Count) + classTokens.Count;

    /// <summary>The verdict for an element's class and id.</summary>
    /// <remarks>An id that is the element's heading written as a slug is left out (see <see cref="PageRegions.IsHeadingSlug"/>).</remarks>
    public ClassVerdict Judge(IElement element)
    {
        var id = Attributes.Of(element, "id");
        return Judge(Attributes.Of(element, "class"), id is not null && PageRegions.IsHeadingSlug(element, id) ? null : id);
    }


    /// <summary>The verdict for an element's class and id attribute values (null when absent).</summary>
    public ClassVerdict Judge(string? className, string? id)
    {
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return ClassVerdict.None;
        }

        if (cache.TryGetValue(className ?? string.Empty, out var byId) && byId.TryGetValue(id ?? string.Empty, out var verdict))
        {
            return verdict;
        }

        tokens.Clear();
        if (!string.IsNullOrEmpty(className))
        {
            // Ids are mostly unique, classes repeat: the class's words are kept apart, so a new id costs only its own.
            if (!classTokens.TryGetValue(className, out var words))
            {
                Tokenize(className);
                words = [.. tokens];
                tokens.Clear();
                if (className.Length <= MaxCachedLength)
                {
                    if (classTokens.Count >= MaxCached)
                    {
                        classTokens.Clear();
                        classTokens.TrimExcess();
                    }

                    classTokens[className] = words;
                }
            }

            tokens.AddRange(words);
        }

        Tokenize(id);
        var atomic = IsAtomic(className);
        var content = 0;
        var boilerplate = 0;
        var strong = false;
        var popup = false;
        string? word = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (BodyRules.ContentWords.Contains(t))
            {
                content++;
            }

            popup |= BodyRules.PopupWords.Contains(t);

            if (BodyRules.BoilerplateWords.Contains(t) && (i == 0 || !BodyRules.LayoutModifiers.Contains(tokens[i - 1])) && !(atomic && t.Length <= MaxAtomicChars)
                && !(t == "hidden" && !HidesBlock(tokens, i)))
            {
                boilerplate++;
                var strongWord = BodyRules.StrongBoilerplateWords.Contains(t);
                word = word is null || (strongWord && !strong) ? t : word;
                strong |= strongWord;
            }
        }

        verdict = new ClassVerdict(boilerplate > 0, strong, content, boilerplate, popup, word);
        if ((className?.Length ?? 0) > MaxCachedLength || (id?.Length ?? 0) > MaxCachedLength)
        {
            // Not kept: the caches outlive the page, and must not hold a hostile page's megabyte-long names.
            return verdict;
        }

        if (cached >= MaxCached)
        {
            cache.Clear();
            cache.TrimExcess();
            cached = 0;
            byId = null;
        }

        if (byId is null)
        {
            byId = [];
            cache[className ?? string.Empty] = byId;
        }

        byId[id ?? string.Empty] = verdict;
        cached++;

        return verdict;
    }

    /// <summary>The longest name of a class list written as generated atomic names (<see cref="IsAtomic"/>).</summary>
    private const int MaxAtomicChars = 3;

    /// <summary>
    /// Whether a class list is a generator's atomic names ("pw-post-body-paragraph ip hd ad lr", Medium): three or more
    /// names of at most two letters. Its short names mean nothing ("ad" is no advert there).
    /// </summary>
    private static bool IsAtomic(string? className)
    {
        if (className is null || className.Length < 8)
        {
            return false;
        }

        var (shortNames, length) = (0, 0);
        foreach (var c in className.AsSpan())
        {
            if (char.IsWhiteSpace(c))
            {
                shortNames += length is > 0 and <= 2 ? 1 : 0;
                length = 0;
            }
            else
            {
                length++;
            }
        }

        return shortNames + (length is > 0 and <= 2 ? 1 : 0) >= 3;
    }

    /// <summary>The words of a class and id (as <see cref="Judge(string?, string?)"/> reads them, pairs of neighbours joined), uncached: for the few elements a rule looks at by name.</summary>
    public IReadOnlyList<string> Names(string? className, string? id)
    {
        tokens.Clear();
        Tokenize(className);
        Tokenize(id);
        var names = tokens.ToArray();
        tokens.Clear();
        return names;
    }

    /// <summary>The prefix a page builder (Elementor) gives every block's class, whose "widget" names no sidebar widget.</summary>
    private const string BuilderWidgetPrefix = "elementor-widget";

    /// <summary>
    /// Splits each class name (or the id) into lower-case words at punctuation and camelCase humps ("articleBody", "GDPRBanner":
    /// a capital after a lower-case letter, or the last capital of a run before lower-case letters), and adds each pair of
    /// neighbours joined. A generated hash ("sc-AdWApG", see <see cref="GeneratedNames"/>) is one word, not split.
    /// </summary>
    private void Tokenize(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 1000)
        {
            return;
        }

        var start = tokens.Count;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            if (char.IsWhiteSpace(c))
            {
                End();
                AddPairs(start);
                start = tokens.Count;
                continue;
            }

            if (token.Length == 0 && tokens.Count == start && IsTextUtility(names.AsSpan(i)))
            {
                // "text-white", "md:text-lg": a utility class's "text" names no text container.
                while (i + 1 < names.Length && !char.IsWhiteSpace(names[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (token.Length == 0 && tokens.Count == start && HasStyleVariant(names.AsSpan(i)))
            {
                // "print:break-inside-avoid", "hover:underline", "dark:bg-gray-900": a utility for printing, a state or a
                // colour scheme styles the block; its words ("print", "hidden") say nothing of what the screen shows.
                while (i + 1 < names.Length && !char.IsWhiteSpace(names[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (token.Length == 0 && tokens.Count == start && names.AsSpan(i).StartsWith(BuilderWidgetPrefix, StringComparison.Ordinal))
            {
                // "elementor-widget-text-editor": the page builder calls every block a widget; the kind after it counts.
                i += BuilderWidgetPrefix.Length - 1;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                End();
                continue;
            }

            if (token.Length == 0 && (i == 0 || !char.IsLetterOrDigit(names[i - 1])) && GeneratedNames.IsInHash(names, i))
            {
                // "sc-AdWApG", "Heading_sub__aDSl1": a generated hash is one token, not words split at its capitals.
                while (i < names.Length && char.IsLetterOrDigit(names[i]))
                {
                    token.Append(TextCase.Lower(names[i++]));
                }

                i--;
                End();
                continue;
            }

            if (char.IsUpper(c) && token.Length > 0 && (char.IsLower(names[i - 1]) || (i + 1 < names.Length && char.IsLower(names[i + 1]))))
            {
                End();
                if (IsPrepositionHump(names.AsSpan(i)))
                {
                    // "anchorWithStickyNavbar_LWe7" (Docusaurus' headings): the words after "With" qualify the name
                    // ("an anchor that keeps clear of the sticky navbar"); they do not say what the element is.
                    while (i + 1 < names.Length && !char.IsWhiteSpace(names[i + 1]))
                    {
                        i++;
                    }

                    continue;
                }
            }

            token.Append(TextCase.Lower(c));
        }

        void End()
        {
            if (token.Length > 0)
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
        }
    }

    /// <summary>The words that, as a camelCase hump inside a class name, start a qualifier ("anchorWithStickyNavbar", "listForMobile").</summary>
    private static readonly string[] PrepositionHumps = ["With", "Without", "For", "In", "On", "Of", "To", "From", "At", "Under", "Over", "Inside", "Below", "Above"];

    /// <summary>Whether the camelCase hump at the start of <paramref name="rest"/> is one of <see cref="PrepositionHumps"/> followed by another hump.</summary>
    private static bool IsPrepositionHump(ReadOnlySpan<char> rest)
    {
        var end = 1;
        while (end < rest.Length && char.IsLower(rest[end]))
        {
            end++;
        }

        if (end >= rest.Length || !char.IsUpper(rest[end]))
        {
            return false;
        }

        foreach (var word in PrepositionHumps)
        {
            if (rest[..end].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the class name at the start of <paramref name="name"/> (up to white space) is a utility class that sets the
    /// size, colour or alignment of text ("text-white", "text-2xl", "md:text-center", "hover:text-red-700"), as Tailwind
    /// and its kind write them: its words say nothing about what the element holds.
    /// </summary>
    internal static bool IsTextUtility(ReadOnlySpan<char> name)
    {
        var end = name.IndexOfAny(HtmlTags.WhiteSpace);
        if (end >= 0)
        {
            name = name[..end];
        }

        // Variant prefixes ("md:", "hover:", "dark:") come first.
        var colon = name.LastIndexOf(':');
        if (colon >= 0)
        {
            name = name[(colon + 1)..];
        }

        if (!name.StartsWith("text-", StringComparison.Ordinal))
        {
            return false;
        }

        var value = name[5..];
        var cut = value.IndexOfAny('-', '/', '[');
        var first = (cut < 0 ? value : value[..cut]).ToString();
        return first.Length > 0 && (char.IsAsciiDigit(first[0]) || TextUtilityValues.Contains(first));
    }

    /// <summary>
    /// Whether a class name opens with a Tailwind variant for printing, a state or a colour scheme ("print:", "hover:",
    /// "dark:"); screen sizes ("md:hidden") are read as such elsewhere.
    /// </summary>
    internal static bool HasStyleVariant(ReadOnlySpan<char> name)
    {
        var colon = name.IndexOf(':');
        if (colon <= 0 || name[..colon].IndexOfAny(HtmlTags.WhiteSpace) >= 0)
        {
            return false;
        }

        var variant = name[..colon];
        foreach (var known in StyleVariants)
        {
            if (variant.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tailwind's variants for printing, states and colour schemes.</summary>
    private static readonly string[] StyleVariants =
        ["print", "hover", "focus", "focus-within", "focus-visible", "active", "visited", "disabled", "dark", "group-hover", "peer-hover", "motion-safe", "motion-reduce", "first", "last", "odd", "even"];

    /// <summary>The values of text utility classes: sizes, alignments, colours, wrapping.</summary>
    private static readonly FrozenSet<string> TextUtilityValues = FrozenSet.ToFrozenSet(
    [
        "xs", "sm", "base", "md", "lg", "xl", "left", "center", "right", "justify", "start", "end", "white", "black",
        "transparent", "current", "inherit", "slate", "gray", "grey", "zinc", "neutral", "stone", "red", "orange", "amber",
        "yellow", "lime", "green", "emerald", "teal", "cyan", "sky", "blue", "indigo", "violet", "purple", "fuchsia", "pink",
        "rose", "primary", "secondary", "muted", "accent", "wrap", "nowrap", "balance", "pretty", "ellipsis", "clip",
        "opacity", "light", "dark", "small", "large", "uppercase", "lowercase", "capitalize", "bold",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether the "hidden" at <paramref name="at"/> hides the block: not when it names a part of it ("field--label-hidden"),
    /// clips its overflow ("overflow-hidden", "overflow-x-hidden"), or hides it at some screen sizes only ("hidden-xs",
    /// "is-hidden-mobile", Tailwind's "hidden md:block", which shows it on wider screens).
    /// </summary>
    private static bool HidesBlock(List<string> tokens, int at)
    {
        if (at > 0 && (BodyRules.HiddenPartWords.Contains(tokens[at - 1]) || tokens[at - 1] == "overflow"
            || (at > 1 && tokens[at - 1] is "x" or "y" && tokens[at - 2] == "overflow")))
        {
            return false;
        }

        if (at + 1 < tokens.Count && BodyRules.ScreenSizeWords.Contains(tokens[at + 1]))
        {
            return false;
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (BodyRules.ScreenSizeWords.Contains(tokens[k]) && BodyRules.ShownDisplays.Contains(tokens[k + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private void AddPairs(int start)
    {
        var end = tokens.Count;
        for (var i = start; i + 1 < end; i++)
        {
            tokens.Add(tokens[i] + tokens[i + 1]);
        }
    }
}
