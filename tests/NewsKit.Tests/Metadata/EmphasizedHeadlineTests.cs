using NewsKit.Models;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Pages made before headings were the rule mark their headline by its look alone (<c>&lt;font size=5&gt;&lt;b&gt;</c>, a
/// "titular" span, a Joomla "contentheading" cell), and their document title is often the site's name: the headline is
/// the line set apart just before the article's text, and the date and byline beside it are read; a side menu's heading
/// is no headline. Pages written for these tests.
/// </summary>
public sealed class EmphasizedHeadlineTests
{
    private const string First = "Residents along Mill Street began pumping out basements Monday morning after the river crested two feet above flood stage late on Saturday night.";
    private const string Second = "Fire Chief Dan Whitcomb said crews evacuated eleven homes as a precaution and that nobody was injured. The volunteer department worked through the night sandbagging the low end of the street.";
    private const string Third = "The town highway garage will accept water-damaged furniture and carpets free of charge through Friday, and residents were asked to separate metal items so they can be recycled.";

    private static Article Parse(string html) => new ArticleParser().Parse(html).Article!;

    /// <summary>A table layout: the site's menu and a calendar box (with a bold title of its own and running text) in the left column.</summary>
    private static string TablePage(string story) => $"""
        <HTML><HEAD><TITLE>The Cobb Valley Gazette</TITLE></HEAD><BODY>
        <TABLE WIDTH=780><TR><TD WIDTH=160 VALIGN=TOP>
        <A HREF=/>Front Page</A><BR><A HREF=/local.html>Local News</A><BR><A HREF=/sports.html>Sports</A><BR><A HREF=/contact.html>Contact the Gazette</A><BR>
        <HR><B>Community Calendar</B><BR><FONT SIZE=1>Rotary Club breakfast on Tuesday at seven at the Elm Street Diner, and a blood drive at the fire station on Saturday.</FONT>
        </TD><TD WIDTH=610 VALIGN=TOP>{story}</TD></TR></TABLE></BODY></HTML>
        """;

    [Fact]
    public void A_bold_line_in_big_type_before_the_text_is_the_headline_and_the_date_under_it_is_read()
    {
        var article = Parse(TablePage($"""
            <FONT FACE="Times New Roman" SIZE=5><B>River Levels Drop After Weekend Flooding on Mill Street</B></FONT><BR>
            <FONT SIZE=2><I>By Harold Penney</I><BR>Monday, April 14, 2003</FONT>
            <P><FONT SIZE=2>{First}<BR><BR>{Second}<BR><BR>{Third}</FONT>
            """));

        Assert.Equal("River Levels Drop After Weekend Flooding on Mill Street", article.Headline);
        Assert.Equal(new LocalDate(2003, 4, 14), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_bold_subheading_between_paragraphs_is_not_the_headline()
    {
        var article = Parse(TablePage($"""
            <FONT SIZE=5><B>River Levels Drop After Weekend Flooding on Mill Street</B></FONT><BR>
            <P>{First}</P><P>{Second}</P><P><B>Help with the cleanup</B></P><P>{Third} {Third}</P>
            """));

        Assert.Equal("River Levels Drop After Weekend Flooding on Mill Street", article.Headline);
    }

    [Fact]
    public void The_site_name_shown_as_the_masthead_gives_way_to_the_line_above_the_text()
    {
        // The document title is the site's name, which the page also shows over its menu.
        var html = $"""
            <html><head><title>Gymnasium am Schlossberg</title></head><body><div id="wrapper">
            <div id="top"><div id="sitename">Gymnasium am Schlossberg</div></div>
            <div id="menu"><div class="menuitem"><a href="?p=0">Startseite</a></div><div class="menuitem"><a href="?p=1">Kollegium</a></div><div class="menuitem"><a href="?p=8">Kontakt</a></div></div>
            <div id="left"><div class="box"><div class="boxtitle">Hinweis zum Vertretungsplan</div><div class="boxtext">Vertretungsplan und Speiseplan finden Sie ab sofort im internen Bereich unserer Schule.</div></div></div>
            <div id="main"><div class="titulo"><b>Schüleraustausch mit unserer Partnerschule in Frankreich</b></div><div class="fecha">25.10.2005</div>
            <div class="cuerpo"><div>Zwei Wochen lang waren 24 Schülerinnen und Schüler aus Dijon zu Gast an unserem Gymnasium. Für viele war es der erste längere Aufenthalt in Deutschland.</div>
            <div>Neben dem Unterricht stand ein abwechslungsreiches Programm auf dem Plan. Die Gruppe besuchte das Rathaus, wo sie vom Bürgermeister empfangen wurde, und unternahm einen Ausflug nach Heidelberg.</div></div></div>
            </div></body></html>
            """;

        var article = Parse(html);

        Assert.Equal("Schüleraustausch mit unserer Partnerschule in Frankreich", article.Headline);
        Assert.Equal(new LocalDate(2005, 10, 25), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_title_cell_of_an_older_cms_is_the_headline_without_the_sites_name_from_the_document_title()
    {
        // Joomla 1.0: the title in an indented cell of class "contentheading", print and PDF icons beside it.
        var html = $"""
            <html><head><title>TV Grünbach 1897 e.V. - Jahreshauptversammlung des Turnvereins: Vorstand bestätigt</title></head><body>
            <ul id="mainlevel-nav"><li><a href="index.php">Startseite</a></li><li><a href="index.php?option=com_contact">Kontakt</a></li></ul>
            <table class="contentpaneopen"><tr><td class="contentheading" width="100%">
            					Jahreshauptversammlung des Turnvereins: Vorstand bestätigt									</td>
            <td class="buttonheading"><a href="index2.php?option=com_content&amp;do_pdf=1&amp;id=41"><img src="/images/pdf_button.png" alt="PDF"></a></td></tr></table>
            <table class="contentpaneopen"><tr><td><span class="small">Geschrieben von Klaus Brenner</span></td></tr>
            <tr><td class="createdate">Sonntag, 21. März 2004</td></tr>
            <tr><td><p>Zur diesjährigen Jahreshauptversammlung des TV Grünbach konnte der Vorsitzende am Freitagabend 86 Mitglieder im Vereinsheim begrüßen.</p>
            <p>In seinem Rückblick hob er besonders die erfolgreiche Saison der Handballdamen hervor, die den Aufstieg in die Bezirksliga geschafft haben. Auch die neue Gymnastikgruppe erfreue sich großer Beliebtheit.</p></td></tr></table>
            </body></html>
            """;

        var article = Parse(html);

        Assert.Equal("Jahreshauptversammlung des Turnvereins: Vorstand bestätigt", article.Headline);
        Assert.Equal(ValueSource.VisibleText, article.Sources[ArticleField.Headline]);
        Assert.Equal(new LocalDate(2004, 3, 21), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_bold_word_inside_a_sentence_is_no_headline()
    {
        var article = Parse(TablePage($"<P><B>Flood warning lifted</B> for the county, officials said. {First}</P><P>{Second}</P><P>{Third}</P>"));

        Assert.Equal("The Cobb Valley Gazette", article.Headline);
    }

    [Fact]
    public void A_description_that_repeats_the_document_title_is_no_standfirst()
    {
        var html = TablePage($"<FONT SIZE=5><B>River Levels Drop After Weekend Flooding on Mill Street</B></FONT><P>{First}</P><P>{Second}</P><P>{Third}</P>")
            .Replace("</TITLE>", "</TITLE><META NAME=description CONTENT=\"The Cobb Valley Gazette\">", StringComparison.Ordinal);

        var article = Parse(html);

        Assert.Equal("River Levels Drop After Weekend Flooding on Mill Street", article.Headline);
        Assert.Null(article.Standfirst);
    }

    [Fact]
    public void A_byline_with_the_writers_role_on_a_line_of_its_own_names_the_writer_alone()
    {
        var article = Parse(TablePage($"""
            <FONT SIZE=5><B>River Levels Drop After Weekend Flooding on Mill Street</B></FONT><BR>
            <FONT SIZE=2><I>By Harold Penney<BR>Gazette Staff Writer</I></FONT>
            <P>{First}</P><P>{Second}</P><P>{Third}</P>
            """));

        Assert.Equal(["Harold Penney"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_side_menus_heading_that_names_a_part_of_the_title_is_not_the_headline()
    {
        var html = $"""
            <html><head><title>Ridgemont University :: Department of Computer Science :: News</title></head><body>
            <div id="leftnav"><h3>Department of Computer Science</h3><ul><li><a href="/faculty">Faculty</a></li><li><a href="/research">Research</a></li><li><a href="/news">News</a></li></ul></div>
            <div id="content"><h2>Computer Science Students Win Regional Programming Contest</h2><div class="date">Posted: 11/14/2005</div>
            <p>{First}</p><p>{Second}</p><p>{Third}</p></div></body></html>
            """;

        var article = Parse(html);

        Assert.Equal("Computer Science Students Win Regional Programming Contest", article.Headline);
        Assert.Equal(new LocalDate(2005, 11, 14), article.Dateline.Published?.Date);
    }

    [Theory]
    [InlineData("<h3 class=\"catbg\"><span id=\"author\">Author</span>Topic: SWR jumps on 40m when it rains &nbsp;(Read 1585 times)</h3>")]
    [InlineData("<h1>Thema: <span class=\"threadtitle\">SWR jumps on 40m when it rains</span></h1>")]
    public void A_forums_label_and_counter_around_the_threads_title_are_no_part_of_the_headline(string heading)
    {
        var html = $"<html><head><title>SWR jumps on 40m when it rains</title></head><body><div id=\"forumposts\">{heading}"
            + $"<div class=\"post\"><p>{First}</p><p>{Second}</p></div></div></body></html>";

        Assert.Equal("SWR jumps on 40m when it rains", Parse(html).Headline);
    }

    [Fact]
    public void A_bold_byline_under_the_headline_is_not_the_headline_and_a_mail_link_in_it_ends_nothing()
    {
        var article = Parse(TablePage($"""
            <FONT SIZE=5><B>River Levels Drop After Weekend Flooding on Mill Street</B></FONT><BR>
            <FONT SIZE=2><B>By Harold Penney</B><BR>Gazette Staff Writer</FONT><BR>
            <FONT SIZE=1>By <A HREF="mailto:hp@gazette.example">Harold Penney</A>, Monday, April 14, 2003</FONT>
            <P><FONT SIZE=2>{First}<BR><BR>{Second}<BR><BR>{Third}</FONT>
            """));

        Assert.Equal("River Levels Drop After Weekend Flooding on Mill Street", article.Headline);
        Assert.Equal(new LocalDate(2003, 4, 14), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_title_cell_above_a_deck_row_in_the_same_table_is_the_headline()
    {
        var article = Parse(TablePage($"""
            <TABLE WIDTH="100%"><TR><TD CLASS="titulo">River Levels Drop After Weekend Flooding on Mill Street</TD></TR>
            <TR><TD CLASS="bajada">Eleven homes were evacuated as a precaution and the highway garage takes damaged furniture free of charge this week.</TD></TR>
            <TR><TD>Monday, April 14, 2003</TD></TR>
            <TR><TD><P>{First}</P><P>{Second}</P><P>{Third}</P></TD></TR></TABLE>
            """));

        Assert.Equal("River Levels Drop After Weekend Flooding on Mill Street", article.Headline);
        Assert.Equal(new LocalDate(2003, 4, 14), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_bold_title_in_a_dense_script_before_short_paragraphs_is_the_headline()
    {
        var article = Parse("""
            <html lang="ja"><head><meta charset="utf-8"><title>みなと新報ニュース</title></head><body><table><tr><td>
            <table><tr><td><font size="4"><b>市議会、新図書館建設案を可決</b></font></td></tr>
            <tr><td align="right"><font size="2">2004年5月12日(水) 18時05分</font></td></tr>
            <tr><td><font size="3">　みなと市議会は１２日の臨時会で、老朽化した市立図書館を駅南地区に移転・新築する議案を賛成多数で可決した。総事業費は約２８億円で、２００７年春の開館を目指す。新しい図書館には学習室や子ども向けの読書スペースも設けられる。<br><br>
            　現在の図書館は１９６８年に建設され、耐震基準を満たしていないことが昨年の調査で判明した。蔵書数も約３２万冊と収容能力の限界に達している。<br><br></font></td></tr></table>
            </td><td><a href="/">ホーム</a><br><a href="/news/">地域</a></td></tr></table></body></html>
            """);

        Assert.Equal("市議会、新図書館建設案を可決", article.Headline);
        Assert.Equal(new LocalDate(2004, 5, 12), article.Dateline.Published?.Date);
    }
}
