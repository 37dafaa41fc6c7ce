using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>
/// Lines after the article's last paragraph that no element marks as furniture: dangling labels and headings, "follow us"
/// lines and subscription appeals leave the body's end; the article's own text stays. Pages written for these tests.
/// </summary>
public sealed class TrailingClutterTests
{
    private const string Paragraph1 = "The harbour bridge reopened to traffic on Monday morning, three weeks after engineers closed it for urgent repairs to its main cables, the city council said.";
    private const string Paragraph2 = "Commuters who had spent the closure on crowded ferries welcomed the news, although several said the council should have warned them earlier, and that the detour had cost them hours.";
    private const string Paragraph3 = "Engineers found corrosion on two of the four cables during a routine inspection in February, and replaced the worst sections while traffic ran on the old coast road.";

    private static IReadOnlyList<BodyBlock> Blocks(string tail) =>
        new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head><body>
            <article><h1>Harbour bridge reopens</h1><div class="text"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p>{tail}</div></article>
            </body></html>
            """, new Uri("https://news.example/2026/03/bridge")).Article!.Body.Blocks;

    [Theory]
    [InlineData("<p>To view the full story, please subscribe to The Example Times.</p><p>When you join, you get unlimited digital access to our journalism.</p><p>If you are already a subscriber, log in.</p>")]
    [InlineData("<p>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</p><p>Tu apoyo hace posible el periodismo independiente.</p>")]
    [InlineData("<p>Síguenos en Telegram, Instagram, Facebook y Twitter</p>")]
    [InlineData("<p>Подписывайтесь на наш канал в Telegram</p>")]
    [InlineData("<p>Följ oss på Facebook och Instagram</p>")]
    [InlineData("<p><strong>Apúntate aquí a la newsletter de El Ejemplo Cataluña.</strong></p>")]
    [InlineData("<p>Participe do canal do Exemplo SP no WhatsApp</p>")]
    [InlineData("<p><strong>L'Esempio è anche su WhatsApp.</strong> È sufficiente <a href=\"https://whatsapp.com/channel/x\">cliccare qui</a> per iscriversi al canale ed essere sempre aggiornati.</p>")]
    [InlineData("<p>You may also like:</p>")]
    [InlineData("<p>Watch the latest local news from the harbour and across the county in our <a href=\"https://video.example/playlist\">video playlist</a>:</p>")]
    [InlineData("<p>A version of this article appears in print on March 5, 2024, Section A, Page 18 of the New York edition with the headline: Bridge Reopens.</p>")]
    [InlineData("<p>A version of this article appears in print on March 6, 2024, Section A, Page 1 of the New York edition with the headline: Harbour Bridge Reopens After Three Weeks of Repairs to Its Cables. <a href=\"/reprints\">Order Reprints</a> | <a href=\"/paper\">Today’s Paper</a> | <a href=\"/subscribe\">Subscribe</a></p>")]
    [InlineData("<div class=\"c9\"><p>Appeared in the March 24, 2025, print edition as 'Bridge Reopens After Three Weeks'.</p></div>")]
    [InlineData("<p>Stay up to date with the latest news. Follow KT on WhatsApp Channels.</p>")]
    [InlineData("<p>Have a tip? Jane Doe may be reached at jane@news.example. Follow her on Twitter or on Facebook.</p>")]
    [InlineData("<p>Join ST's Telegram channel and get the latest breaking news delivered to you.</p>")]
    [InlineData("<p>Subscribe to Daily Example for unlimited access.</p>")]
    [InlineData("<p>This article was originally published in our “Harbours” issue.</p>")]
    [InlineData("<p>Dieser Artikel stammt aus der WOCHE Nr. 12/2024.</p>")]
    [InlineData("<p>Este reportaje se publicó en el número 2.478 de El Ejemplo Semanal.</p>")]
    [InlineData("<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>")]
    [InlineData("<div>__________________<br>Fishing since 1978. Ice sled 2.1, the best sled there is.</div>")]
    [InlineData("<h4>______________________________</h4><p>Eric Beispiel is the site's deals editor.</p>")]
    [InlineData("<p>Our Standards: <a href=\"https://wire.example/trust\">The Wire Trust Principles.</a></p>")]
    [InlineData("<p>The Example Times will soon launch Harbour Notes, a weekly newsletter on the port. Sign up here.</p>")]
    [InlineData("<p>The views expressed in this piece are the author's own and do not necessarily reflect those of The Example Times.</p>")]
    [InlineData("<h2>More information</h2>")]
    [InlineData("<h3>About the Author</h3><p>Jane Doe</p><p>Jane Doe has covered the harbour and the city council for The Example Times since 2015.</p>")]
    [InlineData("<p>Über die Autorin:</p><p>Erika Muster schreibt seit 2010 über Verkehr und Stadtplanung.</p>")]
    [InlineData("<p>Follow AP's full coverage of the harbour at https://apnews.example/hub/harbour</p>")]
    [InlineData("<p>Filed under: Harbour | Transport</p>")]
    [InlineData("<div class=\"meldungsfooter\">Dieses Thema im Programm: Beispielradio | 04.11.2025 | 06:20 Uhr</div>")]
    [InlineData("<p>Sendung: Beispiel Abendschau, 04.11.2025, 19:30 Uhr</p>")]
    [InlineData("<div class=\"c-entry__community\"><p><strong>Segui L'Esempio sul nostro canale WhatsApp</strong></p><p>Ricevi le notizie più importanti della provincia direttamente sul tuo smartphone: cronaca, viabilità ed eventi. È gratis.</p></div>")]
    [InlineData("<p>Iscriviti alla newsletter per ricevere ogni mattina le notizie del porto.</p>")]
    [InlineData("<p><strong>Got a story? Email us at <a href=\"mailto:news@news.example\">news@news.example</a> or call 0207 782 4104.</strong></p>")]
    [InlineData("<p><i>Don't miss the biggest and breaking stories by signing up to the Harbour Daily newsletter <a href=\"/newsletters\">here</a></i></p><p>Do you have a news tip? Contact our newsroom on WhatsApp.</p>")]
    [InlineData("<p>Kategorien: Verkehr, Hafen</p>")]
    [InlineData("<p>(责编：刘洋、王芳)</p>")]
    [InlineData("<p>Original-Content von: Polizeipräsidium Musterstadt, übermittelt durch news aktuell</p>")]
    [InlineData("<p>责任编辑：王芳</p>")]
    [InlineData("<p class=\"postmetadata alt\">This entry was posted on Wednesday, March 4th, 2026 at 3:21 pm and is filed under <a href=\"/c/harbour\">Harbour</a>. You can follow any responses to this entry through the RSS 2.0 feed.</p>")]
    [InlineData("<div class=\"rating\"><span>Rate this article</span><div>4.6 out of 5 (71 votes)</div><p>Thank you for your vote!</p></div>")]
    [InlineData("<div class=\"post-ratings\"><p>Did you find this article useful? Click a star to rate it.</p></div>")]
    [InlineData("<table><tr><td><font size=\"1\">ADVERTISEMENT</font></td></tr></table>")]
    [InlineData("<p>Join our WhatsApp group for breaking news and updates. Click here to join.</p>")]
    [InlineData("<p class=\"article__status\">Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés.</p>")]
    [InlineData("<p>You have 3 free articles left this month.</p>")]
    [InlineData("<p>Follow The Example Times on WhatsApp Channel to get the latest news. <a href=\"https://whatsapp.com/channel/x\">Follow now</a></p>")]
    [InlineData("<p>Get the latest updates right in your inbox. Subscribe to The Example Times' newsletters.</p>")]
    [InlineData("<div class=\"x7\"><h2 class=\"x7_t\">AN INFORMED PUBLIC<br>DECIDES BETTER.<br><strong>SUPPORT THE JOURNALISM</strong></h2><p class=\"x7_p\">Our journalism has served this city for 106 years.<br><br><strong>BECOME A MEMBER AND ENJOY EXCLUSIVE BENEFITS</strong></p><a class=\"x7_b\" href=\"https://members.news.example/\">Join</a></div>")]
    [InlineData("<h2>Unabhängiger Journalismus braucht Unterstützung</h2><p>Werden Sie Mitglied und unterstützen Sie uns.</p>")]
    [InlineData("<p>Track Latest News Live on The Example Times and get news updates from the city and around the world.</p>")]
    [InlineData("<div class=\"kg-card kg-cta-card\"><h2>Enjoyed this post?</h2><p>Subscribe to get new deep dives from the team in your inbox.</p><a href=\"#/portal/signup\">Subscribe now</a></div>")]
[InlineData("<div class=\"hirlevel-doboz\">Ne maradjon le semmiről! Iratkozzon fel a Hírpont napi hírlevelére.</div>")]
    [InlineData("<p>Nie przegap niczego. Zapisz się na nasz biuletyn.</p>")]
[InlineData("<div class=\"gate\"><h3>Subscribe to continue reading</h3><p>You have reached your limit of free articles this month.</p><p><a href=\"/subscribe\">See offers</a></p></div>")]
    public void Appeals_follow_lines_dangling_labels_post_metadata_and_rating_widgets_leave_the_end_of_the_body(string tail)
    {
        var blocks = Blocks(tail);
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Paragraph3, blocks[^1].Text);
    }

    [Theory]
    [InlineData("<p>The council said the bridge's 40,000 annual pass subscribers would get a month free, and members of the cycling club a new lane.</p>")]
    [InlineData("<h2>The mayor called the repairs a success. Nobody disagreed.</h2>")]
    [InlineData("<p>The mayor said she would follow the debate on Twitter and join the council's vote in person.</p>")]
    [InlineData("<p>Additional reporting by Jane Doe; Editing by John Roe</p>")]
    [InlineData("<p>See you there</p>")]
    [InlineData("<p>The council said customers in the new areas would be able to subscribe to speeds of up to 1 gigabit per second.</p>")]
    [InlineData("<p>Got a story about the bridge to tell, the mayor asked the crowd, before the ribbon was cut.</p>")]
    [InlineData("<p>The harbour office said 3,000 people subscribe to its newsletter, which now comes out twice a week.</p>")]
    public void A_last_line_that_only_mentions_subscribers_or_networks_or_reads_as_a_sentence_stays(string tail)
    {
        var blocks = Blocks(tail);
        Assert.Equal(4, blocks.Count);
    }

    [Theory]
    [InlineData("<p>– The repairs went faster than we feared, says the chief engineer. (©NTB)</p>", "– The repairs went faster than we feared, says the chief engineer.")]
    [InlineData("<p>The council will review the detour signs next week. (© dpa-infocom)</p>", "The council will review the detour signs next week.")]
    public void A_last_paragraph_that_ends_with_an_agency_copyright_tag_stays_without_the_tag(string tail, string kept)
    {
        Assert.Equal(kept, Blocks(tail)[^1].Text);
    }

    [Fact]
    public void A_short_photo_credit_with_a_copyright_sign_stays_out()
    {
        Assert.Equal(Paragraph3, Blocks("<p>Photo: Jane Doe (© Example Images)</p>")[^1].Text);
    }

    [Fact]
    public void A_heading_of_appeal_words_goes_with_an_appeal_only_when_nothing_else_stands_between_them()
    {
        var blocks = Blocks("<h2>Journalists at the harbour</h2><p>Reporters watched the first cars cross the bridge at dawn, and the mayor cut a ribbon.</p><p>Subscribe now for more harbour news.</p>");
        Assert.Equal(5, blocks.Count);
        Assert.Equal("Journalists at the harbour", blocks[3].Text);
    }

    [Fact]
    public void A_print_versions_footer_with_the_pages_copyright_notice_leaves_the_body()
    {
        var blocks = Blocks("<hr><p style=\"font-size:9pt\">This article was printed from The Example Times (www.news.example).<br>URL of this article: https://news.example/2026/03/bridge<br>Copyright 2026 The Example Times. All rights reserved.</p>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Paragraph3, blocks[^1].Text);
    }

    [Theory]
    [InlineData("<hr><p><em>Dana Beispiel is a former member of the harbour board and a senior fellow at the Coastal Transport Institute.</em></p>", 3)]
    [InlineData("<p>Dana Beispiel schreibt seit 2019 über Verkehr und Stadtplanung für die Zeitung.</p>", 3)]
    [InlineData("<p>Dana Beispiel said the council had kept her informed throughout the closure of the bridge.</p>", 4)]
    [InlineData("<p>Tom Muster is a former member of the harbour board and now chairs the ferry users' group.</p>", 4)]
    [InlineData("<div class=\"c9\"><img src=\"/a/dana.jpg\" alt=\"\"><div><div>Dana Beispiel</div><div>Dana covers transport and the harbour. She previously reported from Rotterdam for eight years.</div></div></div>", 3)]
    [InlineData("<p>Dana Beispiel</p><p>Dana said the council had kept her informed throughout the closure of the bridge.</p>", 5)]
    public void A_last_paragraph_that_opens_with_the_authors_name_and_a_bio_verb_is_the_authors_bio(string tail, int count)
    {
        var blocks = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head><body>
            <article><h1>Harbour bridge reopens</h1><p class="byline">By Dana Beispiel</p><div class="text"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p>{tail}</div></article>
            </body></html>
            """, new Uri("https://news.example/2026/03/bridge")).Article!.Body.Blocks;
        Assert.Equal(count, blocks.Count);
    }

    [Fact]
    public void The_authors_microdata_item_after_the_text_is_no_part_of_the_body()
    {
        var blocks = new ArticleParser().Parse("""
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Retraites : ce qui change - La Voix des Seniors</title></head><body>
            <article class="post type-post hentry"><h1 class="entry-title">Retraites : ce qui change pour vous au 1er janvier 2027</h1>
            <div class="entry-content">
            <p>Le 1er janvier 2027, plusieurs mesures de la loi de financement adoptée au printemps entreront en application. Certaines concernent uniquement les personnes proches de la retraite, d'autres touchent l'ensemble des actifs. Nous avons passé en revue les changements les plus importants, avec l'aide de deux spécialistes du droit de la protection sociale.</p>
            <p>Comme prévu par le calendrier adopté en 2023, l'âge légal de départ poursuit sa progression. Les personnes nées en 1965 pourront partir à 63 ans et trois mois, contre 63 ans pour la génération précédente. La durée d'assurance requise pour une retraite à taux plein atteint 171 trimestres.</p>
            <p><strong>Âge légal et durée d'assurance selon l'année de naissance</strong></p>
            </div>
            <div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar"><img src="https://www.lavoixdesretraites.example/wp-content/uploads/auteurs/julien-roche.jpg" width="100" height="100" alt="" itemprop="image"></div><div class="saboxplugin-authorname"><a href="https://www.lavoixdesretraites.example/author/julien-roche/" class="vcard author" rel="author"><span class="fn">Julien Roche</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>Journaliste depuis 2009, Julien suit l'actualité économique et sociale pour La Voix des Seniors.</p></div></div></div></div>
            </article>
            <footer>© 2026 La Voix des Seniors</footer></body></html>
            """).Article!.Body.Blocks;
        Assert.Equal(3, blocks.Count);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Journaliste", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p>📲 Participe do canal do Exemplo SP no WhatsApp</p>")]
    [InlineData("<p><strong>Follow us on Google News</strong></p>")]
    public void A_follow_us_line_between_the_paragraphs_leaves_the_body(string line)
    {
        var blocks = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head><body>
            <article><h1>Harbour bridge reopens</h1><div class="text"><p>{Paragraph1}</p>{line}<p>{Paragraph2}</p><p>{Paragraph3}</p></div></article>
            </body></html>
            """, new Uri("https://news.example/2026/03/bridge")).Article!.Body.Blocks;
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_press_contact_block_at_the_end_leaves_the_body()
    {
        var blocks = Blocks("<p>Kontakt:</p><p>Jane Doe<br>Telefon +49 (0)40 / 49 07 11 06<br>jane.doe@news.example</p><p>Press office of the harbour board</p>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Paragraph3, blocks[^1].Text);
    }

    [Fact]
    public void A_contact_label_without_contact_details_after_it_stays()
    {
        var blocks = Blocks("<p>Contact</p><p>The council invites residents to a meeting about the bridge in the town hall next week.</p>");
        Assert.Equal(5, blocks.Count);
    }

    [Fact]
    public void Only_one_dangling_label_goes_and_a_series_of_them_stays()
    {
        var blocks = Blocks("<p>Tips from Anna:</p><p>Tips from Ben:</p>");
        Assert.Equal(4, blocks.Count);
        Assert.Equal("Tips from Anna:", blocks[^1].Text);
    }

    [Fact]
    public void Lines_about_subscribers_between_appeals_go_with_them_and_those_before_the_first_appeal_stay()
    {
        var blocks = Blocks("<p>Our members keep this newsroom going.</p><p>To read on, please subscribe to The Example Times.</p><p>First-time subscribers also receive a welcome gift made by local artisans.</p><p>If you are already a subscriber, you can log in for immediate access to this story.</p>");
        Assert.Equal(4, blocks.Count);
        Assert.Equal("Our members keep this newsroom going.", blocks[^1].Text);
    }

    [Theory]
    [InlineData("Weiterlesen nach der Anzeige")]
    [InlineData("Artikel wird nach der Anzeige fortgesetzt")]
    [InlineData("La suite après cette publicité")]
    [InlineData("Sigue leyendo debajo")]
    [InlineData("Story continues below")]
    public void A_continue_after_the_ad_label_between_paragraphs_leaves_the_body(string label)
    {
        var blocks = Blocks($"<div data-area=\"ad_container\"><div id=\"ad-1\"></div><p>{label}</p></div><p>The council will publish the final figures for the repairs in the spring, once the contractors have sent their invoices.</p>");
        Assert.Equal(4, blocks.Count);
        Assert.DoesNotContain(blocks, b => b.Text == label);
    }

    [Theory]
    [InlineData("💡")]
    [InlineData("👏")]
    [InlineData("❤️")]
    public void A_paragraph_that_is_an_icon_alone_leaves_the_body(string icon)
    {
        var blocks = Blocks($"<div class=\"callout\"><div>{icon}</div><div>{Paragraph1}</div></div>");
        Assert.DoesNotContain(blocks, b => b.Text == icon);
        Assert.Equal(Paragraph1, blocks[^1].Text);
    }
}
