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

    [Fact]
    public void A_gallerys_captions_stay_and_the_tiles_of_other_galleries_after_them_go()
    {
        // A gallery of captioned slides, then tiles of other galleries (a bare link and a line each) that outnumber them.
        const string html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Gallery</title></head>
            <body>
            <header class="site-header"><div class="logo"><a href="/">The Daily Ledger</a></div><nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/travel">Travel</a></li><li><a href="/video">Video</a></li></ul></nav><form class="search"><input name="q"><button>Search</button></form></header><div class="container"><main id="main"><div class="gallery"><h1>Laboratory pattern memory national</h1><div class="slide"><img src="/g0.jpg"><p class="cap">Its orchard described the ancient before many large committee from many factory quiet before many election, and supported its theory pattern.</p></div><div class="slide"><img src="/g1.jpg"><p class="cap">Their language closed a committee with its engineers granite during many election tariff and suggested a river factory.</p></div><div class="slide"><img src="/g2.jpg"><p class="cap">Their public ancient noticed the compiler public across many festival portrait from the modern archive.</p></div><div class="slide"><img src="/g3.jpg"><p class="cap">Several lighthouse tested several public late for their photograph.</p></div><div class="slide"><img src="/g4.jpg"><p class="cap">The policy restored their remote pattern across the salmon.</p></div><div class="slide"><img src="/g5.jpg"><p class="cap">The transport compiler tested several rainfall the several reform teachers of its transport, before the drought tariff.</p></div><div class="slide"><img src="/g6.jpg"><p class="cap">The canal tested several mountain for several theory without its reform and explained several budget.</p></div><div class="slide"><img src="/g7.jpg"><p class="cap">The pattern survey collected the public public of many photograph, during its framework.</p></div><div class="slide"><img src="/g8.jpg"><p class="cap">Many voyage schedule examined many morning district the its compiler software in their granite familiar, during several budget journey.</p></div><div class="slide"><img src="/g9.jpg"><p class="cap">Several survey drought proposed several manuscript without its estuary protocol.</p></div></div><div class='more-galleries'><div class='tile'><a href='/g0'>Reality smartphone misses streaming gadgets rumour</a><p>Quarterback coupon smartphone league fantasy horoscope celebrity makeover premiere lol transfer agree cheapflights gadgets!</p></div><div class='tile'><a href='/g1'>Streaming recipeoftheday slams horoscope coupon rumour</a><p>Sneakers grabs gossip viral playoff skincare reveals loses wins!</p></div><div class='tile'><a href='/g2'>Deals celebrity slams sneakers makeover fantasy</a><p>Fantasy agree deals viral quarterback recipeoftheday teases smartphone smartphone reveals loses great crossword!</p></div><div class='tile'><a href='/g3'>Cheapflights coupon unveils crossword podcast jackpot</a><p>Influencer rumour horoscope gossip makeover reality rumour agree!</p></div><div class='tile'><a href='/g4'>Podcast weekend drops celebrity fantasy lottery</a><p>Horoscope quarterback deals premiere quarterback sneakers fantasy recipeoftheday skincare horoscope shocks cheapflights grabs slams unveils!</p></div><div class='tile'><a href='/g5'>Smartphone premiere misses sneakers gadgets deals</a><p>Jackpot unveils celebrity lol fantasy agree influencer horoscope fantasy!</p></div><div class='tile'><a href='/g6'>Jackpot transfer unveils sneakers influencer gossip</a><p>Smartphone rumour rumour crossword weekend crossword crossword teases!</p></div><div class='tile'><a href='/g7'>Cheapflights gossip slams sneakers gadgets fantasy</a><p>Premiere recipeoftheday reveals premiere streaming giveaway league horoscope skincare smartphone!</p></div><div class='tile'><a href='/g8'>Quarterback trending slams deals makeover gossip</a><p>Playoff influencer wins teases wins giveaway misses trending quarterback influencer horoscope cheapflights weekend!</p></div><div class='tile'><a href='/g9'>Deals deals wins crossword playoff jackpot</a><p>Podcast trending reality jackpot cheapflights blockbuster quarterback fantasy shocks premiere loses rumour skincare trending teases gadgets!</p></div><div class='tile'><a href='/g10'>Smartphone rumour teases celebrity horoscope cheapflights</a><p>Quarterback playoff premiere smartphone nope deals blockbuster jackpot lottery lol weekend lottery misses wins blockbuster totally!</p></div><div class='tile'><a href='/g11'>Premiere trending unveils blockbuster transfer makeover</a><p>Gadgets deals trending trending blockbuster misses shocks grabs!</p></div><div class='tile'><a href='/g12'>Premiere viral drops gossip gossip premiere</a><p>Great podcast unveils shocks trending slams gadgets slams wins smartphone makeover deals influencer weekend jackpot gadgets!</p></div><div class='tile'><a href='/g13'>Gadgets podcast unveils cheapflights weekend trending</a><p>Misses gossip celebrity podcast trending makeover totally influencer reveals reveals!</p></div><div class='tile'><a href='/g14'>Blockbuster crossword teases makeover coupon influencer</a><p>Deals makeover deals drops gadgets gadgets smartphone streaming transfer great gossip!</p></div><div class='tile'><a href='/g15'>Streaming transfer loses gossip jackpot influencer</a><p>Smartphone lol streaming podcast grabs horoscope grabs league deals smartphone!</p></div><div class='tile'><a href='/g16'>Smartphone lottery grabs quarterback weekend rumour</a><p>Misses misses gossip transfer fantasy influencer makeover playoff viral deals!</p></div><div class='tile'><a href='/g17'>Horoscope trending teases giveaway rumour blockbuster</a><p>Deals premiere reveals viral reality cheapflights great misses transfer jackpot!</p></div><div class='tile'><a href='/g18'>Podcast quarterback loses cheapflights smartphone gadgets</a><p>Rumour influencer slams playoff rumour smartphone sneakers grabs deals!</p></div><div class='tile'><a href='/g19'>Trending transfer teases coupon jackpot sneakers</a><p>Influencer unveils unveils shocks slams skincare blockbuster reveals grabs totally horoscope quarterback playoff!</p></div></div></main><aside class="sidebar"><h3>Most read</h3><ol><li><a href="/story/0">Gossip fantasy unveils fantasy viral celebrity</a></li><li><a href="/story/1">Gossip rumour drops rumour skincare coupon</a></li><li><a href="/story/2">Podcast sneakers drops streaming weekend transfer</a></li><li><a href="/story/3">Crossword skincare grabs cheapflights premiere trending</a></li><li><a href="/story/4">Reality gossip drops weekend league fantasy</a></li></ol></aside></div><footer class="site-footer"><p>Copyright 2024 Ledger Media Group. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy and cookie policy</a></li></ul></footer>
            </body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/gallery/2024/11/28/laboratory"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(10, result.Article!.Body.Blocks.Count);
        Assert.Contains("Several lighthouse tested several public late for their photograph.", result.Article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reality smartphone misses streaming gadgets rumour", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("More from the BBC")]
    [InlineData("Related stories")]
    public void A_section_of_unlinked_story_cards_under_a_related_heading_beside_the_article_is_not_more_of_it(string heading)
    {
        // The story's paragraphs each in a text block of its own inside the article; beside the article, a section of cards
        // under a related heading, each a title, a summary and a byline, none of them a link in the saved page.
        var blocks = string.Concat(Story.Take(3).Select(p => $"<div data-component=\"text-block\"><p>{p}</p></div>"));
        var cards = string.Concat(Headlines.Take(2).Select(h => $"<div data-testid=\"card\"><h2>{h}</h2><p>The proposal had faced opposition from the harbour board.</p><p>By Chris Beispiel, transport correspondent</p></div>"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Speed cameras to go live on coast road</title></head><body>
            <main><article><h1>Speed cameras to go live on coast road</h1><time datetime="2025-02-04T14:22:31Z">4 February 2025</time>{blocks}</article>
            <section><h2>{heading}</h2>{cards}</section></main></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/articles/c0k4n9")).Article!.Body.Text;
        Assert.Contains(Story[2], body, StringComparison.Ordinal);
        Assert.DoesNotContain(Headlines[0], body, StringComparison.Ordinal);
        Assert.DoesNotContain("transport correspondent", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_container_around_the_article_element_gives_the_article_without_the_cards_beside_it()
    {
        // The page's "main-content" container scores above the article element it holds, with the headline and the story;
        // beside the article, a section of cards under a heading that names no related reading.
        var blocks = string.Concat(Story.Select(p => $"<div data-component=\"text-block\"><p>{p}</p></div>"));
        var cards = string.Concat(Headlines.Take(2).Select(h => $"<div data-testid=\"card\"><h2>{h}</h2><p>The proposal had faced opposition from the harbour board.</p><span>2 hrs ago</span></div>"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Speed cameras to go live on coast road</title></head><body>
            <div id="main-content"><main><article><h1>Speed cameras to go live on coast road</h1><time datetime="2025-02-04T14:22:31Z">4 February 2025</time>{blocks}</article>
            <section><h2>Elsewhere on the site</h2>{cards}</section></main></div></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/articles/c0k4n9")).Article!.Body.Text;
        Assert.Contains(Story[3], body, StringComparison.Ordinal);
        Assert.DoesNotContain(Headlines[1], body, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour board", body, StringComparison.Ordinal);
    }
}


