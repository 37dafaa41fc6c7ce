namespace NewsKit.Timestamps;

/// <summary>
/// The general reader of <see cref="TimestampNormalizer"/>: reads the tokens of one candidate text (a whole text, or a
/// run of a longer one found by <see cref="TimestampSearch"/>) as a timestamp. A text with a relative word ("ago",
/// "vor", "yesterday", "just now") is read by <see cref="RelativeTimestampReader"/> first; when its words do not form
/// a relative time, and for every other text, <see cref="AbsoluteTimestampReader"/> reads it.
/// </summary>
internal static class TimestampReader
{
    /// <summary>Reads <paramref name="tokens"/> (positions in <paramref name="text"/>); the result's text is <paramref name="resultText"/>.</summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens of the candidate.</param>
    /// <param name="context">What may be assumed.</param>
    /// <param name="strict">Whether the text is read whole (not searched): an unknown word's reason then suggests SearchWithinText.</param>
    /// <param name="resultText">The text the timestamp keeps as written.</param>
    /// <param name="steps">Counts the tokens examined, look-ahead scans included (for the linear-time tests).</param>
    /// <returns>The timestamp, or why the tokens are not one.</returns>
    public static TimestampParseResult Read(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TimestampContext context, bool strict, string resultText, ref long steps)
    {
        steps += tokens.Length;
        if (HasRelativeWord(tokens))
        {
            var relative = new RelativeTimestampReader(text, tokens, context);
            var result = relative.Read(resultText, out var isRelative);
            steps += relative.Steps;
            if (isRelative || result.Success)
            {
                return result;
            }
        }

        var reader = new AbsoluteTimestampReader(text, tokens, context, strict);
        var absolute = reader.Read(resultText);
        steps += reader.Steps;
        return absolute;
    }

    /// <summary>Whether a token is a word of a relative time: an "ago" word before or after the amount, "now", or a relative day.</summary>
    private static bool HasRelativeWord(ReadOnlySpan<Token> tokens)
    {
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Word >= 0
                && WordTable.Get(token.Word).Has(WordRoles.AgoSuffix | WordRoles.AgoPrefix | WordRoles.Now | WordRoles.RelativeDay))
            {
                return true;
            }
        }

        return false;
    }
}
