namespace NewsKit.Tests.Body;

/// <summary>
/// A short story followed by a rail of teaser articles, each a linked headline and a summary: the story is the article,
/// the rail is not more of it. Pages written for these tests.
/// </summary>
public sealed class TeaserRailTests
{
    private static readonly string[] Story =
    [
        "Four average-speed cameras on the coast road will start issuing fines on Monday, the county police said, after a year-long trial.",
        "The road has seen eleven serious crashes since 2020, and residents of the point have campaigned for lower limits for most of that time.",
        "Police said drivers caught above the limit would be offered a speed awareness course rather than points on a first offence.",
        "The cameras cost 320,000 pounds and were paid for by the road safety partnership, which expects them to pay for themselves.",
    ];

    private static readonly string[] Headlines =
    [
        "Ferry operator warns of winter cancellations", "Schoolchildren plant two thousand trees", "Why the price of bread keeps climbing",
        "Five walks to try this weekend", "Police appeal after break-in at pharmacy", "Council tax to rise by four percent",
        "Local bakery wins national award", "Storm damage closes coastal path",
    ];

    [Theory]
    [InlineData("<div>{0}<div class=\"content-block\">{1}</div></div>")]
    [InlineData("<div class=\"main-content\">{0}<div>{1}</div></div>")]
    public void A_short_story_beside_teasers_in_a_container_named_as_content_is_the_article_without_them(string layout)
    {
        var story = $"<article><h1>Speed cameras to go live on coast road</h1><p>{Story[0]}</p><p>{Story[1]}</p></article>";
        var teasers = "<h2>More news</h2>" + string.Concat(Headlines.Take(2).Select(h =>
            $"<div><a href=\"/{h.Length}\"><h3>{h}</h3></a><p>Our reporter spent a week looking into this and found that residents across the district had very different views about what should happen next, and what it would cost.</p></div>"));
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><title>Speed cameras</title></head><body>{string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, story, teasers)}</body></html>";
        var result = new ArticleParser().Parse(html);

        Assert.True(result.Success, result.Reason);
        Assert.Equal(Story.Take(2), result.Article.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData(3, 8)]
    [InlineData(4, 8)]
    [InlineData(3, 12)]
    public void The_story_before_a_rail_of_teaser_articles_is_the_article_without_the_rail(int paragraphs, int teasers)
    {
        var rail = string.Concat(Enumerable.Range(0, teasers).Select(i => $"""
            <article class="teaser"><h3><a href="/t{i}">{Headlines[i % Headlines.Length]}</a></h3><p>Our reporter spent a week looking into this and found that residents across the district had very different views about what should happen next.</p></article>
            """));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Speed cameras to go live on coast road</title></head><body>
            <main><article class="story"><h1>Speed cameras to go live on coast road</h1>{string.Concat(Story.Take(paragraphs).Select(p => $"<p>{p}</p>"))}</article>
            <section class="more-stories"><h2>More stories</h2>{rail}</section></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/11/28/speed-cameras"));

        Assert.True(result.Success, result.Reason);
        Assert.All(Story.Take(paragraphs), p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Our reporter spent a week", result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"/t{0}\">{1}</a>")]
    [InlineData("<a href=\"/t{0}\"><b>{1}</b></a>")]
    public void Tiles_titled_by_a_bare_link_after_the_story_are_not_more_of_it(string title)
    {
        // Each tile is a link standing on its own line and a summary paragraph, with no heading around the link.
        var tiles = string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"<div class=\"tile\">{string.Format(System.Globalization.CultureInfo.InvariantCulture, title, i, Headlines[i])}<p>Our reporter spent a week looking into this and found very different views across the district. Residents, shop owners and the council all told us what they think should happen next, and what it would cost.</p></div>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Speed cameras to go live on coast road</title></head><body>
            <article><h1>Speed cameras to go live on coast road</h1>{string.Concat(Story.Select(p => $"<p>{p}</p>"))}</article>
            <div class="more">{tiles}</div></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/11/28/speed-cameras"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(Story, result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Tiles_titled_by_a_bare_link_before_a_story_set_in_font_tags_do_not_take_its_place()
    {
        var tiles = string.Concat(Enumerable.Range(0, 5).Select(i =>
            $"<div class=\"tile\"><a href=\"/t{i}\">{Headlines[i]}</a><p>Our reporter spent a week looking into this and found very different views across the district about what should happen next.</p></div>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Speed cameras to go live on coast road</title></head><body>
            <div class="more">{tiles}</div>
            <div id="story"><h1>Speed cameras to go live on coast road</h1>{string.Concat(Story.Take(3).Select(p => $"<font size=\"2\">{p}</font><br><br>"))}</div></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/11/28/speed-cameras"));

        Assert.True(result.Success, result.Reason);
        Assert.All(Story.Take(3), p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Our reporter spent a week", result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_linked_teaser_cards_that_closes_the_articles_container_is_not_part_of_it()
    {
        // A video page: the description, then "Up next" cards inside the same container, each a linked headline and a summary.
        var cards = string.Concat(Headlines.Take(4).Select((h, i) =>
            $"<li class=\"card\"><a href=\"/v/{i}\"><h3>{h}</h3></a><p>Our reporter spent a week looking into this and found very different views across the district.</p></li>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Speed cameras to go live on coast road</title></head><body>
            <main><div class="video-page"><div class="player"><video src="/v.mp4"></video></div><h1>Speed cameras to go live on coast road</h1>
            <div class="description"><p>{Story[0]} {Story[1]}</p><p>{Story[2]}</p></div>
            <div class="playlist"><h2>Up next</h2><ul>{cards}</ul></div></div></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/video/2024/11/28/speed-cameras"));

        Assert.True(result.Success, result.Reason);
        Assert.Contains(Story[2], result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our reporter spent a week", result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Headlines[0], result.Article!.Body.Text, StringComparison.Ordinal);
    }
}
