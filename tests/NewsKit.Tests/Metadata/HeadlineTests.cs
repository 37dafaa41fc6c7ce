namespace NewsKit.Tests.Metadata;

/// <summary>
/// The headline is the article's own title: a kicker, section label or subtitle set inside the headline element is
/// not part of it. Pages written for these tests.
/// </summary>
public sealed class HeadlineTests
{
    private const string Paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables.";

    private static string Page(string h1, string head = "", string title = "Brücke öffnet wieder") => $"""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title} | Beispielblatt</title>{head}</head><body>
        <article>{h1}<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """;

    private static string? Headline(string html) => new ArticleParser().Parse(html).Article?.Headline;

    /// <summary>A page without an article element (so that an h1 is not taken for being in one).</summary>
    private static string Plain(string h1, string head, string title) =>
        $"<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head><body>"
        + $"<div class=\"main\">{h1}<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>";

    [Fact]
    public void An_unnamed_first_part_of_the_heading_that_the_metadata_title_writes_as_a_kicker_is_not_the_headline()
    {
        const string Og = """<meta property="og:title" content="Hafen: Brücke öffnet wieder">""";
        var h1 = """<h1 class="font-serif"><span class="mb-1 block text-sm">Hafen</span><span class="block">Brücke öffnet wieder</span></h1>""";
        Assert.Equal("Brücke öffnet wieder", Headline(Page(h1, Og, title: "Hafen: Brücke öffnet wieder")));

        // Without the metadata title writing it so, both parts are the headline.
        Assert.Equal("Hafen Brücke öffnet wieder", Headline(Page(h1, title: "Hafen Brücke öffnet wieder")));
    }

    [Fact]
    public void An_icons_title_inside_the_heading_is_no_part_of_the_headline()
    {
        var h1 = """<h1><span class="k"><svg aria-label="Plus"><title>Beispiel Plus</title><path d="M0 0h10v10H0z"/></svg>Hafen</span> <span class="t">Brücke öffnet wieder</span></h1>""";
        Assert.Equal("Hafen Brücke öffnet wieder", Headline(Page(h1, title: "Beispielblatt")));
    }

    [Theory]
    [InlineData("chapo")]
    [InlineData("article__abstract")]
    [InlineData("entradilla")]
    [InlineData("vorspann")]
    [InlineData("article__subheadline")]
    [InlineData("print-sommario")]
    [InlineData("sumario")]
    [InlineData("story__blurb")]
    public void A_deck_named_in_the_sites_language_is_the_standfirst(string name)
    {
        const string deck = "Nach drei Wochen Reparatur an Seilen und Fahrbahn fahren ab Montag wieder Autos über die Brücke.";
        var article = new ArticleParser().Parse(Page($"<h1>Brücke öffnet wieder</h1><div class=\"meta\">Von Lea Kurz</div><p class=\"{name}\">{deck}</p>")).Article!;
        Assert.Equal(deck, article.Standfirst);
    }

    [Fact]
    public void A_live_blogs_update_headlines_declared_in_its_structured_data_are_not_the_headline()
    {
        const string Updates = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Brücke live: Hafen öffnet","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Erste Autos auf der Brücke"},{"@type":"BlogPosting","headline":"Bürgermeisterin schneidet das Band durch"}]}</script>""";
        var h1 = "<h1>Brücke öffnet wieder: erste Autos am Montagmorgen</h1><div class=\"entry\"><h3>Erste Autos auf der Brücke</h3><p>Um sechs Uhr fuhren die ersten Autos über die Brücke, begleitet von der Polizei.</p></div>";
        Assert.Equal("Brücke öffnet wieder: erste Autos am Montagmorgen", Headline(Page(h1, Updates, title: "Brücke live: Hafen öffnet")));
    }

    [Fact]
    public void The_headline_the_page_shows_and_declares_as_its_alternative_beats_a_hidden_bars_copy_of_the_search_headline()
    {
        const string Head = """<meta property="og:title" content="Hafen: Brücke wieder offen"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hafen: Brücke wieder offen","alternativeHeadline":"Nach drei Wochen Reparatur öffnet die Hafenbrücke wieder"}</script>""";
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Hafen: Brücke wieder offen | Beispielblatt</title>{Head}</head><body>
            <div class="sticky-bar is-hidden"><a href="/">BB</a> <span class="sticky-bar__title">Hafen: Brücke wieder offen</span></div>
            <article><h1>Nach drei Wochen Reparatur öffnet die Hafenbrücke wieder</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;
        Assert.Equal("Nach drei Wochen Reparatur öffnet die Hafenbrücke wieder", Headline(html));
    }

    [Theory]
    [InlineData("hide-accessible")]
    [InlineData("sr-only")]
    [InlineData("visually-hidden")]
    public void An_h1_for_screen_readers_only_names_the_section_not_the_story(string hidden)
    {
        var html = $"""
            <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Sala de prensa - Ayuntamiento de Villanueva</title></head>
            <body><h1 class="{hidden}">Sala de prensa</h1><div class="noticia-detalle"><span class="fecha-noticia">23/11/2026</span>
            <h2 class="titulo-noticia">El Ayuntamiento abre el plazo de inscripción en las escuelas deportivas</h2>
            <div class="cuerpo-noticia"><p>La Concejalía de Deportes ha abierto el plazo de inscripción para las escuelas deportivas municipales de la temporada de invierno y primavera, que comenzarán el próximo 12 de enero.</p>
            <p>Este año se ofertan catorce disciplinas, entre ellas fútbol sala, baloncesto, balonmano, atletismo, natación y, como novedad, escalada deportiva en el nuevo rocódromo.</p></div></div></body></html>
            """;
        Assert.Equal("El Ayuntamiento abre el plazo de inscripción en las escuelas deportivas", Headline(html));
    }

    [Theory]
    [InlineData("Route 9 bridge closed after tanker fire (Updated)")]
    [InlineData("Route 9 bridge closed after tanker fire [UPDATE]")]
    [InlineData("UPDATE | Route 9 bridge closed after tanker fire")]
    [InlineData("UPDATED: Route 9 bridge closed after tanker fire")]
    public void A_newsrooms_update_mark_beside_the_headline_is_no_part_of_it(string h1)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{h1} | Dunmore Courier</title></head><body>
            <article><h1>{h1}</h1><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;
        Assert.Equal("Route 9 bridge closed after tanker fire", Headline(html));
    }

    [Theory]
    [InlineData("<span class=\"premium-badge\" aria-label=\"Article abonné\">+</span>")]
    [InlineData("<span class=\"icon\">★</span> ")]
    public void A_badge_of_symbols_before_the_headline_is_no_part_of_it(string badge)
    {
        var html = $"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>La Voix</title></head><body>
            <article><h1>{badge}Budget: le conseil vote une hausse des impôts</h1><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;
        Assert.Equal("Budget: le conseil vote une hausse des impôts", Headline(html));
    }

    [Theory]
    [InlineData("Update: Release notes")]
    [InlineData("Why we update our maps (and what changed)")]
    public void A_headline_that_is_about_an_update_keeps_its_words(string h1)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{h1}</title></head><body>
            <article><h1>{h1}</h1><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;
        Assert.Equal(h1, Headline(html));
    }

    [Theory]
    [InlineData("it", "titolo", "sottotitolo")]
    [InlineData("fr", "titre", "sous-titre")]
    public void Without_an_h1_a_line_whose_class_names_a_subtitle_is_not_the_title(string language, string title, string subtitle)
    {
        var html = $"""
            <html lang="{language}"><head><meta charset="utf-8"><title>Il ponte della Cresa riapre dopo due anni</title></head><body><span class="{title}">Il ponte della Cresa riapre dopo due anni</span><br><span class="{subtitle}">Via libera al traffico da sabato</span><br><div><p>Dopo quasi due anni di chiusura, il ponte della Cresa torna percorribile. L'annuncio è arrivato ieri mattina dall'ufficio tecnico comunale: i collaudi sulla nuova struttura si sono conclusi positivamente e da sabato le auto potranno di nuovo attraversare il fiume.</p><p>Il vecchio ponte era stato chiuso nel marzo del 2024, quando un'ispezione aveva evidenziato gravi lesioni in una delle pile, probabilmente causate dalle piene degli inverni precedenti e da anni di incuria.</p></div></body></html>
            """;
        Assert.Equal("Il ponte della Cresa riapre dopo due anni", Headline(html));
    }

    [Fact]
    public void Without_an_h1_the_title_shown_as_a_styled_line_beats_the_articles_first_subheading()
    {
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet nach drei Wochen wieder – Beispielblatt – Lokales</title></head><body>
            <div class="artikel"><p class="titel">Brücke öffnet nach drei Wochen wieder</p><div class="text"><p>{Paragraph}</p>
            <h2>Was die Reparatur gekostet hat</h2><p>{Paragraph}</p><p>{Paragraph}</p></div></div></body></html>
            """;
        Assert.Equal("Brücke öffnet nach drei Wochen wieder", Headline(html));

        // An h2 that names a part of the document title is the page's title under the site's masthead.
        var masthead = $"""
            <!doctype html><html lang="it"><head><meta charset="utf-8"><title>Parrocchia San Beispiel - L'organo Serassi</title></head><body>
            <p align="center"><font size="6"><b>Parrocchia San Beispiel</b></font></p>
            <h2>L'organo Serassi della chiesa parrocchiale</h2><p>{Paragraph}</p><p>{Paragraph}</p></body></html>
            """;
        Assert.Equal("L'organo Serassi della chiesa parrocchiale", Headline(masthead));
    }

    [Fact]
    public void A_video_players_subtitle_is_not_the_standfirst()
    {
        var article = new ArticleParser().Parse(Page("""<h1>Brücke öffnet wieder</h1><div class="video-player"><p class="video-subtitle">Die Bilder vom Montagmorgen an der Hafenbrücke</p></div>""")).Article!;
        Assert.Null(article.Standfirst);
    }

    [Fact]
    public void A_teaser_paragraph_right_after_the_headline_is_the_standfirst_and_a_teaser_box_further_down_is_not()
    {
        const string deck = "Nach drei Wochen Reparatur an Seilen und Fahrbahn fahren ab Montag wieder Autos über die Brücke.";
        var article = new ArticleParser().Parse(Page($"<h1>Brücke öffnet wieder</h1><p class=\"teaser\">{deck}</p>")).Article!;
        Assert.Equal(deck, article.Standfirst);

        var boxed = new ArticleParser().Parse(Page($"<h1>Brücke öffnet wieder</h1><div class=\"date\">3. März 2024</div><div class=\"teaser\"><a href=\"/other\">Andere Geschichte: {deck}</a></div>")).Article!;
        Assert.Null(boxed.Standfirst);
    }

    [Fact]
    public void A_scholar_title_names_a_page_without_a_heading_whose_document_title_opens_with_its_file_name()
    {
        var html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>draft-beispiel-bridge-inspections-02 - Guidance on Bridge Inspections</title>
            <meta name="citation_title" content="Guidance on Bridge Inspections"></head><body><div class="document"><pre>
            Network Working Group                                          A. Beispiel
            Internet-Draft                                            March 8, 2024

                        Guidance on Bridge Inspections

            Abstract: This document describes how often the cables and the deck of a suspension bridge should be inspected,
            and by whom, and what an inspection report must contain so that the next inspection can build on it.
            </pre></div></body></html>
            """;
        Assert.Equal("Guidance on Bridge Inspections", Headline(html));
    }

    [Fact]
    public void A_standfirst_of_key_points_keeps_its_items_apart()
    {
        var h1 = "<h1>Brücke öffnet wieder</h1><ul class=\"summary__list\"><li>Die Brücke ist ab Montag wieder offen</li><li>Die Reparatur dauerte drei Wochen</li></ul>";
        var article = new ArticleParser().Parse(Page(h1)).Article!;
        Assert.Equal("Die Brücke ist ab Montag wieder offen Die Reparatur dauerte drei Wochen", article.Standfirst);
    }

    [Fact]
    public void A_teaser_cards_summary_after_the_articles_text_is_no_standfirst()
    {
        const string text = "Der Stadtrat hat am Dienstagabend beschlossen, die Sanierung des alten Hallenbads im kommenden Frühjahr zu beginnen und zwei Jahre lang zu bauen.";
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <main><div class="article"><h1>Brücke öffnet wieder</h1><div class="body"><p>{text}</p><p>{text}</p><p>{text}</p></div></div>
            <section class="top-stories"><h2>Top-Themen</h2><div class="card"><h3><a href="/hallenbad">Hallenbad schließt</a></h3><p class="card__summary">Die Schulen nutzen ab Mai das Bad der Nachbarstadt.</p></div></section></main></body></html>
            """;
        Assert.Null(new ArticleParser().Parse(html).Article!.Standfirst);
    }

    [Fact]
    public void A_spot_under_the_headline_is_the_standfirst()
    {
        const string deck = "Nach drei Wochen Reparatur an Seilen und Fahrbahn fahren ab Montag wieder Autos über die Brücke.";
        var article = new ArticleParser().Parse(Page($"<h1>Brücke öffnet wieder</h1><h2 class=\"spot\">{deck}</h2>")).Article!;
        Assert.Equal(deck, article.Standfirst);
    }

    [Fact]
    public void A_deck_in_a_field_that_wraps_one_paragraph_is_the_standfirst_and_a_caption_is_not()
    {
        const string deck = "Nach drei Wochen Reparatur an Seilen und Fahrbahn fahren ab Montag wieder Autos über die Brücke.";
        var h1 = "<h1>Brücke öffnet wieder</h1><figure><img src=\"/b.jpg\" alt=\"\"><div class=\"caption\"><div class=\"text-description\"><p>Die Brücke am Hafen, kurz vor der Freigabe am Montag</p></div></div></figure>"
            + $"<div class=\"field field--name-field-intro\"><p><strong>{deck}</strong></p></div>";
        var article = new ArticleParser().Parse(Page(h1)).Article!;
        Assert.Equal(deck, article.Standfirst);
    }

    [Fact]
    public void A_pictures_block_named_as_the_lead_is_no_standfirst()
    {
        // "<div class="article-lead-image"><figure>...<figcaption>": the lead picture's caption, not a deck.
        var h1 = "<h1>Brücke öffnet wieder</h1><div class=\"article-lead-image\"><figure><img src=\"/b.jpg\" alt=\"\"><figcaption class=\"caption\">Die Brücke am Hafen, kurz vor der Freigabe am Montag</figcaption></figure></div>";
        var article = new ArticleParser().Parse(Page(h1)).Article!;
        Assert.Null(article.Standfirst);
    }

    [Theory]
    [InlineData("<h1>Brücke öffnet wieder (12.03.2024)</h1>", "Brücke öffnet wieder")]
    [InlineData("<h1>Brücke öffnet wieder | 12.03.2024</h1>", "Brücke öffnet wieder")]
    [InlineData("<h1>Wochenbericht 14. - 20. Januar 2022</h1>", "Wochenbericht 14. - 20. Januar 2022")]
    [InlineData("<h1>Ergebnisse vom 12.03.2024</h1>", "Ergebnisse vom 12.03.2024")]
    public void A_date_after_the_headline_is_no_part_of_it_but_a_date_in_its_words_is(string h1, string expected)
    {
        Assert.Equal(expected, Headline(Page(h1, title: "Beispielblatt")));
    }

    [Theory]
    [InlineData("<h1><span class=\"headline-intro\">Verkehr</span> <span class=\"headline\">Brücke öffnet wieder</span></h1>")]
    [InlineData("<h1><span class=\"spitzmarke\">Verkehr</span> Brücke öffnet wieder</h1>")]
    [InlineData("<h1><small>Verkehr</small> Brücke öffnet wieder</h1>")]
    [InlineData("<h1><span class=\"block font-bold\"><span class=\"hidden\">Verkehr:</span>Verkehr</span><span class=\"align-middle\">Brücke öffnet wieder</span></h1>")]
    public void A_kicker_the_title_repeats_is_left_out_of_the_headline_by_its_name_or_its_small_tag(string h1)
    {
        // The document title carries the kicker too, so it cannot tell the headline apart.
        Assert.Equal("Brücke öffnet wieder", Headline(Page(h1, title: "Verkehr: Brücke öffnet wieder")));
    }

    [Theory]
    [InlineData("<meta name=\"description\" content=\"Brücke öffnet wieder\">", "<h1><span class=\"field--name-title\">Brücke öffnet wieder</span></h1>")]
    [InlineData("<meta property=\"og:description\" content=\"Brücke öffnet wieder\">", "<h1>Brücke öffnet wieder</h1>")]
    [InlineData("", "<h1><span class=\"subtitle\">Nach drei Wochen Reparatur an Seilen und Fahrbahn</span> Brücke öffnet wieder</h1>")]
    public void A_description_that_repeats_the_headline_or_a_part_of_the_headline_element_is_no_standfirst(string head, string h1)
    {
        var article = new ArticleParser().Parse(Page(h1, head)).Article!;
        Assert.Equal("Brücke öffnet wieder", article.Headline);
        Assert.Null(article.Standfirst);
    }

    [Theory]
    [InlineData("<h1><span class=\"article-heading__kicker\">Verkehr</span><span class=\"visually-hidden\">: </span><span class=\"article-heading__title\">Brücke öffnet wieder</span></h1>")]
    [InlineData("<h1><span class=\"subtitle\">Nach den Reparaturen</span> Brücke öffnet wieder</h1>")]
    [InlineData("<h1><span class=\"headline--topline\">Verkehr</span> <span>: </span> <span class=\"headline--main\">Brücke öffnet wieder</span></h1>")]
    [InlineData("<h1><span class=\"entry-title-primary\">Brücke öffnet wieder</span> <span class=\"entry-subtitle\">Der Rat stimmt zu</span></h1>")]
    public void A_kicker_or_subtitle_inside_the_headline_element_is_left_out(string h1)
    {
        Assert.Equal("Brücke öffnet wieder", Headline(Page(h1)));
    }

    [Fact]
    public void An_h1_named_as_the_line_above_the_headline_gives_way_to_the_heading_named_as_the_title()
    {
        // The document title holds both lines; the h1 is the strapline, the h2 the headline.
        var html = Page("<h1 class=\"strapline\">Verkehr: Rat stimmt Reparatur zu</h1><h2 class=\"title\">Brücke öffnet nach drei Wochen wieder</h2>",
            title: "Brücke öffnet nach drei Wochen wieder - Verkehr: Rat stimmt Reparatur zu");
        Assert.Equal("Brücke öffnet nach drei Wochen wieder", Headline(html));
    }

    [Fact]
    public void With_only_a_document_title_a_heading_naming_its_section_part_is_not_the_headline()
    {
        var html = Plain("<h2>Lokales</h2>", string.Empty, "Brücke öffnet wieder - Lokales - Beispielblatt");
        Assert.Equal("Brücke öffnet wieder", Headline(html));
    }

    [Fact]
    public void A_second_og_title_counts_as_a_statement_of_the_headline()
    {
        var head = "<meta property=\"og:title\" content=\"Brücke: alles Wichtige zusammengefasst\">"
            + "<meta property=\"og:title\" content=\"Brücke öffnet nach drei Wochen Reparatur wieder für den Verkehr\">";
        var html = Plain("<h1>Brücke öffnet nach drei Wochen Reparatur wieder für den Verkehr</h1>", head, "Brücke: alles Wichtige zusammengefasst");
        Assert.Equal("Brücke öffnet nach drei Wochen Reparatur wieder für den Verkehr", Headline(html));
    }

    [Fact]
    public void The_page_nodes_name_counts_when_the_article_node_is_an_embedded_video()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"Brücke öffnet nach drei Wochen Reparatur wieder für den Verkehr\"}</script>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Video: Der Rat stimmt ab\"}</script>";
        var html = Plain("<h1>Brücke öffnet nach drei Wochen Reparatur wieder für den Verkehr</h1>", head, "Zwölf Dinge zur Brücke");
        Assert.Equal("Brücke öffnet nach drei Wochen Reparatur wieder für den Verkehr", Headline(html));
    }

    [Fact]
    public void A_roofline_the_og_title_repeats_is_still_not_the_headline()
    {
        var head = "<meta property=\"og:title\" content=\"Verkehr: Rat stimmt Reparatur zu\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Brücke öffnet wieder\"}</script>";
        var html = Page("<h1><span class=\"article-header__roofline\">Verkehr: Rat stimmt Reparatur zu</span> Brücke öffnet wieder</h1>", head, title: "Verkehr: Rat stimmt Reparatur zu");
        Assert.Equal("Brücke öffnet wieder", Headline(html));
    }

    [Fact]
    public void With_only_a_document_title_the_one_h1_the_page_shows_is_the_headline()
    {
        var html = Plain("<h1>Finanzierung Ihres Autos</h1>", string.Empty, "Autofinanzierung – Autokredit oder doch besser Leasing?");
        Assert.Equal("Finanzierung Ihres Autos", Headline(html));
    }

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"Harbour Street sea wall rebuild: what we know\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour Street sea wall rebuild: what we know\"}</script>")]
    public void The_one_h1_the_page_shows_outside_an_article_element_beats_a_metadata_title_that_differs(string head)
    {
        // A social or search line in the metadata; readers see the h1.
        var html = Plain("<h1>Council approves plan to rebuild the Harbour Street sea wall</h1>", head, "Harbour Street sea wall rebuild: what we know");
        Assert.Equal("Council approves plan to rebuild the Harbour Street sea wall", Headline(html));
    }

    [Fact]
    public void A_visible_element_marked_as_the_headline_beats_a_document_title_naming_only_the_site()
    {
        var html = Plain("<div itemprop=\"headline\">Harbour festival breaks attendance record</div>", string.Empty, "Harbour Times");
        Assert.Equal("Harbour festival breaks attendance record", Headline(html));
    }

    [Fact]
    public void A_line_break_inside_the_headline_is_a_space()
    {
        var html = Page("<h1>Last orders at the Anchor<br>after 200 years</h1>", title: "Harbour Times");
        Assert.Equal("Last orders at the Anchor after 200 years", Headline(html));
    }

    [Theory]
    [InlineData("Notes From The Allotment Shed: Leeks", "<meta property=\"og:title\" content=\"Leeks\">", "<h1 class=\"title\">Notes From The Allotment Shed</h1><div class=\"post\"><h3 class=\"post-title entry-title\">Leeks</h3>")]
    [InlineData("Amal 389 jetting - Vintage Motorcycle Owners Forum", "", "<div class=\"headerbar\"><h1>Vintage Motorcycle Owners Forum</h1></div><div id=\"page-body\"><h2 class=\"topic-title\"><a href=\"#\">Amal 389 jetting</a></h2><div class=\"post\">")]
    public void A_blogs_or_forums_name_in_the_h1_gives_way_to_the_posts_title(string title, string head, string top)
    {
        var html = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head><body>{top}"
            + $"<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>";
        Assert.Equal(title.Contains("Leeks", StringComparison.Ordinal) ? "Leeks" : "Amal 389 jetting", Headline(html));
    }

    [Fact]
    public void With_only_a_document_title_and_two_h1s_the_title_stays()
    {
        var html = Plain("<h1>Beispielblatt</h1><h1>Finanzierung Ihres Autos</h1>", string.Empty, "Autofinanzierung – Autokredit oder doch besser Leasing?");
        Assert.Equal("Autofinanzierung – Autokredit oder doch besser Leasing?", Headline(html));
    }

    [Fact]
    public void The_part_a_metadata_title_states_is_the_headline_even_without_names()
    {
        var html = Page("<h1><span class=\"x1\">Verkehr in der Stadt</span><span class=\"x2\"> – </span><span class=\"x3\">Brücke öffnet wieder</span></h1>",
            "<meta property=\"og:title\" content=\"Brücke öffnet wieder\">");
        Assert.Equal("Brücke öffnet wieder", Headline(html));
    }

    [Fact]
    public void A_headline_in_several_plain_parts_stays_whole()
    {
        Assert.Equal("Brücke öffnet wieder nach langer Pause", Headline(Page("<h1><span>Brücke öffnet wieder</span> <em>nach langer Pause</em></h1>", title: "Brücke öffnet wieder nach langer Pause")));
    }

    [Theory]
    [InlineData("Brücke öffnet wieder / Verkehr / Stadt / Artikel / Home", "https://www.beispielblatt.de/verkehr/bruecke")]
    [InlineData("Beispielblatt Regensburg Lokal - Brücke öffnet wieder nach der Reparatur", "https://www.beispielblatt.de/a")]
    public void A_document_title_without_a_headline_element_loses_the_site_name_and_the_breadcrumb(string title, string url)
    {
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head><body>
            <div class="text"><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>
            """;
        var headline = new ArticleParser().Parse(html, new Uri(url)).Article?.Headline;
        Assert.StartsWith("Brücke öffnet wieder", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("Beispielblatt", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("/", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void An_h1_naming_the_titles_trailing_part_gives_way_to_the_heading_naming_its_leading_part()
    {
        const string Title = "Apfelkuchen Grundrezept : Apfelkuchen Rezepte";
        Assert.Equal("Apfelkuchen Grundrezept", Headline(Plain("<h1>Apfelkuchen Rezepte</h1><h2>Apfelkuchen Grundrezept</h2>", $"<meta property=\"og:title\" content=\"{Title}\">", Title)));
        Assert.Equal("Brücke öffnet wieder nach Reparatur", Headline(Plain("<h1>Brücke öffnet wieder nach Reparatur</h1><h2>Verkehr</h2>", "", "Brücke öffnet wieder nach Reparatur : Verkehr")));
    }

    [Fact]
    public void With_only_a_document_title_and_no_h1_the_first_h2_outside_the_chrome_is_the_headline()
    {
        Assert.Equal("Bootsdienst Ausbildung", Headline(Plain("<nav><h2>Menü</h2></nav><h2>Bootsdienst Ausbildung</h2>", "", "Feuerwehr Hafenstadt - Ausbildung")));

        // A declared title still wins over a heading that does not agree with it.
        Assert.Equal("Brücke öffnet wieder", Headline(Plain("<h2>Verkehr in der Stadt</h2>", "<meta property=\"og:title\" content=\"Brücke öffnet wieder\">", "Brücke öffnet wieder | Beispielblatt")));
    }

    [Theory]
    [InlineData("<h1>Zero-downtime schema migrations at scale<a class=\"headerlink\" href=\"#zdm\" title=\"Permalink to this heading\">\u00B6</a></h1>")]
    [InlineData("<h1 id=\"z\"><a href=\"#z\" class=\"header-anchor\">#</a> Zero-downtime schema migrations at scale</h1>")]
    [InlineData("<h1>Zero-downtime schema migrations at scale <a href=\"#s\">\u00A7</a></h1>")]
    public void A_headings_permalink_mark_is_no_part_of_the_headline(string heading) =>
        Assert.Equal("Zero-downtime schema migrations at scale", Headline(Plain(heading, string.Empty, "Zero-downtime schema migrations at scale - Tidewater docs")));

    [Fact]
    public void A_hashtag_that_opens_the_headline_stays() =>
        Assert.Equal("#MeToo five years on", Headline(Plain("<h1>#MeToo five years on</h1>", string.Empty, "#MeToo five years on")));

    [Theory]
    [InlineData("<div class=\"cookie-consent\"><h2>Wir verwenden Cookies</h2><button>Alle akzeptieren</button></div>")]
    [InlineData("<h2 class=\"section-heading\">Aktuelles</h2>")]
    public void Without_an_h1_a_title_element_that_the_document_title_opens_wins_over_a_cookie_banner_or_a_label(string before)
    {
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Königsschießen 2025 - Schützenverein Waldeck</title></head><body>
            {before}<div class="beitrag"><div class="headline">Königsschießen 2025: Markus Feldmann ist neuer Schützenkönig</div><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>
            """;
        Assert.Equal("Königsschießen 2025: Markus Feldmann ist neuer Schützenkönig", Headline(html));
    }

    [Theory]
    [InlineData("<div class=\"r1\"><h2 class=\"r2\">More stories</h2><a href=\"/a\">Why the bike lanes are being redesigned</a> <a href=\"/b\">The rise of the four-day school week</a></div>")]
    [InlineData("<div class=\"r1\"><h2 class=\"r2\">Comments (3)</h2><div>Great story, thank you for the reporting on the harbour.</div></div>")]
    public void Without_an_h1_a_title_shown_as_a_styled_element_is_the_headline_and_its_date_is_read_under_it(string after)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves harbor plan | Ledger</title></head><body>
            <div class="x9"><div class="k2">Council approves harbor plan</div><div class="k3">March 8, 2025</div><p>{Paragraph}</p><p>{Paragraph}</p></div>{after}</body></html>
            """;
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal("Council approves harbor plan", article.Headline);
        Assert.Equal(new NodaTime.LocalDate(2025, 3, 8), article.Dateline.Published?.Date);
    }

    [Fact]
    public void An_h1_that_only_links_home_is_the_sites_logo_not_the_headline()
    {
        var html = $"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de Saint-Aubin : Fermeture de la piscine</title></head><body>
            <header><h1 id="logo"><a href="/">Mairie de Saint-Aubin</a></h1></header>
            <div class="actualite"><h2 class="title">Fermeture temporaire de la piscine municipale pour vidange</h2><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>
            """;
        Assert.Equal("Fermeture temporaire de la piscine municipale pour vidange", new ArticleParser().Parse(html, new Uri("https://saint-aubin.example/actualites/piscine")).Article?.Headline);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("https://www.heimatverein-altenburg.example/")]
    public void A_title_classed_element_inside_the_link_home_is_the_sites_brand_not_the_headline(string home)
    {
        // A club's page with a short page name before a long site name in its title: the brand's "site-title" span states
        // the title's other part exactly, and is still no headline.
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Über uns – Heimat- und Geschichtsverein Altenburg e.V.</title></head><body>
            <header class="header"><a class="brand" href="{home}"><span class="site-title">Heimat- und Geschichtsverein Altenburg e.V.</span></a></header>
            <nav><ul class="nav menu"><li><a href="/">Home</a></li><li class="current active"><a href="/ueber-uns">Über uns</a></li></ul></nav>
            <main><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Über uns</h2></div>
            <div itemprop="articleBody"><p>{Paragraph}</p><p>{Paragraph}</p></div></div></main></body></html>
            """;
        var article = new ArticleParser().Parse(html, new Uri("https://www.heimatverein-altenburg.example/ueber-uns")).Article!;
        Assert.Equal("Über uns", article.Headline);
        Assert.Equal("Heimat- und Geschichtsverein Altenburg e.V.", article.SiteName);
    }

    [Fact]
    public void An_h1_in_the_main_region_of_a_layout_named_after_its_navigation_is_the_headline()
    {
        // Read the Docs' theme: the content column beside the navigation is "wy-nav-content"; the h1 states the part of the
        // document title before the project's name.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Configuration &mdash; Tidewater 2.4 documentation</title></head><body>
            <nav class="wy-nav-side"><a href="index.html">Tidewater</a><ul><li><a href="install.html">Installation</a></li><li><a href="configuration.html">Configuration</a></li></ul></nav>
            <section class="wy-nav-content-wrap"><div class="wy-nav-content"><div role="main" class="document"><div itemprop="articleBody">
            <h1>Configuration<a class="headerlink" href="#configuration" title="Link to this heading"></a></h1><p>{Paragraph}</p><p>{Paragraph}</p></div></div></div></section></body></html>
            """;
        Assert.Equal("Configuration", Headline(html));
    }

    [Theory]
    [InlineData("<h1><span class=\"font-bold block\">Hafen</span><span class=\"hidden\">:</span> <span>Brücke öffnet wieder</span></h1>", "Hafen: Brücke öffnet wieder")]
    [InlineData("<h1><span class=\"title-header\">Hafen</span><span aria-hidden=\"true\"> – </span><span>Brücke öffnet wieder</span></h1>", "Hafen – Brücke öffnet wieder")]
    [InlineData("<h1><span class=\"visually-hidden\">Video, </span>Brücke öffnet wieder</h1>", "Video: Brücke öffnet wieder")]
    [InlineData("<h1><span class=\"exclusive-tag\">EXKLUSIV:</span> Brücke öffnet wieder</h1>", "EXKLUSIV: Brücke öffnet wieder")]
    public void Hidden_parts_and_the_kicker_before_a_hidden_separator_are_no_part_of_the_headline(string h1, string declared)
    {
        // The og:title repeats the kicker, as sites do: the visible headline still leaves it out.
        var html = Page(h1, $"<meta property=\"og:title\" content=\"{declared}\">", declared);
        Assert.Equal("Brücke öffnet wieder", Headline(html));
    }

    [Theory]
    [InlineData("<h1><span style=\"display:block\">Die Brücke am Hafen</span><span style=\"display:block\">Öffnet wieder</span></h1>", "Die Brücke am Hafen Öffnet wieder", "Die Brücke am Hafen Öffnet wieder")]
    [InlineData("<h1><span class=\"live-badge\">LIVE</span>Brücke öffnet wieder</h1>", "LIVE: Brücke öffnet wieder", "Brücke öffnet wieder")]
    [InlineData("<h1>Offener Wochenthread — 14. März 2025</h1>", "Offener Wochenthread — 14. März 2025", "Offener Wochenthread — 14. März 2025")]
    public void Parts_set_apart_are_words_of_their_own_and_a_date_the_declared_title_ends_with_stays(string h1, string declared, string expected)
    {
        var html = Page(h1, $"<meta property=\"og:title\" content=\"{declared}\">", declared);
        Assert.Equal(expected, Headline(html));
    }
}
