using System.Text;
using NewsKit.Pipeline;
using NewsKit.Metadata;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// <see cref="TextTools.Relaxed"/> skips NFKC normalization for texts that <see cref="TextTools.IsOwnNfkcForm"/>
/// accepts; that is only right if NFKC really leaves every such text unchanged, including characters side by side.
/// </summary>
public sealed class NfkcShortcutTests
{
    [Fact]
    public void Texts_it_accepts_are_their_own_NFKC_form()
    {
        var alphabet = Enumerable.Range(0x20, 0x250 - 0x20).Concat(Enumerable.Range(0x2000, 0x70))
            .Select(c => (char)c)
            .Where(c => TextTools.IsOwnNfkcForm([c]))
            .ToArray();
        Assert.Contains('é', alphabet);
        Assert.Contains('’', alphabet);
        var random = new Random(20261128);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(TextTools.IsOwnNfkcForm(text));
            Assert.Equal(text, text.Normalize(NormalizationForm.FormKC));
        }
    }

    [Theory]
    [InlineData("e\u0301")] // combining acute: composes to é
    [InlineData("ﬁnal")] // ligature
    [InlineData("x\u00a0y")] // no-break space
    [InlineData("wait\u2026")] // ellipsis
    [InlineData("Ｆｕｌｌ")] // fullwidth
    [InlineData("\u1100\u1161")] // Hangul jamo
    [InlineData("10²")] // superscript
    public void Texts_that_NFKC_changes_are_not_accepted(string text)
    {
        Assert.NotEqual(text, text.Normalize(NormalizationForm.FormKC));
        Assert.False(TextTools.IsOwnNfkcForm(text));
    }
}
