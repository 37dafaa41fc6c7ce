namespace NewsKit.Pipeline;

/// <summary>
/// <see cref="string.Trim(char[])"/> and its kin for a set of characters written in place: <c>text.TrimAny([' ', ','])</c>
/// reads the set from the assembly's data, where <c>text.Trim(' ', ',')</c> builds a new array on every call (the
/// <c>params char[]</c> of <see cref="string"/>); many of the stages' tests run once per element or per line.
/// </summary>
internal static class TextTrim
{
    /// <summary>The text without any of <paramref name="chars"/> at either end; the same instance when there are none.</summary>
    public static string TrimAny(this string text, ReadOnlySpan<char> chars)
    {
        var trimmed = text.AsSpan().Trim(chars);
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>The text without any of <paramref name="chars"/> at its end; the same instance when there are none.</summary>
    public static string TrimEndAny(this string text, ReadOnlySpan<char> chars)
    {
        var length = text.AsSpan().TrimEnd(chars).Length;
        return length == text.Length ? text : text[..length];
    }

    /// <summary>The text without any of <paramref name="chars"/> at its start; the same instance when there are none.</summary>
    public static string TrimStartAny(this string text, ReadOnlySpan<char> chars)
    {
        var length = text.AsSpan().TrimStart(chars).Length;
        return length == text.Length ? text : text[(text.Length - length)..];
    }
}
