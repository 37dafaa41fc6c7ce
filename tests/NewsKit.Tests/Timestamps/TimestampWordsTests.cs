using NewsKit.Timestamps;

namespace NewsKit.Tests.Timestamps;

/// <summary>What the readers rely on in the word lists of <see cref="TimestampWords"/>, as merged by <see cref="WordTable"/>.</summary>
public sealed class TimestampWordsTests
{
    /// <summary>
    /// The relative reader reads a noon or midnight word ("yesterday at noon") as a time straight away; the absolute
    /// reader would first read it as a month, a weekday or a zone name. They agree only while no noon or midnight word
    /// has one of those meanings too.
    /// </summary>
    [Fact]
    public void Noon_and_midnight_words_have_no_month_weekday_or_zone_meaning()
    {
        foreach (var word in TimestampWords.Noon.Concat(TimestampWords.Midnight))
        {
            var index = WordTable.Find(word);
            Assert.True(index >= 0, word);
            var meaning = WordTable.Get(index);
            Assert.True(meaning.Has(WordRoles.Noon) || meaning.Has(WordRoles.Midnight), word);
            Assert.Equal(0, meaning.Month);
            Assert.Equal(0, meaning.Weekday);
            Assert.True(meaning.Zone < 0, word);
            Assert.False(meaning.Has(WordRoles.IanaRegion), word);
        }
    }

    [Theory]
    [InlineData("yesterday at noon", "Local 2025-07-17T12:00:00 Minute flags=RelativeToClock")]
    [InlineData("gestern um Mitternacht", "Local 2025-07-17T00:00:00 Minute flags=RelativeToClock")]
    public void A_relative_day_takes_a_noon_or_midnight_word_as_its_time(string text, string expected) =>
        TimestampCaseAssert.Check(text, "ref", expected);

    /// <summary>A connector that also reads as a meridiem (German "am") before a day number is no part of the date's text; before a time it stays.</summary>
    [Theory]
    [InlineData("Veröffentlicht am 13. Januar 2014", "13. Januar 2014")]
    [InlineData("Erschienen am 25.08.2015 22:30", "25.08.2015 22:30")]
    [InlineData("July 18, 2025 5:34 am", "July 18, 2025 5:34 am")]
    public void The_text_of_a_date_found_in_a_line_starts_at_the_date(string line, string text)
    {
        var result = TimestampNormalizer.Default.Normalize(line, new TimestampContext { SearchWithinText = true });
        Assert.True(result.Success, result.FailureReason);
        Assert.Equal(text, result.Value.Text);
    }
}
