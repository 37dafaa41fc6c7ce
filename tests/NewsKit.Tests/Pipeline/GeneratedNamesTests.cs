using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary>A class name's generated hash told from its camelCase words.</summary>
public sealed class GeneratedNamesTests
{
    [Theory]
    [InlineData("AdWApG")]
    [InlineData("ETHYCd")]
    [InlineData("kqWzAb")]
    [InlineData("fQOaUd")]
    [InlineData("jRkgWe")]
    [InlineData("kAdLp")]
    [InlineData("bAdvQ")]
    [InlineData("nRaQAD")]
    [InlineData("xyAD")]
    [InlineData("aDSl1")]
    [InlineData("kBannerX")]
    public void A_run_of_random_letters_in_both_cases_is_a_hash(string run)
    {
        Assert.True(GeneratedNames.IsHash(run));
    }

    [Theory]
    [InlineData("articleBody")]
    [InlineData("adSlot")]
    [InlineData("AdSlot")]
    [InlineData("topAd")]
    [InlineData("StickyAd")]
    [InlineData("GDPRBanner")]
    [InlineData("HTMLContent")]
    [InlineData("sidebar")]
    [InlineData("SIDEBAR")]
    [InlineData("1x9k2m")]
    public void CamelCase_words_and_runs_in_one_case_are_no_hash(string run)
    {
        Assert.False(GeneratedNames.IsHash(run));
    }

    [Fact]
    public void The_run_around_an_index_is_judged()
    {
        Assert.True(GeneratedNames.IsInHash("sc-AdWApG ETHYCd", 3));
        Assert.False(GeneratedNames.IsInHash("sc-AdWApG ad-slot", 10));
    }
}
