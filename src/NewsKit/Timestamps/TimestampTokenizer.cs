using System.Globalization;

namespace NewsKit.Timestamps;

/// <summary>The kind of a <see cref="Token"/>.</summary>
internal enum TokenKind : byte
{
    Number,
    Word,
    Punct,
}

/// <summary>One token of a timestamp text. Unmanaged, so a run of them can live on the stack.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public TokenKind Kind;

    /// <summary>White space (or an invisible format character) came before this token.</summary>
    public bool SpaceBefore;

    /// <summary>A word written in capitals only ("EDT", "МСК").</summary>
    public bool Upper;

    /// <summary>The number of digits of a number.</summary>
    public byte Digits;

    /// <summary>The punctuation character.</summary>
    public char Char;

    /// <summary>The value of a number (-1 when it has more than 9 digits).</summary>
    public int Value;

    /// <summary>The word's index in <see cref="WordTable"/>, or -1 when unknown.</summary>
    public int Word;

    public readonly int End => Start + Length;

    public readonly bool IsPunct(char c) => Kind == TokenKind.Punct && Char == c;
}

/// <summary>
/// Splits text into numbers (any Unicode decimal digits), words (letter runs, looked up in <see cref="WordTable"/>,
/// extended to multi-word entries; CJK ideographs as the longest known run of up to three, else one character)
/// and single punctuation characters. One pass, no allocation, no backtracking beyond a multi-word probe.
/// </summary>
internal ref struct TimestampTokenizer
{
    private readonly ReadOnlySpan<char> text;
    private int position;

    /// <summary>Whether the square bracket open is read as a parenthesis (it followed a space).</summary>
    private bool bracketAsParenthesis;

    public TimestampTokenizer(ReadOnlySpan<char> text)
    {
        this.text = text;
        position = 0;
    }

    /// <summary>Characters examined so far (including multi-word probes); the work measure for the linear-time tests.</summary>
    public long Steps { get; private set; }

    public bool Next(out Token token)
    {
        token = default;
        var space = false;
        while (position < text.Length && IsSpace(text[position]))
        {
            position++;
            Steps++;
            space = true;
        }

        if (position >= text.Length)
        {
            return false;
        }

        token.SpaceBefore = space;
        token.Start = position;
        token.Word = -1;
        var c = text[position];
        if (DigitValue(c) >= 0)
        {
            ReadNumber(ref token);
        }
        else if (IsIdeograph(c))
        {
            ReadIdeographs(ref token);
        }
        else if (c == 'T' && position > 0 && position + 1 < text.Length && DigitValue(text[position - 1]) >= 0 && DigitValue(text[position + 1]) >= 0)
        {
            // The ISO 8601 date-time separator inside a longer text ("Updated 2025-07-18T05:52:07Z").
            token.Kind = TokenKind.Punct;
            token.Char = 'T';
            token.Length = 1;
            position++;
            Steps++;
        }
        else if (IsWordChar(c))
        {
            ReadWord(ref token);
        }
        else
        {
            // Full-width parentheses ("2025年3月4日（火）") and square brackets set apart by a space ("기사입력 2026/03/04
            // [15:05]") read as the ASCII parentheses; a bracket right after the text is a zone's ("+03:00[Europe/Moscow]").
            token.Kind = TokenKind.Punct;
            if (c == '[' && position > 0 && char.IsWhiteSpace(text[position - 1]))
            {
                bracketAsParenthesis = true;
            }

            token.Char = c switch
            {
                '\uFF08' => '(',
                '\uFF09' => ')',
                '[' when bracketAsParenthesis => '(',
                ']' when bracketAsParenthesis => ')',
                _ => c,
            };
            bracketAsParenthesis &= c != ']';
            token.Length = 1;
            position++;
            Steps++;
        }

        return true;
    }

    public static int DigitValue(char c)
    {
        if (c < 128)
        {
            return c is >= '0' and <= '9' ? c - '0' : -1;
        }

        return IsIdeograph(c) ? -1 : CharUnicodeInfo.GetDecimalDigitValue(c);
    }

    private void ReadNumber(ref Token token)
    {
        token.Kind = TokenKind.Number;
        var value = 0;
        var digits = 0;
        int d;
        while (position < text.Length && (d = DigitValue(text[position])) >= 0)
        {
            if (digits < 9)
            {
                value = (value * 10) + d;
            }

            digits++;
            position++;
            Steps++;
        }

        token.Value = digits > 9 ? -1 : value;
        token.Digits = (byte)Math.Min(digits, 255);
        token.Length = position - token.Start;
    }

    private void ReadIdeographs(ref Token token)
    {
        token.Kind = TokenKind.Word;
        for (var length = 3; length >= 1; length--)
        {
            if (position + length > text.Length || !AllIdeographs(text.Slice(position, length)))
            {
                continue;
            }

            Steps += length;
            var found = WordTable.Find(text.Slice(position, length));
            if (found >= 0 || length == 1)
            {
                token.Word = found;
                token.Length = length;
                position += length;
                return;
            }
        }
    }

    private void ReadWord(ref Token token)
    {
        token.Kind = TokenKind.Word;
        var end = WordEnd(position);
        Steps += end - position;
        token.Length = end - position;
        token.Upper = IsUpper(text.Slice(position, token.Length));
        token.Word = WordTable.Find(text.Slice(position, token.Length));
        position = end;

        // Multi-word entries ("il y a", "last modified"): extend while the words so far are the head of a longer entry.
        var current = token.Word;
        while (current >= 0 && WordTable.Get(current).Has(WordRoles.Head) && end + 1 < text.Length && IsSpace(text[end]) && IsWordChar(text[end + 1]) && !IsIdeograph(text[end + 1]))
        {
            var nextEnd = WordEnd(end + 1);
            Steps += nextEnd - end;
            var longer = WordTable.Find(text[token.Start..nextEnd]);
            if (longer < 0)
            {
                break;
            }

            current = longer;
            end = nextEnd;
            if (WordTable.Get(longer).Has(WordRoles.Complete))
            {
                token.Word = longer;
                token.Length = end - token.Start;
                token.Upper = false;
                position = end;
            }
        }

        if (token.Word >= 0 && !WordTable.Get(token.Word).Has(WordRoles.Complete))
        {
            token.Word = -1;
        }
    }

    private readonly int WordEnd(int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) && !IsIdeograph(c))
            {
                i++;
            }
            else if ((IsApostrophe(c) || c == '\u200C') && i > start && i + 1 < text.Length && IsWordChar(text[i + 1]) && !IsIdeograph(text[i + 1]))
            {
                // "O'Clock"; Persian "سه‌شنبه" (Tuesday) joins its parts with a zero-width non-joiner.
                i++;
            }
            else if (c == '.' && i > start && IsThai(text[i - 1]) && i + 1 < text.Length && IsThai(text[i + 1]))
            {
                // A Thai abbreviation keeps the dots inside it ("มี.ค.", March, is the word "มี.ค" and its final dot).
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool AllIdeographs(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!IsIdeograph(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>All capital letters ("EDT", "МСК").</summary>
    private static bool IsUpper(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c < 128 ? c is < 'A' or > 'Z' : !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Letters and marks of the Thai script (U+0E01-U+0E4E).</summary>
    private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E4E';

    public static bool IsSpace(char c) =>
        c == ' ' || (c < 128 ? c is >= '\t' and <= '\r' : char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';
        }

        if (char.IsLetter(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>CJK ideographs (and the ideographic number zero); each is a token of its own unless a known run.</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    /// <summary>Precomposed Hangul syllables (Korean).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for a syllable of U+AC00-U+D7A3.</returns>
    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// Whether <paramref name="c"/> is written in Chinese, Japanese or Korean script (an ideograph or a Hangul syllable):
    /// an AM or PM word written so (午後, 오후) stands before the hour, not after it.
    /// </summary>
    /// <param name="c">The first character of a word.</param>
    /// <returns>True for CJK script.</returns>
    public static bool IsCjkScript(char c) => IsIdeograph(c) || IsHangul(c);
}

/// <summary>The look-ups the timestamp readers make on a run of tokens, as extension methods of the span.</summary>
internal static class TokenQueries
{
    /// <summary>The meanings of the word at <paramref name="i"/>; null when there is no token there, it is not a word, or an unknown one.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">The index of the token.</param>
    /// <returns>A copy of the word's meanings, or null.</returns>
    public static WordMeaning? WordAt(this ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Word >= 0 ? WordTable.Get(tokens[i].Word) : null;

    /// <summary>Whether the token at <paramref name="i"/> is a number of exactly <paramref name="digits"/> digits.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">The index of the token (may be past the end).</param>
    /// <param name="digits">The number of digits.</param>
    /// <returns>True when it is.</returns>
    public static bool IsNumber(this ReadOnlySpan<Token> tokens, int i, int digits) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Number && tokens[i].Digits == digits;

    /// <summary>Whether the token at <paramref name="i"/> is a number of <paramref name="minDigits"/> to <paramref name="maxDigits"/> digits.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">The index of the token (may be past the end).</param>
    /// <param name="minDigits">The fewest digits.</param>
    /// <param name="maxDigits">The most digits.</param>
    /// <returns>True when it is.</returns>
    public static bool IsNumber(this ReadOnlySpan<Token> tokens, int i, int minDigits, int maxDigits) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Number && tokens[i].Digits >= minDigits && tokens[i].Digits <= maxDigits;
}
