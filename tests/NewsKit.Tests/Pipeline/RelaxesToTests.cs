using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary><see cref="TextTools.RelaxesTo"/> answers as comparing <see cref="TextTools.Relaxed"/> of the text would.</summary>
public sealed class RelaxesToTests
{
    [Theory]
    [InlineData("The Deck, in short.", "the deck in short", true)]
    [InlineData("  It's — here!  ", "its here", true)]
    [InlineData("It's here", "its here now", false)]
    [InlineData("It's here now", "its here", false)]
    [InlineData("...", "", true)]
    [InlineData("ﬁnal word", "final word", true)] // normalized first
    [InlineData("Straße", "straße", true)]
    public void Agrees_with_relaxing(string text, string relaxed, bool expected)
    {
        Assert.Equal(expected, TextTools.Relaxed(text) == relaxed);
        Assert.Equal(expected, TextTools.RelaxesTo(text, relaxed));
    }

    [Fact]
    public void Agrees_with_relaxing_on_random_texts()
    {
        const string alphabet = "aAbB1 ,.-'’‘ʼéÉ\u00a0ﬁ\u2026xX";
        var random = new Random(20261205);
        string Make() => new(Enumerable.Range(0, random.Next(0, 10)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var i = 0; i < 50_000; i++)
        {
            var text = Make();
            // Half the targets are the text's own relaxed form, or a near miss of it; the rest another text's.
            var relaxed = TextTools.Relaxed(random.Next(2) == 0 ? text : Make());
            if (random.Next(4) == 0 && relaxed.Length > 0)
            {
                relaxed = relaxed[..^1];
            }

            Assert.Equal(TextTools.Relaxed(text) == relaxed, TextTools.RelaxesTo(text, relaxed));
        }
    }
}
