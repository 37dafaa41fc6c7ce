using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>The copyright notice as the page shows it: its own line, its holder without addresses or separators, never a menu link or a photo credit. Pages written for these tests.</summary>
public sealed class CopyrightNoticeTests
{
    private const string Paragraph = "<p>The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables and deck.</p>";

    private static Copyright? Notice(string footer, string siteName = "Harbour Post") => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title><meta property="og:site_name" content="{siteName}"></head><body>
        <article><h1>Bridge reopens</h1>{Paragraph}{Paragraph}
          <figure><img src="/b.jpg" alt=""><figcaption>The bridge. © Jane Photographer 2026</figcaption></figure></article>
        <footer>{footer}</footer></body></html>
        """, new Uri("https://harbour-post.example/bridge")).Article?.Copyright;

    [Fact]
    public void A_notice_inside_a_long_footer_block_is_its_own_line_and_its_holder_stops_before_the_address()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""
            <div class="site-info">Harbour Post brings you the news of the coast every day, with photos, reviews and the events of the week, from the harbour to the hills and beyond.<br>
            Copyright © Harbour Media Group Ltd, Media Centre, Quay Road, Portby. PB1 2XY UK<br>
            Telephone: 01234 567890 | Company No. 1234567<br><a href="/privacy">Privacy</a></div>
            """));

        Assert.Equal("Copyright © Harbour Media Group Ltd, Media Centre, Quay Road, Portby. PB1 2XY UK", copyright.Text);
        Assert.Equal("Harbour Media Group Ltd", copyright.Holder);
    }

    [Fact]
    public void A_notice_of_parts_is_read_with_the_spaces_the_page_shows_and_the_company_period_kept()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<p>© <span><span>Harbour Media, Inc.</span></span> <span>11 Quay Street, 2nd Floor</span>, <span>Portby</span></p>"""));
        Assert.Equal("Harbour Media, Inc.", copyright.Holder);
        Assert.StartsWith("© Harbour Media, Inc. 11 Quay Street", copyright.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_menu_link_named_copyright_and_a_photo_credit_are_no_notice()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<p>copyright Harbour Post 2026 - ISSN: 1234-5678</p><ul><li><a href="/copyright">Copyright</a></li></ul>"""));
        Assert.Equal("Harbour Post", copyright.Holder);
        Assert.Equal(2026, copyright.YearFrom);

        Assert.Null(Notice("""<ul><li><a href="/about">About</a></li><li><a href="/copyright">Copyright</a></li></ul>"""));
    }

    [Fact]
    public void Links_before_the_sign_on_its_line_are_left_out()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · © 2026 Harbour Media Ltd</p>"""));
        Assert.Equal("© 2026 Harbour Media Ltd", copyright.Text);
    }

    [Fact]
    public void A_rights_statement_beside_the_site_name_gives_the_site_as_holder()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<div class="pie"><strong>Diario del Puerto</strong><span>Todos los derechos reservados</span></div>""", siteName: "Diario del Puerto"));
        Assert.Equal("Diario del Puerto", copyright.Holder);
    }
}
