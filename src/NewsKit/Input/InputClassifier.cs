namespace NewsKit.Input;

/// <summary>Decides cheaply, before any parsing, whether a text can be an HTML page at all.</summary>
internal static class InputClassifier
{
    internal readonly record struct Verdict(ParseFailure Failure, string? Reason);

    public static Verdict Classify(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && (char.IsWhiteSpace(span[start]) || span[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == span.Length)
        {
            return new Verdict(ParseFailure.EmptyInput, "the input is empty");
        }

        var sample = span[start..Math.Min(span.Length, start + 4096)];
        var control = 0;
        foreach (var c in sample)
        {
            if (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f')
            {
                control++;
            }
        }

        if (control * 10 > sample.Length)
        {
            return new Verdict(ParseFailure.NotHtml, "the input is binary data, not an HTML page");
        }

        if (sample.IndexOf('<') < 0)
        {
            return new Verdict(ParseFailure.NotHtml, "the input has no markup: plain text, not an HTML page");
        }

        return new Verdict(ParseFailure.None, null);
    }
}
