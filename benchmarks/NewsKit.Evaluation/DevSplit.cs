using System.Text;
using System.Text.RegularExpressions;

namespace NewsKit.Evaluation;

/// <summary>
/// The project's own held-out split of each dev set: pages whose id starts with 0, 1 or 2 are not looked at while
/// rules are tuned; their figures are reported beside the rest so that a rule fitted to pages shows as a gap.
/// </summary>
internal static class DevSplit
{
    /// <summary>Whether the page is in the held-out part.</summary>
    public static bool IsHeldOut(string id) => id.Length > 0 && id[0] is '0' or '1' or '2';

    /// <summary>The part's name, for reports.</summary>
    public static string PartOf(string id) => IsHeldOut(id) ? "held-out" : "tuning";
}

/// <summary>
/// Replaces every class and id token of a page with a stable random token (the same token always gives the same
/// replacement for one seed), as pages with hashed CSS-in-JS or utility class names look to the extractor. The
/// bytes are read as Latin-1 (one char per byte) so that the page's own encoding passes through unchanged.
/// </summary>
internal sealed class ClassScrambler(int seed)
{
    private static readonly Regex Attribute = new(
        @"(?<lead>\s(?:class|id)\s*=\s*)(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'>]+))",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> replacements = new(StringComparer.Ordinal);

    /// <summary>The page with its class and id tokens replaced.</summary>
    public byte[] Scramble(byte[] page)
    {
        var text = Encoding.Latin1.GetString(page);
        var scrambled = Attribute.Replace(text, m =>
        {
            var tokens = m.Groups["v"].Value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
            return m.Groups["lead"].Value + "\"" + string.Join(' ', tokens.Select(Token)) + "\"";
        });
        return Encoding.Latin1.GetBytes(scrambled);
    }

    private string Token(string original)
    {
        if (!replacements.TryGetValue(original, out var token))
        {
            // FNV-1a over the seed and the token, written in letters that spell no word of the rule lists' length
            // (consonants and digits only).
            const string alphabet = "bcdfghjklmnpqrstvwxz0123456789";
            var hash = 2166136261u ^ (uint)seed;
            foreach (var c in original)
            {
                hash = (hash ^ c) * 16777619u;
            }

            var sb = new StringBuilder("k");
            for (var i = 0; i < 7; i++)
            {
                sb.Append(alphabet[(int)(hash % (uint)alphabet.Length)]);
                hash = hash / (uint)alphabet.Length * 2654435761u + (uint)i;
            }

            token = sb.ToString();
            replacements[original] = token;
        }

        return token;
    }
}
