using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Related links are judged by evidence: where a link goes (a story of the same site, not a hub or a service page), what
/// it says (a headline, not a label) and where it stands (a box of such links, not running text). Pages written for
/// these tests.
/// </summary>
public sealed partial class StoryBoxTests
{
    private const string Url = "https://news.example/city/2026/05/12/river-festival-returns-after-two-years";

    private const string Paragraph = "<p>The river festival returns this weekend after a two-year pause, with boat races, food stalls and a concert on the old quay, the organisers said.</p>";

    private static Article Parse(string body, string aside = "") => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>River festival returns</title></head><body>
        <nav><ul><li><a href="/city/">City</a></li><li><a href="/life-style/">Life &amp; Style</a></li><li><a href="/food-drink/">Food and Drink</a></li></ul></nav>
        <article><h1>River festival returns</h1>{body}</article>{aside}</body></html>
        """, new Uri(Url)).Article!;

    /// <summary>A page whose article is followed by a box of two stories under <paramref name="heading"/>.</summary>
    private static Article HeadedBox(string heading) => Parse(Paragraph + Paragraph, $"""
        <div class="w"><h3>{heading}</h3><ul>
          <li><a href="{Story(23)}">Night ferry returns to the timetable in spring</a></li>
          <li><a href="{Story(24)}">Old lighthouse opens its doors to visitors again</a></li>
        </ul></div>
        """);

    private static string Story(int n) => $"/city/2026/05/{10 + n}/council-approves-new-bus-route-number-{n}";

    [Fact]
    public void Short_slugs_count_in_a_box_whose_heading_names_its_kind()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, """
            <div class="w"><h3>Read these next</h3><ul>
              <li><a href="/reviews/harbour-ferries">The best harbour ferries reviewed</a></li>
              <li><a href="/cinnamon-raisin-swirl/">Cinnamon raisin swirl bread for the weekend</a></li>
            </ul></div>
            """);
        Assert.Equal(["The best harbour ferries reviewed", "Cinnamon raisin swirl bread for the weekend"], article.RelatedLinks.Select(l => l.Title));
    }

    [Fact]
    public void The_sites_own_links_marked_as_paid_for_are_no_related_links()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <div class="col-right"><h3>Elsewhere</h3><ul>
              <li><a href="{Story(1)}" rel="sponsored">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}" rel="sponsored nofollow">Bridge repairs finish two weeks ahead of schedule</a></li>
              <li><a href="{Story(3)}" rel="sponsored">New ferry timetable starts on Monday morning</a></li>
            </ul></div>
            """);
        Assert.Empty(article.RelatedLinks);
    }

    [Fact]
    public void A_list_of_story_links_without_a_named_heading_is_a_box_and_sections_and_hubs_are_not()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <div class="col-right"><h3>Elsewhere</h3><ul>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li>
              <li><a href="{Story(3)}">New ferry timetable starts on Monday morning</a></li>
            </ul></div>
            <div class="topics"><a href="/topic/transport-and-traffic-in-the-city">Transport and traffic in the city</a> <a href="/tag/festival-season-in-the-old-town">Festival season in the old town</a></div>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule", "New ferry timetable starts on Monday morning"],
            article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal("Elsewhere", l.Section));
        Assert.All(article.RelatedLinks, l => Assert.Equal(RelatedLinkKind.Unknown, l.Kind));
        Assert.DoesNotContain("Council approves", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_of_one_other_site_s_stories_is_a_box_but_affiliate_lists_mixed_sites_and_lists_in_the_text_are_not()
    {
        const string Sister = "https://sport.example.org/2026/05";
        var article = Parse($"""
            {Paragraph}
            <p>Tickets for the concerts:</p>
            <p><a href="https://tickets.example.com/shows/16-May-2026-harbour-band/5309">16.05.2026 - Harbour Band - Old Quay Stage</a></p>
            <p><a href="https://tickets.example.com/shows/17-May-2026-river-choir/5310">17.05.2026 - River Choir - Old Quay Stage</a></p>
            {Paragraph}{Paragraph}
            <h3>Sources</h3><ul>
              <li><a href="https://archive.example.com/2024/05/12/festival-cancelled-after-floods">Festival cancelled after floods on the old quay</a></li>
              <li><a href="https://archive.example.com/2025/05/12/festival-postponed-for-repairs">Festival postponed again while the quay is repaired</a></li>
            </ul>
            """, $"""
            <aside>
              <div class="w1"><h3>Our network</h3><ul>
                <li><a href="{Sister}/10/cup-final-preview-what-to-expect">Cup final preview: what to expect on Saturday</a></li>
                <li><a href="{Sister}/11/marathon-route-revealed-for-autumn">Marathon route revealed for the autumn race</a></li>
              </ul></div>
              <div class="w2"><h3>Our picks</h3><ul>
                <li><a rel="nofollow" href="https://shop.example.net/Folding-Umbrella-Black-Large/dp/B0747LZTM8?tag=x-21">Folding umbrella for the festival weekend, black</a></li>
                <li><a rel="nofollow" href="https://shop.example.net/Picnic-Blanket-Waterproof-Large/dp/B0747LZTM9?tag=x-21">Waterproof picnic blanket for the river banks</a></li>
              </ul></div>
              <div class="w3"><h3>Elsewhere</h3><ul>
                <li><a href="https://one.example.com/2026/05/10/rowing-club-celebrates-its-centenary">Rowing club celebrates its centenary with a regatta</a></li>
                <li><a href="https://two.example.net/2026/05/11/old-quay-market-returns-in-june">Old quay market returns in June after the repairs</a></li>
              </ul></div>
            </aside>
            """);

        Assert.Equal(["Cup final preview: what to expect on Saturday", "Marathon route revealed for the autumn race"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal("Our network", l.Section));
        Assert.Contains("Harbour Band", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_another_site_set_one_per_line_among_the_article_s_paragraphs_stay_text_without_an_article_element()
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>River festival returns</title></head><body>
            <div class="page"><h1>River festival returns</h1><div class="text">{Paragraph}{Paragraph}
            <p><a href="https://tickets.example.com/shows/16-May-2026-harbour-band/5309">16.05.2026 - Harbour Band - Old Quay Stage</a></p>
            <p>16.05.2026 - Brass Quartet - Town Hall</p>
            <p><a href="https://tickets.example.com/shows/17-May-2026-river-choir/5310">17.05.2026 - River Choir - Old Quay Stage</a></p>
            {Paragraph}</div></div></body></html>
            """, new Uri(Url)).Article!;

        Assert.Empty(article.RelatedLinks);
        Assert.Contains("River Choir", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bold_line_that_opens_a_box_among_the_paragraphs_is_its_heading_and_leaves_the_body()
    {
        var article = Parse($"""
            {Paragraph}
            <div class="more"><strong>MORE HARBOUR CITY FC</strong><ul>
              <li><a href="{Story(6)}">Harbour City sign a new striker from the north</a></li>
              <li><a href="{Story(7)}">Harbour City coach extends his contract to 2028</a></li>
            </ul></div>
            {Paragraph}{Paragraph}
            """);

        Assert.Equal(2, article.RelatedLinks.Count);
        Assert.All(article.RelatedLinks, l => Assert.Equal("MORE HARBOUR CITY FC", l.Section));
        Assert.DoesNotContain("MORE HARBOUR", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_links_of_running_text_are_no_related_links_but_a_read_also_line_is()
    {
        var article = Parse($"""
            {Paragraph}
            <p>Last year the <a href="{Story(4)}">council cancelled the festival at short notice</a> because of the flooding, and many stall holders lost money on stock they had already bought.</p>
            <p><strong>Read also:</strong> <a href="{Story(5)}">How the old quay was saved from the floods</a></p>
            {Paragraph}
            """);

        var link = Assert.Single(article.RelatedLinks);
        Assert.Equal("How the old quay was saved from the floods", link.Title);
        Assert.Equal(RelatedLinkKind.Related, link.Kind);
        Assert.Contains("council cancelled the festival", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("saved from the floods", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_that_open_with_a_link_whose_sentence_goes_on_are_running_text_but_a_teaser_credit_is_not()
    {
        var article = Parse($"""
            <div class="article-body">{Paragraph}
            <p><a href="{Story(4)}">The previous chair resigned in March</a> after an audit of the board's accounts.</p>
            {Paragraph}
            <p><a href="{Story(5)}">Auditors later found gaps in the spending</a>, though no charges were filed.</p>
            {Paragraph}</div>
            """);

        Assert.Empty(article.RelatedLinks);
        Assert.Contains("The previous chair resigned in March after an audit", article.Body.Text, StringComparison.Ordinal);

        var teasers = Parse(Paragraph + Paragraph, $"""
            <div class="more"><h3>More stories</h3>
              <p><a href="{Story(6)}">Night ferry returns to the timetable in spring</a> by Jane Doe</p>
              <p><a href="{Story(7)}">Old lighthouse opens its doors to visitors again</a> by John Roe</p>
            </div>
            """);
        Assert.Equal(2, teasers.RelatedLinks.Count);
    }

    [Fact]
    public void A_teaser_title_leaves_its_kicker_out_and_its_time_is_read()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <aside><h2>Most read</h2>
              <article class="teaser"><a href="{Story(6)}"><span class="teaser__overline">Transport</span><span class="teaser__headline">Night buses return to the old town</span></a><time datetime="2026-05-11T08:30:00+02:00">11 May</time></article>
              <article class="teaser"><a href="{Story(7)}"><span class="teaser__overline">Weather</span><span class="teaser__headline">Storm warning lifted for the coast</span></a><time datetime="2026-05-10T18:00:00+02:00">10 May</time></article>
            </aside>
            """.Replace("<aside>", "<div class=\"most-read-box\">", StringComparison.Ordinal).Replace("</aside>", "</div>", StringComparison.Ordinal));

        Assert.Equal(["Night buses return to the old town", "Storm warning lifted for the coast"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal(RelatedLinkKind.MostRead, l.Kind));
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 5, 11, 6, 30), article.RelatedLinks[0].Published?.Instant);
    }

    [Fact]
    public void A_bracketed_tag_or_a_symbol_that_opens_a_title_and_decoration_that_opens_a_section_are_left_out()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>// Most read</h3><ul>
              <li><a href="{Story(10)}">[Security] How to tell whether your phone was tracked</a></li>
              <li><a href="{Story(11)}">[Windows] Moving the profile folder of your browser</a></li>
              <li><a href="{Story(12)}">✂ A name cushion for the new baby, sewn by hand</a></li>
            </ul></div>
            """);

        Assert.Equal(["How to tell whether your phone was tracked", "Moving the profile folder of your browser", "A name cushion for the new baby, sewn by hand"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal("Most read", l.Section));
    }

    [Fact]
    public void A_site_menu_is_no_box_unless_its_items_name_stories_by_id_or_date()
    {
        var article = Parse(Paragraph + Paragraph, """
            <div class="menu-main"><ul>
              <li class="menu-item"><a href="/community/links-mentioned-on-air-this-week">Links mentioned on air this week</a></li>
              <li class="menu-item"><a href="/community/celebrating-sixty-five-years-of-our-station">Sixty-five years of our station</a></li>
              <li class="menu-item"><a href="/community/watch-our-news-live-stream">Watch our news live stream</a></li>
            </ul></div>
            <div class="menu-top"><ul>
              <li class="menu-item"><a href="/news/article/Storm-closes-coast-road-14847740.php">Storm closes the coast road for a second night</a></li>
              <li class="menu-item"><a href="/news/article/Council-approves-budget-14847741.php">Council approves the budget after a long debate</a></li>
            </ul></div>
            """);

        Assert.Equal(["Storm closes the coast road for a second night", "Council approves the budget after a long debate"], article.RelatedLinks.Select(l => l.Title));
    }

    [Fact]
    public void Pingbacks_in_the_comment_section_are_no_related_links_but_a_most_commented_widget_is()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div id="comments"><h3>3 Antworten zu River festival returns</h3><ol class="commentlist">
              <li class="pingback"><a href="{Story(13)}">Festival weekend: our photos from the old quay</a></li>
              <li class="pingback"><a href="{Story(14)}">Why the river festival matters to the old town</a></li>
            </ol></div>
            <div class="widget most-commented"><h3>Top kommentierte Beiträge</h3><ul>
              <li><a href="{Story(15)}">Parking on the quay: the council changes its mind</a></li>
              <li><a href="{Story(16)}">A new bridge for cyclists opens in the spring</a></li>
            </ul></div>
            """);

        Assert.Equal(["Parking on the quay: the council changes its mind", "A new bridge for cyclists opens in the spring"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal(RelatedLinkKind.MostRead, l.Kind));
    }

    [Fact]
    public void A_teaser_title_leaves_out_its_byline_and_running_time_and_the_title_the_link_states_wins_over_longer_text()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="ticker"><h3>Breaking news</h3>
              <a href="{Story(17)}" title="Council approves the harbour budget"><span class="ticker-text">Council approves the harbour budget</span><ul class="meta"><li>By COUNCIL DESK</li><li>11/20/2025 01:14 PM</li></ul></a>
              <a href="{Story(18)}"><div class="vod-duration">1:41</div><div class="caption">Ferry captain explains the new timetable</div></a>
            </div>
            """);

        Assert.Equal(["Council approves the harbour budget", "Ferry captain explains the new timetable"], article.RelatedLinks.Select(l => l.Title));
    }

    [Fact]
    public void A_magazine_issue_or_subscription_teaser_in_a_box_is_no_related_link()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>Trending</h3><ul>
              <li><a href="{Story(19)}">Read "Harbour Life" Magazine!</a></li>
              <li><a href="{Story(20)}">Harbour Life December 2025 – #162 – OUT NOW!</a></li>
              <li><a href="{Story(21)}">Night ferry returns to the timetable in spring</a></li>
              <li><a href="{Story(22)}">Old lighthouse opens its doors to visitors again</a></li>
            </ul></div>
            """);

        Assert.Equal(["Night ferry returns to the timetable in spring", "Old lighthouse opens its doors to visitors again"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal("Trending", l.Section));
    }

    [Fact]
    public void A_box_of_video_platform_links_is_no_box_of_another_site_s_stories()
    {
        var article = Parse(Paragraph + Paragraph, """
            <aside><h3>Our videos</h3><ul>
              <li><a href="https://www.youtube.com/watch?v=a1b2c3d4e5f6789">Festival night: the boat races from the bridge</a></li>
              <li><a href="https://www.youtube.com/watch?v=f6e5d4c3b2a1987">Festival night: the concert on the old quay</a></li>
            </ul></aside>
            """);

        Assert.Empty(article.RelatedLinks);
    }

    [Theory]
    [InlineData("PFT Most Commented", RelatedLinkKind.MostRead)]
    [InlineData("Weitere Beiträge zum Thema", RelatedLinkKind.Related)]
    [InlineData("Las Más Leídas", RelatedLinkKind.MostRead)]
    [InlineData("More from Jane Doe", RelatedLinkKind.SameAuthor)]
    [InlineData("More from the harbour", RelatedLinkKind.Related)]
    [InlineData("Mehr von der Bundesliga", RelatedLinkKind.Related)]
    [InlineData("More by Jane Doe", RelatedLinkKind.SameAuthor)]
    [InlineData("More from this author", RelatedLinkKind.SameAuthor)]
    [InlineData("Entradas recientes", RelatedLinkKind.Latest)]
    [InlineData("Articles récents", RelatedLinkKind.Latest)]
    [InlineData("Les plus populaires", RelatedLinkKind.MostRead)]
    [InlineData("Te puede interesar", RelatedLinkKind.Related)]
    [InlineData("Noticias relacionadas", RelatedLinkKind.Related)]
    [InlineData("Articoli correlati", RelatedLinkKind.Related)]
    [InlineData("Potrebbe interessarti anche", RelatedLinkKind.Related)]
    [InlineData("Vous aimerez aussi", RelatedLinkKind.Related)]
    [InlineData("À lire également", RelatedLinkKind.Related)]
    [InlineData("Weiterlesen", RelatedLinkKind.Related)]
    [InlineData("Read these next", RelatedLinkKind.Related)]
    [InlineData("Keep reading", RelatedLinkKind.Related)]
    [InlineData("Meer over dit onderwerp", RelatedLinkKind.Related)]
    [InlineData("Reader Favorites", RelatedLinkKind.MostRead)]
    public void A_kind_phrase_of_several_words_names_the_box_anywhere_in_its_heading(string heading, RelatedLinkKind kind)
    {
        var article = HeadedBox(heading);

        Assert.Equal(2, article.RelatedLinks.Count);
        Assert.All(article.RelatedLinks, l => Assert.Equal(kind, l.Kind));
    }

    [Theory]
    [InlineData("/topicos/junta-de-gobierno-del-partido")]
    [InlineData("/schlagwort/neue-bruecke-ueber-den-hafen")]
    [InlineData("/etiquetas/festival-del-rio-en-el-muelle")]
    public void Links_to_topic_pages_in_other_languages_are_no_stories(string path)
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>Elsewhere</h3><ul>
              <li><a href="{path}-1">Harbour and river topics of this week, one</a></li>
              <li><a href="{path}-2">Harbour and river topics of this week, two</a></li>
            </ul></div>
            """);

        Assert.Empty(article.RelatedLinks);
    }

    [Theory]
    [InlineData("/modules/news/makepdf.php?storyid=504", "Make a PDF document of this article now")]
    [InlineData("/service/anmeldung-und-registrierung-auf-dem-kundenportal", "How subscribers sign in to read every story")]
    [InlineData("/angebot/allgemeine-geschaeftsbedingungen-von-example-news", "Allgemeine Geschäftsbedingungen von Example News")]
    public void Service_pages_are_no_stories(string path, string title)
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="w"><h3>Elsewhere</h3><ul>
              <li><a href="{path}">{title}</a></li>
              <li><a href="{Story(25)}">Night ferry returns to the timetable in spring</a></li>
              <li><a href="{Story(26)}">Old lighthouse opens its doors to visitors again</a></li>
            </ul></div>
            """);

        Assert.DoesNotContain(article.RelatedLinks, l => l.Title == title);
        Assert.Equal(2, article.RelatedLinks.Count);
    }

    [Fact]
    public void Each_tab_panel_takes_its_tab_s_label_for_heading_and_kind()
    {
        var article = Parse(Paragraph + Paragraph, $"""
            <div class="popular"><div class="tabs"><label for="t1"><span>Most Read</span></label><label for="t2"><span>Latest</span></label></div>
              <ol class="popular-list active" id="list-1"><li><a href="{Story(27)}">Night ferry returns to the timetable in spring</a></li><li><a href="{Story(28)}">Old lighthouse opens its doors to visitors again</a></li></ol>
              <ol class="popular-list" id="list-2"><li><a href="/city/ferry-fares-rise">Ferry fares rise again for the summer season</a></li><li><a href="/city/lighthouse-hours-change">Lighthouse opening hours change in the winter</a></li></ol>
            </div>
            """);

        Assert.Equal(["Most Read", "Most Read", "Latest", "Latest"], article.RelatedLinks.Select(l => l.Section));
        Assert.Equal([RelatedLinkKind.MostRead, RelatedLinkKind.MostRead, RelatedLinkKind.Latest, RelatedLinkKind.Latest], article.RelatedLinks.Select(l => l.Kind));
    }

    [Fact]
    public void Previous_and_next_posts_with_their_titles_are_related_links_of_their_kind()
    {
        var article = Parse(Paragraph + Paragraph + $"""
            <nav class="post-navigation"><div class="nav-links">
              <a href="{Story(8)}" rel="prev">Previous post: Harbour market moves to the square</a>
              <a href="{Story(9)}" rel="next">Next post: Lighthouse open for visitors again</a>
            </div></nav>
            """);

        Assert.Equal(["Harbour market moves to the square", "Lighthouse open for visitors again"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, l => Assert.Equal(RelatedLinkKind.PreviousNext, l.Kind));
    }

    [Fact]
    public void The_page_itself_with_a_query_is_no_related_link_but_another_story_by_query_id_is()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <div class="tools"><ul>
              <li><a href="{Url}?view=mail">Send this article to a friend by e-mail</a></li>
              <li><a href="{Url}?print=true">Print this article on paper for reading</a></li>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li>
            </ul></div>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));

        var byId = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>River festival returns</title></head><body>
            <article><h1>River festival returns</h1>{Paragraph}{Paragraph}</article>
            <aside><h3>More news</h3><ul><li><a href="/news.php?id=48213">Council approves a new bus route to the harbour</a></li>
            <li><a href="/news.php?id=48214">Bridge repairs finish two weeks ahead of schedule</a></li></ul></aside></body></html>
            """, new Uri("https://news.example/news.php?id=48200")).Article!;
        Assert.Equal(2, byId.RelatedLinks.Count);
    }

    [Fact]
    public void A_link_to_the_folder_of_other_linked_pages_is_a_section_not_a_story_but_a_story_with_its_own_pages_stays()
    {
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <div class="col-right"><h3>Elsewhere</h3><ul>
              <li><a href="/city/harbour-and-river-life-in-the-city">Harbour and river life in the city</a></li>
              <li><a href="/city/harbour-and-river-life-in-the-city/new-ferry-timetable-starts-monday">New ferry timetable starts on Monday morning</a></li>
              <li><a href="/city/harbour-and-river-life-in-the-city/bridge-repairs-finish-early-this-year">Bridge repairs finish two weeks ahead of schedule</a></li>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(1)}/2">Council approves a new bus route, page two</a></li>
              <li><a href="{Story(1)}/amp">Council approves a new bus route, quick view</a></li>
            </ul></div>
            """);

        var urls = article.RelatedLinks.Select(l => l.Url.AbsolutePath).ToList();
        Assert.DoesNotContain("/city/harbour-and-river-life-in-the-city", urls);
        Assert.Contains("/city/harbour-and-river-life-in-the-city/new-ferry-timetable-starts-monday", urls);
        Assert.Contains(Story(1), urls);
    }

    [Fact]
    public void A_link_whose_query_carries_the_pages_own_address_or_to_a_script_endpoint_is_a_tool_not_a_story()
    {
        var encoded = Uri.EscapeDataString(Url);
        var article = Parse(Paragraph + Paragraph + Paragraph, $"""
            <div class="col-right"><h3>Elsewhere</h3><ul>
              <li><a href="/extras/report-a-correction-or-typo?url={encoded}">Report a correction or a typo in this story</a></li>
              <li><a href="https://account.news.example/login-to-your-account?redirect={encoded}">Log in to your account to comment on this</a></li>
              <li><a href="/ajax/3-more-stories-from-the-city-responsive">Load more stories from the city and the harbour</a></li>
              <li><a href="{Story(1)}">Council approves a new bus route to the harbour</a></li>
              <li><a href="{Story(2)}">Bridge repairs finish two weeks ahead of schedule</a></li>
            </ul></div>
            """);

        Assert.Equal(["Council approves a new bus route to the harbour", "Bridge repairs finish two weeks ahead of schedule"], article.RelatedLinks.Select(l => l.Title));
    }
}
