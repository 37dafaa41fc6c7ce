using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// The library's lower casing, which skips the runtime's call into ICU for characters without a lower case form, gives
/// what the runtime's invariant lower casing gives, for every character and for text with pairs of surrogates.
/// </summary>
public sealed class TextCaseTests
{
    [Fact]
    public void Every_character_lowers_as_the_runtime_lowers_it()
    {
        var differing = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (TextCase.Lower(c) != char.ToLowerInvariant(c))
            {
                differing.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(differing);
    }

    [Fact]
    public void All_characters_in_one_text_lower_as_the_runtime_lowers_them()
    {
        var all = new string(Enumerable.Range(0, char.MaxValue + 1).Where(c => !char.IsSurrogate((char)c)).Select(c => (char)c).ToArray());
        Assert.Equal(all.ToLowerInvariant(), all.LowerInvariant());

        var buffer = new char[all.Length];
        Assert.Equal(all.Length, all.AsSpan().LowerInvariant(buffer));
        Assert.Equal(all.ToLowerInvariant(), new string(buffer));
    }

    [Theory]
    [InlineData("MORE ON THEME")]
    [InlineData("Ärzte warnen – „Lesen Sie auch“")]
    [InlineData("Ⅻ Ⓐ ǅ İ Σ")]
    [InlineData("Deseret 𐐀𐐁 capitals, then ÉTÉ")]
    [InlineData("a lone \uD800 surrogate and ÄÖÜ")]
    [InlineData("")]
    public void Texts_lower_as_the_runtime_lowers_them(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), text.LowerInvariant());

        var buffer = new char[text.Length];
        Assert.Equal(text.Length, text.AsSpan().LowerInvariant(buffer));
        Assert.Equal(text.ToLowerInvariant(), new string(buffer));
    }

    [Fact]
    public void A_text_already_in_lower_case_is_returned_as_it_is()
    {
        const string text = "déjà vu – “already seen”";
        Assert.Same(text, text.LowerInvariant());
    }

    [Fact]
    public void A_destination_too_short_writes_nothing() =>
        Assert.Equal(-1, "ABC".AsSpan().LowerInvariant(new char[2]));
}
