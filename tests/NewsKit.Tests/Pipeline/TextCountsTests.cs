using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// The counts of characters that are not white space, and of commas among them, read eight characters at a time, are
/// those of the plain loop over the characters: for ASCII, for text with characters outside ASCII anywhere in a block,
/// and for every length around the block size. A Chinese, Japanese or Korean character counts twice.
/// </summary>
public sealed class TextCountsTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData(" \t\n\v\f\r", 0, 0)]
    [InlineData("a, b, c", 5, 2)]
    [InlineData("Paris, London and Berlin, in one week", 31, 2)]
    [InlineData("北京，上海、广州", 14, 2)] // six ideographs count twice each
    [InlineData("ニュース 뉴스", 12, 0)] // kana and Hangul count twice too
    [InlineData("بيروت، دمشق", 10, 1)]
    [InlineData("no\u00a0break\u2003em\u3000ideographic\u0085next", 24, 0)]
    [InlineData("\u001f\u0008 control characters are not white space \u007f", 36, 0)]
    public void Counts_as_the_plain_loop_does(string text, int nonBlank, int commas)
    {
        Assert.Equal(nonBlank, TextCounts.NonBlank(text, out var counted));
        Assert.Equal(commas, counted);
        Assert.Equal(nonBlank, TextCounts.NonBlank(text));
    }

    [Fact]
    public void Agrees_with_the_plain_loop_on_mixed_text_of_every_length()
    {
        // Characters on both sides of each test: ASCII white space and its neighbours, commas of several scripts, Latin-1
        // and other white space, letters outside ASCII.
        const string alphabet = " \t\n\v\f\r\u0008\u000e\u001f!,-a\u007f\u0080\u0085\u00a0é，、،﹐﹑\u2000\u200b\u2028\u3000\uFEFF字";
        var random = new Random(1234);
        for (var length = 0; length < 70; length++)
        {
            for (var round = 0; round < 20; round++)
            {
                var chars = new char[length];
                var asciiOnly = round % 2 == 0;
                for (var i = 0; i < length; i++)
                {
                    chars[i] = asciiOnly ? alphabet[random.Next(14)] : alphabet[random.Next(alphabet.Length)];
                }

                var text = new string(chars);
                Assert.Equal(Plain(text, out var expectedCommas), TextCounts.NonBlank(text, out var commas));
                Assert.Equal(expectedCommas, commas);
            }
        }
    }

    private static int Plain(string text, out int commas)
    {
        var nonBlank = 0;
        commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                nonBlank += TextCounts.IsCjk(c) ? TextCounts.CjkWeight - 1 : 0;
                nonBlank++;
                commas += c is ',' or '，' or '、' or '،' or '﹐' or '﹑' ? 1 : 0;
            }
        }

        return nonBlank;
    }
}
