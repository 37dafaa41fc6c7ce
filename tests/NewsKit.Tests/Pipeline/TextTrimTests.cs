using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// The trims over a set of characters written in place give what <see cref="string.Trim(char[])"/>, <see cref="string.TrimEnd(char[])"/>
/// and <see cref="string.TrimStart(char[])"/> give, and the same instance when nothing is trimmed, as those do.
/// </summary>
public sealed class TextTrimTests
{
    private static readonly char[] Set = [' ', ',', ':', '–', '“'];

    [Theory]
    [InlineData("")]
    [InlineData("Jane Doe")]
    [InlineData(" , Jane Doe: ")]
    [InlineData("“Jane, Doe”")]
    [InlineData("– ,: ")]
    [InlineData(",")]
    [InlineData("x")]
    [InlineData(": x :: y ,")]
    public void Trims_as_the_runtime_trims(string text)
    {
        Assert.Equal(text.Trim(Set), text.TrimAny([' ', ',', ':', '–', '“']));
        Assert.Equal(text.TrimEnd(Set), text.TrimEndAny([' ', ',', ':', '–', '“']));
        Assert.Equal(text.TrimStart(Set), text.TrimStartAny([' ', ',', ':', '–', '“']));
    }

    [Fact]
    public void Gives_the_same_instance_when_nothing_is_trimmed()
    {
        var text = new string("Jane Doe".AsSpan());
        Assert.Same(text, text.TrimAny([' ', ',']));
        Assert.Same(text, text.TrimEndAny([' ', ',']));
        Assert.Same(text, text.TrimStartAny([' ', ',']));
        Assert.NotSame(text, (text + ",").TrimEndAny([' ', ',']));
    }
}
