using System.Globalization;

namespace NewsKit.Pipeline;

/// <summary>
/// Lower case as <see cref="string.ToLowerInvariant()"/> gives it, character for character, without its call into ICU for
/// text that is not all ASCII: a character whose Unicode category has no lower case form (a lower case letter, a digit,
/// punctuation, a CJK ideograph) is copied as it is, and only the few others ask <see cref="char.ToLowerInvariant"/>.
/// The rules read many short texts (link titles, headings, words) with a curly quote or an accented letter in them, and
/// the runtime's invariant casing hands each of those to ICU whole.
/// </summary>
internal static class TextCase
{
    /// <summary>The text in lower case, as <see cref="string.ToLowerInvariant()"/> gives it; the same instance when no character changes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lower-case text.</returns>
    public static string LowerInvariant(this string text)
    {
        var i = 0;
        while (i < text.Length && !Changes(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        if (text.AsSpan(i).ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            // A letter outside the Basic Multilingual Plane ("𐐀") changes as a pair of surrogates, which only the runtime reads.
            return text.ToLowerInvariant();
        }

        return string.Create(text.Length, (text, i), static (span, state) =>
        {
            state.text.AsSpan(0, state.i).CopyTo(span);
            for (var k = state.i; k < span.Length; k++)
            {
                span[k] = Lower(state.text[k]);
            }
        });
    }

    /// <summary>
    /// Writes <paramref name="source"/> in lower case to <paramref name="destination"/>, as
    /// <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> does.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where the lower-case text goes; the buffers must not overlap.</param>
    /// <returns>The number of characters written, or -1 when <paramref name="destination"/> is too short.</returns>
    public static int LowerInvariant(this ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            return -1;
        }

        if (source.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return source.ToLowerInvariant(destination);
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Lower(source[i]);
        }

        return source.Length;
    }

    /// <summary>The character in lower case, as <see cref="char.ToLowerInvariant"/> gives it.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The lower-case character.</returns>
    public static char Lower(char c) => c < 0x80
        ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
        : HasLowerForm(c) ? char.ToLowerInvariant(c) : c;

    /// <summary>Whether the character is not its own lower case form, or may not be.</summary>
    private static bool Changes(char c) => c < 0x80 ? c is >= 'A' and <= 'Z' : HasLowerForm(c) || char.IsSurrogate(c);

    /// <summary>
    /// Whether a character above ASCII may have a lower case form: upper case and title case letters, letter numbers ("Ⅻ")
    /// and other symbols (the circled letters, "Ⓐ"); no character of another category has one.
    /// </summary>
    private static bool HasLowerForm(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LetterNumber or UnicodeCategory.OtherSymbol;
}
