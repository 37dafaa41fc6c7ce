using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Bylines found by their markup: a class in the site's language ("muhabir", "cikk-szerzo"), a meta line set in an
/// <c>aside</c> or named with a word of another region ("bylineComments", "art_header_footer") right under the headline; an editor's credit line beside the writer's and the place set beside a byline in
/// an element of its own name no author; a link to the authors' own tag page names its author. Pages written for these tests.
/// </summary>
public sealed class BylineMarkupTests
{
    private const string Paragraph = "The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.";

    private static Article Parse(string header, string lang = "en") => new ArticleParser().Parse($"""
        <!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Ferry pier to close | Harbour News</title></head><body>
        <header><a href="/">Harbour News</a></header>
        <main><h1>Ferry pier to close after ninety years</h1>{header}<div class="body"><p>{Paragraph}</p><p>{Paragraph}</p></div></main></body></html>
        """, new Uri("https://news.example/local/ferry-pier")).Article!;

    [Fact]
    public void A_share_bar_in_the_headers_footer_does_not_void_its_byline()
    {
        // The byline, the date and three share buttons in a footer named so under the headline.
        var header = "<div class=\"new-footer\"><div class=\"authors\"><div class=\"author\"><a class=\"author-name\" href=\"https://news.example/autores/marta-iglesias.html\">Marta Iglesias</a><span class=\"location\">Vigo</span></div></div>"
            + "<div class=\"dates\"><span class=\"new-date\">04/03/25 | 14:05</span></div><div class=\"share-bar\"><a href=\"https://www.facebook.com/sharer/sharer.php\">Facebook</a><a href=\"https://twitter.com/intent/tweet\">X</a><a href=\"whatsapp://send\">WhatsApp</a></div></div>";
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="es"><head><meta charset="utf-8"><title>Ferry pier to close | Harbour News</title></head><body>
            <div class="new-header"><h1 class="title">Ferry pier to close after ninety years</h1>{header}</div>
            <div class="article-body"><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>
            """, new Uri("https://news.example/local/ferry-pier")).Article!;
        Assert.Equal(["Marta Iglesias"], article.Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("tr", "<div class=\"muhabir\"><img src=\"/img/yazar/mehmet-yilmaz.jpg\" alt=\"\"> <span>Mehmet Yılmaz</span></div>", "Mehmet Yılmaz")]
    [InlineData("hu", "<div class=\"cikk-szerzo\"><span>Kovács Anna</span></div>", "Kovács Anna")]
    public void A_byline_class_in_the_sites_language_names_the_author(string lang, string header, string name)
    {
        Assert.Equal([name], Parse(header, lang).Authors.Select(a => a.Name));
    }

    [Fact]
    public void Names_linked_to_their_author_pages_in_vietnamese_are_each_an_author()
    {
        // "/tac-gia/" is Vietnamese for "/author/"; the dash between the two links joins them.
        var header = "<div class=\"detail-author\"><a href=\"/tac-gia/nguyen-van-hung.htm\">Nguyễn Văn Hùng</a> - <a href=\"/tac-gia/tran-thi-mai.htm\">Trần Thị Mai</a></div>";
        Assert.Equal(["Nguyễn Văn Hùng", "Trần Thị Mai"], Parse(header, "vi").Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_thai_reporters_label_opens_a_byline()
    {
        Assert.Equal(["ณัฐธิดา แก้วมณี"], Parse("<div>2025-03-07 09:45</div><div>ผู้สื่อข่าว: ณัฐธิดา แก้วมณี</div>", "th").Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_turkish_date_label_after_the_name_is_no_part_of_it()
    {
        var header = "<div class=\"meta-line\">\n  <span class=\"muhabir\">Haber: Mehmet Demir</span>\n  <span class=\"tarih\">Giriş: 05.11.2024 - 11:20 | Güncelleme: 05.11.2024 - 17:42</span>\n</div>";
        var article = Parse(header, "tr");
        Assert.Equal(["Mehmet Demir"], article.Authors.Select(a => a.Name));
        Assert.Equal(new NodaTime.LocalDate(2024, 11, 5), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_meta_line_in_an_aside_under_the_headline_gives_the_author_and_the_date()
    {
        var article = Parse("""
            <aside class="meta"><div class="byline"><a rel="author" href="/profile/sarah-thompson">Sarah Thompson</a> Health correspondent</div>
            <div class="dateline">Tue 11 Apr 2023 07.00 BST</div></aside>
            """);

        Assert.Equal(["Sarah Thompson"], article.Authors.Select(a => a.Name));
        Assert.Equal(new LocalDate(2023, 4, 11), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
    }

    [Theory]
    [InlineData("id", "<div class=\"credit\"><div><span>Penulis</span> <a href=\"/penulis/siti-rahma\">Siti Rahma</a></div><div><span>Editor</span> <a href=\"/editor/dimas-pratama\">Dimas Pratama</a></div></div>")]
    [InlineData("en", "<p class=\"byline\">By Siti Rahma</p><p class=\"byline-editor\">Editor: Dimas Pratama</p>")]
    public void An_editors_credit_beside_the_writers_names_no_author(string lang, string header)
    {
        Assert.Equal(["Siti Rahma"], Parse(header, lang).Authors.Select(a => a.Name));
    }

    [Fact]
    public void The_place_beside_a_desks_byline_is_no_author()
    {
        var article = Parse("<div class=\"author-card\"><div class=\"contributor-name\">Staff Correspondent</div><div class=\"author-location\"><span>Dhaka</span></div></div>");
        Assert.DoesNotContain(article.Authors, a => a.Name == "Dhaka");
    }

    [Fact]
    public void A_link_to_the_authors_tag_page_is_the_authors_name_not_a_topic()
    {
        var article = Parse("<div class=\"item__authors\"><span class=\"item__author\"><a href=\"/tag/autori/sophie-harcourt\">Sophie Harcourt</a>, <em>The Guardian</em>, Regno Unito</span></div>", "it");
        Assert.Equal(["Sophie Harcourt"], article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name));
    }

    [Theory]
    [InlineData("<div class=\"bylineComments\"><div class=\"byline\"><p class=\"bylineBody\">By <a href=\"/journalists/sarah-thompson/\">Sarah Thompson</a></p><p class=\"publishedDate\">6:00AM BST 11 Apr 2023</p></div></div>")]
    [InlineData("<div class=\"art_header_footer\"><span class=\"art_header_footer_author\"><a href=\"/home/13014\">Sarah Thompson</a></span> <span class=\"art_header_footer_date\">11.04.2023 18:02</span></div>")]
    public void A_meta_line_under_the_headline_named_with_a_comments_or_footer_word_still_gives_the_author_and_the_date(string line)
    {
        var article = Parse(line);
        Assert.Equal(["Sarah Thompson"], article.Authors.Select(a => a.Name));
        Assert.Equal(new LocalDate(2023, 4, 11), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
    }
}
