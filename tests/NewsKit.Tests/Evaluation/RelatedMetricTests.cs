using NewsKit.Evaluation;
using NewsKit.Models;

namespace NewsKit.Tests.Evaluation;

/// <summary>related-dev's scoring (URL normalisation, link sets, copyright comparison) on cases counted by hand.</summary>
public sealed class RelatedMetricTests
{
    private static readonly Uri Page = new("https://www.example.com/a/b/page.html");

    [Theory]
    [InlineData("https://Example.COM/a/b/?x=1&utm_source=tw&y=2#top", "https://example.com/a/b?x=1&y=2")]
    [InlineData("HTTP://X.COM/", "http://x.com")]
    [InlineData("https://x.com/p?utm_source=a&utm_medium=b", "https://x.com/p")]
    [InlineData("https://x.com/p?xutm_a=1", "https://x.com/p?xutm_a=1")]
    [InlineData("https://x.com/a//", "https://x.com/a")]
    [InlineData("https://X.com/Path/Upper", "https://x.com/Path/Upper")]
    [InlineData("  https://x.com/a/  ", "https://x.com/a")]
    [InlineData("https://x.com:8443/a/", "https://x.com:8443/a")]
    [InlineData("http://x.com:80/a", "http://x.com/a")]
    [InlineData("https://web.archive.org/web/2013/http://creativecommons.org/licenses/by-sa/3.0/de/", "https://web.archive.org/web/2013/http://creativecommons.org/licenses/by-sa/3.0/de")]
    public void Absolute_urls_are_normalised(string url, string expected)
    {
        Assert.Equal(expected, RelatedMetric.NormalizeUrl(url, null));
        Assert.Equal(expected, RelatedMetric.NormalizeUrl(url, Page));
    }

    [Theory]
    [InlineData("../c/d/", "https://www.example.com/a/c/d")]
    [InlineData("/news/1/", "https://www.example.com/news/1")]
    [InlineData("//Other.org/p#f", "https://other.org/p")]
    [InlineData("?page=2", "https://www.example.com/a/b/page.html?page=2")]
    [InlineData("#comments", "https://www.example.com/a/b/page.html")]
    [InlineData("story-2.html?utm_campaign=x", "https://www.example.com/a/b/story-2.html")]
    public void Relative_urls_resolve_against_the_page(string url, string expected)
    {
        Assert.Equal(expected, RelatedMetric.NormalizeUrl(url, Page));
    }

    [Fact]
    public void Relative_url_without_a_page_does_not_normalise()
    {
        Assert.Null(RelatedMetric.NormalizeUrl("/news/1", null));
        Assert.Null(RelatedMetric.NormalizeUrl("story.html", null));
    }

    [Fact]
    public void The_same_url_in_other_escapes_compares_equal()
    {
        Assert.Equal("https://x.com/caf%C3%A9", RelatedMetric.NormalizeUrl("https://x.com/caf%c3%a9", null));
        Assert.Equal("https://x.com/caf%C3%A9", RelatedMetric.NormalizeUrl("https://x.com/café", null));
    }

    [Fact]
    public void Links_are_scored_as_sets_of_normalised_urls_over_the_union_of_boxes()
    {
        var boxes = new[]
        {
            new LabelledBox("Most read", [new LabelledLink("/story-1/", "One"), new LabelledLink("https://www.example.com/story-2", "Two")]),
            new LabelledBox(null, [new LabelledLink("https://www.example.com/story-1#c", "One"), new LabelledLink("https://www.example.com/story-3?utm_source=rss", "Three")]),
        };
        var predicted = new[]
        {
            new RelatedLink("  One\n", new Uri("https://www.example.com/story-1")),
            new RelatedLink("Two!", new Uri("https://WWW.example.com/story-2/")),
            new RelatedLink("Foo", new Uri("https://www.example.com/tag/foo")) { Section = "Tags" },
            new RelatedLink("One again", new Uri("https://www.example.com/story-1#top")),
        };

        var score = RelatedMetric.ScoreLinks(boxes, predicted, Page);

        // Labelled: story-1 (twice), story-2, story-3 = 3 URLs; predicted: story-1 (twice), story-2, tag/foo = 3 URLs.
        Assert.Equal(3, score.Labelled);
        Assert.Equal(3, score.Predicted);
        Assert.Equal(2, score.Matched);

        // story-1's first predicted title, collapsed, is "One"; story-2's "Two!" is not "Two".
        Assert.Equal(1, score.RightTitles);
        var wrong = Assert.Single(score.WrongTitles);
        Assert.Equal("https://www.example.com/story-2", wrong.Url);
        Assert.Equal("Two!", wrong.Predicted);
        Assert.Equal(["Two"], wrong.Labelled);

        var falseLink = Assert.Single(score.FalseLinks);
        Assert.Equal("Foo", falseLink.Title);
        Assert.Equal("Tags", falseLink.Section);

        var miss = Assert.Single(score.Misses);
        Assert.Equal(new LabelledMiss("https://www.example.com/story-3", "Three", null), miss);
    }

    [Fact]
    public void Whole_notice_in_a_longer_prediction_counts_and_case_and_spaces_are_folded()
    {
        var label = new CopyrightLabel("© 2019 CNBC LLC. All Rights Reserved.", "CNBC LLC", 2019, 2019, null);
        var predicted = new Copyright("Copyright © 2019  CNBC LLC. ALL RIGHTS RESERVED. Terms of use") { Holder = "cnbc\u00A0 llc", YearFrom = 2019, YearTo = 2019 };

        var score = RelatedMetric.CompareCopyright(label, predicted, Page);

        Assert.Equal(new CopyrightScore(true, true, true, true, false, false, null), score);
    }

    [Fact]
    public void Holder_with_other_punctuation_around_it_is_right_only_ignoring_punctuation()
    {
        var label = new CopyrightLabel("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "Dow Jones & Company, Inc.", 2019, 2019, null);
        var predicted = new Copyright("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.") { Holder = "Dow Jones & Company, Inc", YearFrom = 2019, YearTo = 2019 };

        var score = RelatedMetric.CompareCopyright(label, predicted, Page);

        Assert.False(score.Holder);
        Assert.True(score.HolderIgnoringPunctuation);
        Assert.True(score.Text);
    }

    [Fact]
    public void Partial_notice_and_wrong_year_pair_fail()
    {
        var label = new CopyrightLabel("© 2000-2019 Rogers Media. All rights reserved.", "Rogers Media", 2000, 2019, null);
        var predicted = new Copyright("© 2000-2019 Rogers Media") { Holder = "Rogers Media", YearFrom = 2019, YearTo = 2019 };

        var score = RelatedMetric.CompareCopyright(label, predicted, Page);

        Assert.Equal(new CopyrightScore(true, true, false, false, false, false, null), score);
    }

    [Fact]
    public void Open_range_needs_an_open_prediction()
    {
        var label = new CopyrightLabel("© 2000- Site", "Site", 2000, null, null);

        Assert.False(RelatedMetric.CompareCopyright(label, new Copyright("© 2000 Site") { Holder = "Site", YearFrom = 2000, YearTo = 2000 }, Page).Years);
        Assert.True(RelatedMetric.CompareCopyright(label, new Copyright("© 2000- Site") { Holder = "Site", YearFrom = 2000 }, Page).Years);
    }

    [Fact]
    public void Notice_on_a_page_without_one_is_false_and_scores_nothing_else()
    {
        var label = new CopyrightLabel(null, null, null, null, null);
        var predicted = new Copyright("© 2016 ThemeMaker") { Holder = "ThemeMaker", YearFrom = 2016, YearTo = 2016 };

        Assert.Equal(new CopyrightScore(null, null, null, null, true, false, null), RelatedMetric.CompareCopyright(label, predicted, Page));
        Assert.Equal(new CopyrightScore(null, null, null, null, false, false, null), RelatedMetric.CompareCopyright(label, null, Page));
    }

    [Fact]
    public void License_only_prediction_is_no_notice_and_its_url_is_compared_normalised()
    {
        var license = new Uri("http://creativecommons.org/licenses/by/3.0/");
        var predicted = new Copyright(license.ToString()) { LicenseUrl = license };

        var onlyLicense = RelatedMetric.CompareCopyright(new CopyrightLabel(null, null, null, null, "http://CreativeCommons.org/licenses/by/3.0"), predicted, Page);
        Assert.False(onlyLicense.FalseNotice);
        Assert.True(onlyLicense.License);

        // Where a notice is labelled, a license-only prediction misses it.
        var withNotice = RelatedMetric.CompareCopyright(new CopyrightLabel("© PaiNs Blog 2007", "PaiNs Blog", 2007, 2007, "/licenses/by/3.0/"), predicted, Page);
        Assert.Equal(new CopyrightScore(false, false, false, false, false, true, false), withNotice);
    }

    [Fact]
    public void Relative_license_resolves_against_the_page()
    {
        var predicted = new Copyright("© 2020 Site") { LicenseUrl = new Uri("https://www.example.com/licenses/by") };

        var score = RelatedMetric.CompareCopyright(new CopyrightLabel("© 2020 Site", null, 2020, 2020, "/licenses/by/"), predicted, Page);

        Assert.True(score.License);
        Assert.Null(score.Holder);
    }

    [Fact]
    public void Missed_notice_fails_every_measure_the_label_has()
    {
        var label = new CopyrightLabel("© 2005-2019 SlashGear, All Rights Reserved.", "SlashGear", 2005, 2019, null);

        Assert.Equal(new CopyrightScore(false, false, false, false, false, true, null), RelatedMetric.CompareCopyright(label, null, Page));
    }

    [Theory]
    [InlineData("«Inc.»", "Inc")]
    [InlineData(" (THW) ", "THW")]
    [InlineData("Ziff Davis, LLC.", "Ziff Davis, LLC")]
    [InlineData("a.b", "a.b")]
    [InlineData("...", "")]
    public void Punctuation_is_trimmed_only_around_the_name(string text, string expected)
    {
        Assert.Equal(expected, RelatedMetric.TrimPunctuation(text));
    }

    [Fact]
    public void Fold_collapses_white_space_and_lower_cases()
    {
        Assert.Equal("dow jones & co", RelatedMetric.Fold("  Dow\u00A0Jones\n&  Co "));
        Assert.Null(RelatedMetric.Fold(null));
    }
}
