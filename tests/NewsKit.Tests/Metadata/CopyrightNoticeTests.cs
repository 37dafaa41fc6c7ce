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

    [Theory]
    [InlineData("<p>Harbour Newspapers © Copyright The Harbour Corporation</p>", "The Harbour Corporation")]
    [InlineData("<p>All contents © 2026 Harbour Media Group LLC. All rights reserved.</p>", "Harbour Media Group LLC")]
    [InlineData("<p>This material may not be published or redistributed. ©2026 Harbour News Network, LLC. All rights reserved.</p>", "Harbour News Network, LLC")]
    [InlineData("<p>Director: Ann Example - Copyright © 2026 Harbour.example - Registro en trámite</p>", "Harbour.example")]
    [InlineData("<p>Copyright ⓒ 2012-2026 충청예시뉴스 All rights reserved.</p>", "충청예시뉴스")]
    public void The_holder_is_the_name_after_the_sign_not_the_words_before_it(string footer, string holder)
    {
        Assert.Equal(holder, Assert.IsType<Copyright>(Notice(footer)).Holder);
    }

    [Theory]
    [InlineData("<p>© 2026 Harbour Times, a Gannett company</p>", "Harbour Times")]
    [InlineData("<p>Copyright © 2026 Harbour Post. Harbour Post is not responsible for the content of external sites.</p>", "Harbour Post")]
    [InlineData("<p>© 2026 Harbour Post. Proudly powered by Example Press</p>", "Harbour Post")]
    [InlineData("<p>© 2026 St. Clair Times. A Big Harbour Production.</p>", "St. Clair Times")]
    [InlineData("<p>© 2026 Harbour Post powered by Example Network</p>", "Harbour Post")]
    [InlineData("<p>© 2026 The Harbour Post unless otherwise noted. All rights reserved.</p>", "The Harbour Post")]
    [InlineData("<p>The contents of this site are ©2026 Harbour Publishing Corp., a subsidiary of Example Holdings, Inc.</p>", "Harbour Publishing Corp.")]
    [InlineData("<p>© 1996–2026 harbour.example AG, Quay Road 108, 8003 Portby</p>", "harbour.example AG")]
    [InlineData("<p>© 2026 Port Pióro Sp. z o.o. Wszelkie prawa zastrzeżone.</p>", "Port Pióro Sp. z o.o.")]
    [InlineData("<p>© 2026 HARBOUR BLOG TOUS DROITS RESERVES</p>", "HARBOUR BLOG")]
    [InlineData("<p>Derechos Reservados © 2026, Puerto Hermanos, S.A. de C.V. - El uso de este sitio implica la aceptación de las condiciones</p>", "Puerto Hermanos, S.A. de C.V")]
    [InlineData("<p>© 2026 Harbour Post / All rights reserved</p>", "Harbour Post")]
    [InlineData("<p>© 2026 Nordsee Medienhaus GmbH Hafenstraße 5 26382 Wilhelmshaven Telefon 04421 12345</p>", "Nordsee Medienhaus GmbH")]
    [InlineData("<p>© 2026 Radio Norte S.L. Avenida del Puerto 14, 48001 Bilbao. Todos los derechos reservados.</p>", "Radio Norte S.L.")]
    [InlineData("<p>© 2026 Hafen Verlag GmbH + Co. KG Röntgenstraße 2, 04509 Hafenstadt</p>", "Hafen Verlag GmbH + Co. KG")]
    [InlineData("<p>Copyright © 2026 by: harbour-post.example</p>", "harbour-post.example")]
    [InlineData("<p>© Hafen-Archiv ist lizensiert unter einer Creative-Commons-Lizenz</p>", "Hafen-Archiv")]
    [InlineData("<p>© Levente Beispiel, einige Rechte vorbehalten</p>", "Levente Beispiel")]
    [InlineData("<p>site design / logo © 2026 Harbour Exchange Inc; user contributions licensed under cc by-sa</p>", "Harbour Exchange Inc")]
    public void The_holder_ends_with_its_name_not_with_the_sentence_or_credit_after_it(string footer, string holder)
    {
        Assert.Equal(holder, Assert.IsType<Copyright>(Notice(footer)).Holder);
    }

    [Fact]
    public void Pieces_of_a_line_written_without_spaces_between_elements_are_read_apart_and_leading_links_dropped()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<div class="legal"><a href="/terminos">Términos de Uso</a><b>Grupo Puerto</b><span>Todos los Derechos Reservados © </span></div>""", siteName: "Diario"));
        Assert.Equal("Grupo Puerto", copyright.Holder);
        Assert.Equal("Todos los Derechos Reservados", copyright.Statement);
    }

    [Fact]
    public void A_word_that_only_starts_with_copyright_is_no_sign()
    {
        Assert.Null(Notice("""<p class="note">Copyrighted Image. Copying not allowed.</p>"""));
    }

    [Fact]
    public void A_list_of_legal_links_after_the_word_names_no_holder()
    {
        var copyright = Notice("""<p>Copyright sowie allg. Geschäftsbedingungen Datenschutzbestimmungen Nutzungsbedingungen Cookies auf www.harbour-post.example und in den Apps des Hafenverlags</p>""");
        Assert.Null(copyright?.Holder);
    }

    [Fact]
    public void An_open_range_whose_end_a_script_writes_has_no_last_year()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<p>Copyright &copy; 2009-<script>document.write(new Date().getFullYear())</script> Harbour Medien GmbH</p>"""));
        Assert.Equal(2009, copyright.YearFrom);
        Assert.Null(copyright.YearTo);
        Assert.Equal("Harbour Medien GmbH", copyright.Holder);

        Assert.Equal(2026, Assert.IsType<Copyright>(Notice("<p>© 2026 - Harbour Post</p>")).YearTo);
    }

    [Fact]
    public void A_picture_credit_is_no_notice_beside_the_site_s_own_or_alone()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<p class="copyright">© 2026 Harbour Post Ltd. All rights reserved.</p><p class="images-note">Images © Getty Images, Shutterstock</p>"""));
        Assert.Equal("Harbour Post Ltd.", copyright.Holder);

        var credited = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title></head><body>
            <article><h1>Bridge reopens</h1>{Paragraph}{Paragraph}</article>
            <div class="inline-photo"><img src="/img/flood.jpg" alt=""><div class="img-source">© Reuters/Jane Roe</div></div>
            <div class="box"><p>Foto: © picture alliance/dpa</p></div>
            <footer><ul><li><a href="/about-us">About us</a></li><li><a href="/copyright">Copyright</a></li></ul></footer></body></html>
            """, new Uri("https://harbour-post.example/bridge")).Article!;
        Assert.Null(credited.Copyright);
    }

    [Fact]
    public void A_creative_commons_link_beside_the_notice_is_its_licence_without_rel_license()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<p>Text © 2026 The Commons Report. This work is licensed under a <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 International License</a>.</p>"""));
        Assert.Equal(new Uri("https://creativecommons.org/licenses/by-sa/4.0/"), copyright.LicenseUrl);
        Assert.Equal("The Commons Report", copyright.Holder);
    }

    [Fact]
    public void A_whole_notice_in_a_link_to_the_home_page_is_the_notice_but_a_menu_link_is_not()
    {
        var copyright = Assert.IsType<Copyright>(Notice("""<ul><li><a href="/about-us">About us</a></li></ul><div class="footer-copy"><a href="/">© 2026 Harbour City Herald Ltd</a></div>"""));
        Assert.Equal("Harbour City Herald Ltd", copyright.Holder);
        Assert.Equal(2026, copyright.YearFrom);

        Assert.Null(Notice("""<ul><li><a href="/copyright">Copyright policy</a></li></ul>"""));
    }
    [Theory]
    [InlineData("<footer>Forum software by ExampleBoard® © 2010-2024 ExampleBoard Ltd.</footer>")]
    [InlineData("<footer><p>Powered by ExampleCMS © ExampleCMS Limited</p></footer>")]
    public void A_software_vendors_credit_is_no_notice_of_the_page(string footer) => Assert.Null(Notice(footer));

    [Fact]
    public void The_pages_notice_beside_a_software_credit_is_read()
    {
        var notice = Notice("<footer><p>© 2024 Harbour Post Ltd. All rights reserved.</p><p>Powered by ExampleCMS © ExampleCMS Limited</p></footer>");
        Assert.Equal("Harbour Post Ltd.", notice?.Holder);
    }

    [Fact]
    public void A_themes_credit_after_the_sign_is_no_notice_and_the_pages_own_notice_is_read()
    {
        var notice = Notice("<p>Copyright © 2023 Harbour Post. All Rights Reserved.</p><div class=\"sub-footer\">© Example WordPress Theme by ThemeMaker</div>");
        Assert.Equal("Harbour Post", notice?.Holder);
        Assert.Equal(2023, notice?.YearFrom);
    }

    [Theory]
    [InlineData("<p class=\"copy\">© Harbour Medien GmbH &amp; Co. KG 2024</p><p class=\"copy\">Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.</p>", "Harbour Medien GmbH & Co. KG")]
    [InlineData("<p>© 2024 Harbour Post Ltd<br>All rights reserved.</p>", "Harbour Post Ltd")]
    public void A_statement_on_a_line_under_the_notice_gives_way_to_the_line_that_names_the_holder(string footer, string holder)
    {
        var notice = Notice(footer);
        Assert.Equal(holder, notice?.Holder);
        Assert.Equal(2024, notice?.YearFrom);
    }

    [Fact]
    public void A_sentence_before_the_notice_on_its_line_is_no_holder()
    {
        var notice = Notice("<div>Harbour Post is an independent local news site serving the harbour towns. Copyright © 2023. All Rights Reserved.</div>", siteName: "Harbour Post");
        Assert.Equal(2023, notice?.YearFrom);
        Assert.DoesNotContain("independent", notice?.Holder ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Copyright by HARBOUR.PL 1999-2021. Wszystkie prawa zastrzeżone.", "HARBOUR.PL")]
    [InlineData("Copyright ® Harbour S.A. 1918 - 2022", "Harbour S.A.")]
    public void Other_rights_statements_and_signs_leave_the_holder(string footer, string holder)
    {
        Assert.Equal(holder, Notice($"<p>{footer}</p>")?.Holder);
    }

    [Fact]
    public void A_licence_named_in_the_rights_meta_is_no_holder()
    {
        var copyright = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title><meta name="dc.rights" content="CC BY 4.0">
            <link rel="license" href="https://creativecommons.org/licenses/by/4.0/"></head><body>
            <article><h1>Bridge reopens</h1>{Paragraph}{Paragraph}</article></body></html>
            """).Article?.Copyright;
        Assert.Null(copyright?.Holder);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", copyright?.LicenseUrl?.ToString());
    }

    [Theory]
    [InlineData("<small>© 2026 Harbour News &amp; Media Limited or its affiliated companies. All rights reserved.</small>")]
    [InlineData("<small>© 2026 Harbour News &amp; Media Limited and its affiliates. All rights reserved.</small>")]
    public void A_holder_ends_before_its_affiliates(string footer)
    {
        Assert.Equal("Harbour News & Media Limited", Assert.IsType<Copyright>(Notice(footer)).Holder);
    }
}
