using NewsKit.Body;

namespace NewsKit.Tests.Body;

/// <summary>The class and id judge: its verdicts, and the bound on what it keeps (per thread, across pages).</summary>
public sealed class ClassWordsTests
{
    [Fact]
    public void A_page_with_a_hundred_thousand_distinct_names_keeps_a_bounded_cache_and_judges_them_all_alike()
    {
        var words = new ClassWords();
        for (var i = 0; i < 100_000; i++)
        {
            var verdict = words.Judge($"sidebar-{i} box", $"id-{i}");
            Assert.True(verdict.Boilerplate && verdict.Strong, $"name {i}");
        }

        Assert.InRange(words.Entries, 1, 3 * ClassWords.MaxCached);
        Assert.True(words.Judge("article-body", null).ContentWords > 0);
    }

    [Fact]
    public void Names_longer_than_the_cached_length_are_judged_but_not_kept()
    {
        var words = new ClassWords();
        var longName = "sidebar " + new string('x', ClassWords.MaxCachedLength);
        Assert.True(words.Judge(longName, null).Boilerplate);
        Assert.True(words.Judge(null, "footer-" + new string('y', ClassWords.MaxCachedLength)).Boilerplate);
        Assert.Equal(0, words.Entries);

        Assert.True(words.Judge("sidebar", null).Boilerplate);
        Assert.Equal(3, words.Entries);
    }

    [Theory]
    [InlineData("field field--name-body field--label-hidden")]
    [InlineData("block-title-hidden content")]
    public void A_hidden_label_or_title_is_the_parts_not_the_blocks(string className)
    {
        Assert.False(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("elementor-element elementor-widget elementor-widget-heading", false)]
    [InlineData("elementor-widget-container", false)]
    [InlineData("elementor-widget elementor-widget-sidebar", true)]
    [InlineData("widget widget_recent_entries", true)]
    [InlineData("mw-editsection", true)]
    public void A_page_builders_widget_prefix_names_no_widget_but_the_kind_after_it_counts(string className, bool boilerplate)
    {
        Assert.Equal(boilerplate, new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("hidden")]
    [InlineData("is-hidden")]
    [InlineData("visually-hidden")]
    [InlineData("site-info")]
    public void A_hidden_block_or_the_sites_footer_line_is_named_as_boilerplate(string className)
    {
        Assert.True(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("uc-banner", "usercentrics-root")]
    [InlineData("gdpr-banner", null)]
    [InlineData("didomi-popup-container", "didomi-host")]
    [InlineData(null, "onetrust-consent-sdk")]
    [InlineData("BorlabsCookie", null)]
    public void A_consent_platforms_box_is_strong_boilerplate_by_its_name(string? className, string? id)
    {
        var verdict = new ClassWords().Judge(className, id);
        Assert.True(verdict.Boilerplate && verdict.Strong);
    }
}
