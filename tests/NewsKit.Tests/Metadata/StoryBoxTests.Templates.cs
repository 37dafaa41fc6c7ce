using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>Story boxes as pages written to imitate real templates show them: reading labels in titles, reading tips, the page itself, footer columns, paid teasers and one-link cards.</summary>
public sealed partial class StoryBoxTests
{
    [Fact]
    public void A_reading_label_and_its_colon_or_an_arrow_that_opens_a_title_are_left_out()
    {
        var article = Parse(Paragraph + $"""
            <p><a href="{Story(1)}"><strong>ALSO READ:</strong> Council approves a new bus route to the harbour</a></p>
            {Paragraph}
            <p><a href="{Story(2)}">RELATED STORY: Bridge repairs finish two weeks ahead of schedule</a></p>
            {Paragraph}
            """, $"""
            <nav class="post-navigation"><div class="nav-links">
              <a href="{Story(8)}" rel="prev">&laquo; Previous Post: Harbour market moves to the square</a>
              <a href="{Story(9)}" rel="next">Lighthouse open for visitors again &rarr;</a>
            </div></nav>
            """);

        Assert.Equal(
            ["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule", "Harbour market moves to the square", "Lighthouse open for visitors again"],
            article.RelatedLinks.Select(l => l.Title));
    }

    [Fact]
    public void A_title_whose_opening_before_its_colon_is_no_reading_label_keeps_it()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>Related</h3><ul>
              <li><a href="{Story(23)}">Neue Zahlen: Weniger Einbrüche im Hafenviertel</a></li>
              <li><a href="{Story(24)}">Breaking news: Old lighthouse opens its doors again</a></li>
            </ul></div>
            """);

        Assert.Equal(["Neue Zahlen: Weniger Einbrüche im Hafenviertel", "Breaking news: Old lighthouse opens its doors again"], article.RelatedLinks.Select(l => l.Title));
    }

    [Theory]
    [InlineData("Lesetipp:")]
    [InlineData("Siehe auch:")]
    [InlineData("MORE:")]
    [InlineData("Lea también:")]
    [InlineData("À lire également :")]
    public void A_reading_tip_line_between_the_paragraphs_is_a_related_link(string label)
    {
        var article = Parse(Paragraph + $"""<p>{label} <a href="{Story(5)}">Night ferry returns to the timetable in spring</a></p>""" + Paragraph + Paragraph);

        var link = Assert.Single(article.RelatedLinks);
        Assert.Equal("Night ferry returns to the timetable in spring", link.Title);
        Assert.Equal(RelatedLinkKind.Related, link.Kind);
    }

    [Theory]
    [InlineData("http://news.example/city/2026/05/12/river-festival-returns-after-two-years/")]
    [InlineData("https://www.news.example/city/2026/05/12/river-festival-returns-after-two-years")]
    [InlineData("/city/2026/05/12/river-festival-returns-after-two-years?utm_source=popular&utm_campaign=may2026")]
    public void The_page_itself_over_http_with_www_or_with_tracking_parameters_is_no_related_link(string self)
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <aside><h3>Most popular</h3><ol>
              <li><a href="{self}">River festival returns after two years</a></li>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li>
            </ol></aside>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
    }

    [Fact]
    public void A_footer_column_of_the_site_s_pages_is_no_box_but_a_footer_box_named_for_stories_is()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <footer><div class="col"><h4>About The Northern Star</h4><ul>
              <li><a href="/info/how-we-report-and-correct-our-mistakes">How we report and correct our mistakes</a></li>
              <li><a href="/info/our-code-of-editorial-standards-and-ethics">Our code of editorial standards and ethics</a></li>
              <li><a href="/info/send-us-a-news-tip-securely">Send us a news tip securely</a></li></ul></div>
            <div class="col"><h4>Latest news</h4><ul>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li></ul></div></footer>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal(RelatedLinkKind.Latest, l.Kind));
    }

    [Fact]
    public void Paid_teasers_and_a_box_of_shop_links_with_prices_are_no_related_links()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <aside class="shop"><h3>Shop the story</h3><ul>
              <li><a href="https://www.cyclestore.example/clothing/jackets/stormline-commuter-jacket-black-p-1128840.html">Stormline Commuter Jacket in black, £129</a></li>
              <li><a href="https://www.cyclestore.example/clothing/gloves/rainproof-winter-cycling-gloves-p-1129001.html">Rainproof winter cycling gloves, £34</a></li></ul></aside>
            <section class="more"><h2>More stories</h2>
              <div class="teaser"><a href="{Story(1)}"><h3>Council approves a new bus route to the harbour</h3></a></div>
              <div class="teaser"><span class="label">Sponsored</span><a href="{Story(2)}"><h3>Why commuters are switching to folding bikes</h3></a></div>
              <div class="teaser teaser--sponsored"><a href="{Story(3)}"><h3>The best holidays by the sea this summer</h3></a></div>
              <div class="teaser"><a href="/anzeige/die-besten-tipps-fuer-den-urlaub-an-der-ostsee-id70050.html"><h3>Die besten Tipps für den Urlaub an der Ostsee</h3></a></div>
              <div class="teaser"><a href="{Story(4)}"><h3>Bridge repairs finish two weeks ahead of schedule</h3></a></div>
            </section>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
    }

    [Fact]
    public void A_card_that_is_one_link_takes_its_bold_part_for_title_and_a_date_without_markup_is_read()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <section><h2>Related</h2><ul>
              <li class="card"><a href="{Story(1)}"><img src="/a.jpg" alt=""><div><span>Transport</span><strong>Council approves a new bus route to the harbour</strong><small>10 May 2026</small><p>Three routes were proposed to the council.</p></div></a></li>
              <li class="card"><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a> <span>8 May 2026</span></li>
            </ul></section>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
        Assert.Equal([new NodaTime.LocalDate(2026, 5, 10), new NodaTime.LocalDate(2026, 5, 8)], article.RelatedLinks.Select(l => l.Published!.Date));
    }

    [Fact]
    public void A_list_that_fills_a_tab_panel_alone_takes_its_tab_s_label_and_every_panel_is_read()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <aside><div class="widget tabbed-widget">
              <ul class="tabs-nav" role="tablist"><li><span>Popular</span></li><li><span>Latest</span></li></ul>
              <div class="tab-pane"><ul><li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
                <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li></ul></div>
              <div class="tab-pane"><ul><li><a href="{Story(3)}">Night ferry returns to the timetable in spring</a></li>
                <li><a href="{Story(4)}">Old lighthouse opens its doors to visitors again</a></li></ul></div>
            </div></aside>
            """);

        Assert.Equal(["Popular", "Popular", "Latest", "Latest"], article.RelatedLinks.Select(l => l.Section));
        Assert.Equal([RelatedLinkKind.MostRead, RelatedLinkKind.MostRead, RelatedLinkKind.Latest, RelatedLinkKind.Latest], article.RelatedLinks.Select(l => l.Kind));
    }

    [Theory]
    [InlineData("Ryan Example's Most Recent Stories", RelatedLinkKind.SameAuthor)]
    [InlineData("Most Recent", RelatedLinkKind.Latest)]
    [InlineData("Today's Most Read Stories", RelatedLinkKind.MostRead)]
    public void A_possessive_name_before_stories_names_the_same_author_s_box(string heading, RelatedLinkKind kind)
    {
        var article = HeadedBox(heading);

        Assert.All(article.RelatedLinks, l => Assert.Equal(kind, l.Kind));
        Assert.Equal(2, article.RelatedLinks.Count);
    }

    [Fact]
    public void A_link_to_a_page_above_the_page_itself_is_no_story()
    {
        const string show = "/podcasts/the-harbour-briefing";
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Why ferry fares are rising</title></head><body>
            <article><h1>Why ferry fares are rising</h1>{Paragraph}{Paragraph}</article>
            <section class="w"><h2>Recent episodes</h2><ul>
              <li><a href="{show}/2026/05/11/can-the-harbour-board-clear-the-backlog">Can the harbour board clear the backlog?</a></li>
              <li><a href="{show}/2026/05/10/the-town-that-banned-second-homes">The town that banned second homes</a></li></ul>
              <a href="{show}/">All episodes of The Harbour Briefing</a></section></body></html>
            """, new Uri($"https://news.example{show}/2026/05/12/why-ferry-fares-are-rising")).Article!;

        Assert.Equal(
            [$"{show}/2026/05/11/can-the-harbour-board-clear-the-backlog", $"{show}/2026/05/10/the-town-that-banned-second-homes"],
            article.RelatedLinks.Select(l => l.Url.AbsolutePath));
    }
    [Fact]
    public void A_previous_or_older_post_label_after_an_arrow_is_left_out_of_the_title()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <nav class="navigation post-navigation"><div class="nav-links">
              <div class="nav-previous"><a href="{Story(1)}" rel="prev"><span class="meta-nav">&laquo; Previous post</span> Council approves a new bus route to the harbour</a></div>
              <div class="nav-next"><a href="{Story(2)}" rel="next"><span class="meta-nav">&lsaquo; Older post</span> Bridge repairs finish two weeks ahead of schedule</a></div>
            </div></nav>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
    }
    [Fact]
    public void Listings_of_events_job_ads_and_paid_notices_are_no_stories()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>Mehr zum Thema</h3><ul>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li></ul></div>
            <div class="w"><h3>Veranstaltungen</h3><ul>
              <li><a href="/veranstaltungen/weihnachtsmarkt-in-kirchberg-mit-lebendiger-krippe">Weihnachtsmarkt in Kirchberg mit lebendiger Krippe</a></li>
              <li><a href="/veranstaltungen/adventskonzert-des-musikvereins-sohren">Adventskonzert des Musikvereins Sohren im Dezember</a></li></ul></div>
            <div class="w"><h3>Stellenangebote</h3><ul>
              <li><a href="/stellenmarkt/busfahrer-m-w-d-in-vollzeit-kirchberg-4411">Busfahrer (m/w/d) in Vollzeit für den Linienverkehr in Kirchberg</a></li>
              <li><a href="/stellenmarkt/pflegefachkraft-fuer-ambulanten-dienst-sohren-4412">Pflegefachkraft für den ambulanten Dienst in Sohren</a></li></ul></div>
            <div class="w"><h3>Services</h3><ul>
              <li><a href="/death-notices/jeanne-marie-lefebvre-aged-87">Death notice: Jeanne-Marie Lefebvre, aged 87 years</a></li>
              <li><a href="/puzzles/play-todays-quick-crossword-puzzle">Play today's quick crossword puzzle online now</a></li></ul></div>
            """);

        Assert.Equal([Story(1), Story(2)], article.RelatedLinks.Select(l => l.Url.AbsolutePath));
    }
    [Theory]
    [InlineData("<div class=\"site-header\"><div class=\"dropdown-panel\">{0}</div></div>")]
    [InlineData("<header><div>{0}</div></header>")]
    [InlineData("<div role=\"navigation\"><ul><li>{0}</li></ul></div>")]
    public void A_site_menu_of_pages_named_by_slug_alone_gives_no_stories(string menu)
    {
        const string links = """
            <a href="/things-to-do/walks">Walks</a> <a href="/things-to-do/markets-and-fairs">Markets and fairs</a>
            <a href="/things-to-do/walks-and-outdoor-adventures">Walks and outdoor adventures</a>
            <a href="/things-to-do/family-days-out-on-the-coast">Family days out on the coast</a>
            """;
        var article = Parse(Paragraph + Paragraph, menu.Replace("{0}", links, StringComparison.Ordinal) + $"""
            <div class="w"><h3>Related</h3><ul>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li></ul></div>
            """);

        Assert.Equal([Story(1), Story(2)], article.RelatedLinks.Select(l => l.Url.AbsolutePath));
    }

    [Fact]
    public void A_ticker_of_stories_in_the_site_header_is_a_box_of_stories()
    {
        var article = Parse(Paragraph + Paragraph, """
            <header><div class="ticker-row">
              <a href="/lokales/austausch-mit-experten-der-landkreis-und-seine-gemeinden-arbeiten-gemeinsam">Austausch mit Experten: Der Landkreis und seine Gemeinden arbeiten gemeinsam an einem Plan</a>
              <a href="/sport/neun-saetze-in-calw-faustballer-starten-gut-in-die-saison">Neun Sätze in Calw: Die Faustballer starten gut in die Saison, aber ohne Erfolg</a>
            </div></header>
            """);

        Assert.Equal(2, article.RelatedLinks.Count);
    }
    [Fact]
    public void A_link_written_as_parts_without_title_markup_takes_its_one_long_part_as_title()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="css-k008qs"><h2 class="css-1ogtd9h">Keep reading</h2>
              <div class="css-1l4w6pd"><a class="css-wvb4qj" href="{Story(1)}"><div class="css-1cb2rh"><span class="css-m3qrrf">City</span><span class="css-1u1z5q8">Council approves a new bus route to the harbour</span><span class="css-ff2dkv">6 days ago</span></div></a></div>
              <div class="css-1l4w6pd"><a class="css-wvb4qj" href="{Story(2)}"><span class="css-m3qrrf">Harbour Herald</span><span class="css-1u1z5q8">Bridge repairs finish two weeks ahead of schedule</span></a></div>
              <div class="css-1l4w6pd"><a class="css-wvb4qj" href="{Story(3)}"><span>Market</span> <em>stalls</em> return to the old quay for the summer</a></div>
            </div>
            """);

        Assert.Equal(
            ["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule", "Market stalls return to the old quay for the summer"],
            article.RelatedLinks.Select(l => l.Title));
    }
    [Fact]
    public void A_date_that_ends_a_titles_sentence_after_a_preposition_stays_and_a_stamp_after_it_goes()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>Related</h3><ul>
              <li><a href="{Story(1)}">Harbour market to close for the winter by February 2026</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule 20.05.2026</a></li></ul></div>
            """);

        Assert.Equal(["Harbour market to close for the winter by February 2026", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
    }
    [Fact]
    public void One_link_under_a_heading_that_names_related_stories_is_a_box_and_one_under_another_heading_is_not()
    {
        var related = Parse(Paragraph + Paragraph, $"""
            <section class="w"><h2>Related stories</h2><ul><li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li></ul></section>
            """);
        var link = Assert.Single(related.RelatedLinks);
        Assert.Equal(RelatedLinkKind.Related, link.Kind);
        Assert.Equal("Related stories", link.Section);

        var other = Parse(Paragraph + Paragraph, $"""
            <section class="w"><h2>Our newsroom</h2><ul><li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li></ul></section>
            """);
        Assert.Empty(other.RelatedLinks);
    }
}
