using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Date lines of pages that are not newspapers' (diaries, press releases, parish and club pages): a date set as a heading
/// above or below the title, a release's reference number beside its date, a range of days, a schedule of events, and a
/// publication label after the thing published. Pages written for these tests.
/// </summary>
public sealed class DateLineKindsTests
{
    private const string Paragraph = "The box hedges of the knot garden got their autumn trim today. It took most of the afternoon with the shears and a length of string to keep the lines straight.";

    private const string German = "Ein Team der Universität hat herausgefunden, wie Alpenpflanzen ihre Zellen vor Frostschäden schützen. Die Ergebnisse sind in einer Fachzeitschrift erschienen.";

    /// <summary>A clock far from every date on the test pages: a year taken from it would show.</summary>
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    private static Timestamp? Published(string before, string after, string lang = "en", string paragraph = Paragraph) => Parser.Parse($"""
        <!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Garden diary</title></head><body>
        <main><article>{before}<h1>Box hedges finally trimmed</h1>{after}<p>{paragraph}</p><p>{paragraph}</p></article></main></body></html>
        """, new Uri("https://garden.example/diary/hedges")).Article?.Dateline.Published;

    [Theory]
    [InlineData("<h3>Sunday, 8 October 2006</h3>", "", 2006, 10, 8)]
    [InlineData("<H4>Sunday, 8 October 2006</H4>", "", 2006, 10, 8)]
    [InlineData("", "<h6 class=\"news-kicker\">News | 19.04.2023</h6>", 2023, 4, 19)]
    public void A_date_set_as_a_heading_beside_the_title_is_the_publication(string before, string after, int year, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Published(before, after));
        Assert.Equal(new LocalDate(year, month, day), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Fact]
    public void A_subheading_with_an_update_s_date_inside_the_text_is_no_dateline()
    {
        var page = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Projektarbeit</title></head><body>
            <main><article><h1>Projektarbeit im Fach Geschichte</h1><p>{German}</p><p>{German}</p>
            <h2>Update vom 3. April 2019</h2><p>{German}</p></article></main></body></html>
            """;

        Assert.Null(Parser.Parse(page, new Uri("https://schule.example/projekt")).Article!.Dateline.Published);
    }

    [Fact]
    public void A_font_size_control_at_the_end_of_a_chinese_date_line_is_no_part_of_it()
    {
        const string Chinese = "记者从市教育局获悉，今年全市计划新建、改扩建中小学和幼儿园共42所，新增公办基础教育学位约2万个，人口导入较快的区域将是建设重点。";
        var published = Assert.IsType<Timestamp>(Published("", "<div class=\"shijian\">2025年03月05日 09:20 来源：快讯网 记者：陈静 【字体：大 中 小】</div>", "zh", Chinese));
        Assert.Equal(new LocalDateTime(2025, 3, 5, 9, 20), published.Local);
    }

    [Theory]
    [InlineData("Pressemitteilung Nr. 045/2021 vom 18. März 2021", "de", 2021, 3, 18)]
    [InlineData("Press Release No. 14/2022 – 9 May 2022", "en", 2022, 5, 9)]
    [InlineData("Pressemitteilung 12/2024 vom 08.02.2024", "de", 2024, 2, 8)]
    [InlineData("Pressemitteilung 12/2024 · 08. Februar 2024", "de", 2024, 2, 8)]
    public void A_release_s_reference_number_does_not_hide_its_date(string line, string lang, int year, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Published("", $"<p>{line}</p>", lang, German));
        Assert.Equal(new LocalDate(year, month, day), published.Date);
    }

    [Theory]
    [InlineData("<h4>Wochenbericht 14. - 20. Januar 2022</h4>")]
    [InlineData("<p>Festwoche 12.–14. März 2024</p>")]
    public void The_last_day_of_a_range_is_no_publication_date(string line)
    {
        Assert.Null(Published("", line, "de", German));
    }

    [Theory]
    [InlineData("<ul><li>24 December 2025, 4 pm: Crib service for families</li><li>24 December 2025, 11 pm: Midnight Mass</li><li>25 December 2025, 10 am: Christmas Day Eucharist</li></ul>")]
    [InlineData("<ul><li>24.12.2025, 16:00: Krippenspiel</li><li>24.12.2025, 22:00: Christmette</li><li>25.12.2025, 10:00 Uhr: Festgottesdienst</li></ul>")]
    public void The_dates_of_a_schedule_under_the_title_are_the_events_not_the_page_s(string schedule)
    {
        Assert.Null(Published("", schedule));
    }

    [Fact]
    public void A_list_of_labelled_dates_still_gives_the_publication()
    {
        var published = Assert.IsType<Timestamp>(Published("", "<ul class=\"meta\"><li>Published: 5 March 2019</li><li>Updated: 7 March 2019</li></ul>"));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Fact]
    public void A_publication_label_after_the_thing_published_at_the_end_of_the_text_gives_the_date()
    {
        var published = Assert.IsType<Timestamp>(Published("", "", "fr", Paragraph + "</p><p><small>Article publié le 3 mai 2024</small>"));
        Assert.Equal(new LocalDate(2024, 5, 3), published.Date);
    }

    [Fact]
    public void A_date_in_a_wrapper_named_for_its_menu_column_that_holds_the_story_is_the_story_s()
    {
        // Italy's municipal template names the row of the menu column and the story "row-column-menu-left".
        var page = $"""
            <!doctype html><html lang="es"><head><meta charset="utf-8"><title>Obras</title></head><body>
            <h1>Comienzan las obras de la plaza mayor</h1><div class="row row-column-menu-left"><aside><a href="/a">Índice</a></aside>
            <section><article><p>{Spanish}</p><p>{Spanish}</p><p>Publicado el 15 de junio de 2023</p></article></section></div></body></html>
            """;

        var published = Assert.IsType<Timestamp>(Parser.Parse(page, new Uri("https://ayto.example/obras")).Article!.Dateline.Published);
        Assert.Equal(new LocalDate(2023, 6, 15), published.Date);
    }

    [Fact]
    public void An_agenda_item_in_a_column_before_the_story_does_not_beat_the_declared_date()
    {
        var page = $$"""
            <!doctype html><html lang="it"><head><meta charset="utf-8"><title>Laboratorio</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Inaugurato il laboratorio","datePublished":"2023-05-18T10:00:00+02:00"}</script></head><body>
            <div class="row"><div class="col-md-3"><h3>Agenda</h3><ul><li>5 giugno 2023 Open day</li></ul></div>
            <main class="col-md-9"><h1>Inaugurato il laboratorio</h1><p>{{Italian}}</p><p>{{Italian}}</p></main></div></body></html>
            """;

        var published = Assert.IsType<Timestamp>(Parser.Parse(page, new Uri("https://uni.example/news/laboratorio")).Article!.Dateline.Published);
        Assert.Equal(new LocalDate(2023, 5, 18), published.Date);
        Assert.Equal(TimestampSource.JsonLd, published.Source);
    }

    [Theory]
    [InlineData("cs", "Vyvěšeno: 14. 6. 2022", 2022, 6, 14)]
    [InlineData("pt", "Data de publicação: 22-01-2024", 2024, 1, 22)]
    public void A_publication_label_of_a_notice_board_after_the_text_gives_the_date(string lang, string line, int year, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Published("", "", lang, Paragraph + $"</p><p>{line}"));
        Assert.Equal(new LocalDate(year, month, day), published.Date);
    }

    private const string Spanish = "El ayuntamiento ha adjudicado las obras de reforma de la plaza mayor, que durarán ocho meses y costarán 1,2 millones de euros según el proyecto aprobado.";

    private const string Italian = "Il nuovo laboratorio, realizzato grazie a un finanziamento regionale, ospiterà dodici postazioni di ricerca e un'area dimostrativa aperta alle imprese del territorio.";

    [Fact]
    public void A_line_named_as_the_byline_gives_the_date_at_its_end_without_a_byline_word()
    {
        var page = """
            <!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Kiedy przycinać borówkę? - Forum Działkowców</title></head><body>
            <div class="post"><div class="postbody"><h3 class="first"><a href="#p9000">Kiedy przycinać borówkę?</a></h3>
            <p class="author"><a class="unread" href="#p9000" title="Post"><i class="icon fa-file"></i><span class="sr-only">Post</span></a> <strong><a href="./memberlist.php?u=40" class="username">ogrodnik_marek</a></strong> » pn 3 sty 2022, 18:22</p>
            <div class="content">Witam, mam na działce pięć krzewów borówki amerykańskiej, mają już po sześć lat. W zeszłym roku owoców było mniej niż wcześniej.<br>Kiedy najlepiej je przyciąć i jak mocno? Słyszałem różne opinie od sąsiadów z działek i nie wiem, komu wierzyć.</div>
            </div></div></body></html>
            """;

        var published = Assert.IsType<Timestamp>(Parser.Parse(page, new Uri("https://forum.example/viewtopic.php?t=5")).Article!.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 1, 3), published.Date);
    }

    [Theory]
    [InlineData("pt", "<div class=\"data\">12/04/2023 08h30 Atualizada em 13/04/2023 10h12</div>", 13)]
    [InlineData("it", "<p class=\"is-last-update\">12 aprile 2023 (modifica il 13 aprile 2023 | 10:12)</p>", 13)]
    [InlineData("it", "<div class=\"data\">12 aprile 2023 alle 08:30 <span class=\"agg\">aggiornato alle 10:12</span></div>", null)]
    public void A_line_with_the_publication_then_its_update_gives_the_first_as_the_publication(string lang, string line, int? modifiedDay)
    {
        var dateline = Parser.Parse($"""
            <!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Piazza</title></head><body>
            <main><article><h1>Piazza rinnovata</h1>{line}<p>{Italian}</p><p>{Italian}</p></article></main></body></html>
            """, new Uri("https://news.example/cronaca/piazza")).Article!.Dateline;
        Assert.Equal(new LocalDate(2023, 4, 12), Assert.IsType<Timestamp>(dateline.Published).Date);
        Assert.Equal(modifiedDay, dateline.Modified?.Date.Day);
    }

    [Fact]
    public void A_date_beside_the_source_on_one_line_gives_the_day_the_page_shows()
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Shortened classes amid heat</title>
            <meta property="article:published_time" content="2024-03-06T21:14:47+00:00"></head><body>
            <main><h1>Shortened classes amid extreme heat</h1><div id="art_plat"><a href="/source/philippine-daily-example">Philippine Daily Example</a> / 05:14 AM March 07, 2024</div>
            <p>{Paragraph}</p><p>{Paragraph}</p></main></body></html>
            """, new Uri("https://news.example/1914521/classes")).Article!.Dateline.Published);
        Assert.Equal(new LocalDate(2024, 3, 7), published.Date);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_date_is_no_date_line()
    {
        var published = Published("", "<div class=\"intro\">March 5, 2024 was the day the hedges were cut</div>");
        Assert.Null(published);
    }

    [Theory]
    [InlineData("<div class=\"ausgabe\">Ausgabe 05/2021 · Erscheinungstag: 04.02.2021</div>")]
    [InlineData("<div class=\"rubrik\">Lokales · Veröffentlicht am 04.02.2021</div>")]
    public void A_publication_label_after_other_words_of_the_line_gives_the_date(string line)
    {
        var published = Assert.IsType<Timestamp>(Published(line, "", "de", German));
        Assert.Equal(new LocalDate(2021, 2, 4), published.Date);
    }
}
