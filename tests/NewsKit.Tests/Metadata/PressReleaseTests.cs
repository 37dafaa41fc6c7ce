using NewsKit.Models;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Press releases and pages published from a shared account: the release's first paragraph named as its dateline is its
/// text and gives its date, a contact block ends the text only when nothing but contact details follow, a company is no
/// person, and a CMS's default account or a desk's account gives way to the writers the text names. Pages written for
/// these tests.
/// </summary>
public sealed class PressReleaseTests
{
    [Fact]
    public void A_first_paragraph_named_as_the_dateline_is_the_releases_text_and_gives_its_date()
    {
        var article = new ArticleParser().Parse("""
            <html><head><title>Harbor &amp; Pine Dental Group Opens Sixth Clinic in Boise</title></head><body>
            <h1>Harbor &amp; Pine Dental Group Opens Sixth Clinic in Boise</h1>
            <div class="article_body">
            <p class="dateline">BOISE, ID, UNITED STATES, March 5, 2026 /<a href="https://www.newswiredirect.example">NewsWire Direct</a>/ -- Harbor &amp; Pine Dental Group, a dentist-owned practice with locations across southwest Idaho, has opened its sixth clinic at 8120 W. Fairview Avenue in west Boise.</p>
            <p>The new 6,800-square-foot clinic has 14 treatment rooms, an in-house lab for same-day crowns and a dedicated pediatric area. It is open until 8 p.m. on weekdays, a first for the group.</p>
            <p>"A lot of our patients are nurses, warehouse workers and teachers who simply can't get to a dentist between eight and five," said Dr. Corinne Valdez, a founding partner of the group.</p>
            </div></body></html>
            """).Article!;
        Assert.StartsWith("BOISE, ID, UNITED STATES, March 5, 2026", article.Body.Text, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 3, 5), article.Dateline.Published!.Date);
    }

    [Fact]
    public void The_issuers_boilerplate_after_the_media_contact_stays_in_the_text()
    {
        var body = new ArticleParser().Parse("""
            <html lang="de"><head><title>Unwetterschäden 2025 auf Rekordniveau</title></head><body>
            <article class="story">
            <h1>Unwetterschäden 2025 auf Rekordniveau</h1>
            <p>Hamburg (ots) - Die Nordhafen Versicherung AG hat im vergangenen Jahr so viele Unwetterschäden reguliert wie nie zuvor in ihrer Unternehmensgeschichte. Insgesamt meldeten Kundinnen und Kunden rund 61.000 Schäden.</p>
            <p>Besonders teuer waren die Starkregenereignisse im Juni in Niedersachsen und Nordrhein-Westfalen. Allein die Unwetter vom 18. und 19. Juni verursachten Schäden von mehr als 120 Millionen Euro.</p>
            <p>Für Hausbesitzer empfiehlt die Nordhafen, Rückstauklappen regelmäßig zu prüfen und wertvolle Gegenstände nicht im Keller zu lagern.</p>
            <p>Media contact:</p>
            <p>Nordhafen Versicherung AG<br>Unternehmenskommunikation<br>Malte Riedesel<br>Telefon: 040 555 3120<br>E-Mail: presse@nordhafen.example</p>
            <p>Über die Nordhafen: Die Nordhafen Versicherung AG ist ein Sachversicherer mit Sitz in Hamburg und rund 1,2 Millionen Kundinnen und Kunden in Norddeutschland.</p>
            </article></body></html>
            """).Article!.Body;
        Assert.EndsWith("rund 1,2 Millionen Kundinnen und Kunden in Norddeutschland.", body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nordhafen Versicherung AG")]
    [InlineData("Helioforge Energy, Inc.")]
    public void A_company_named_as_the_author_is_no_person(string name)
    {
        var authors = NewsKit.Metadata.BylineParser.ParseByline(name, null, []);
        Assert.Equal(AuthorKind.Organization, Assert.Single(authors).Kind);
        Assert.DoesNotContain(new ArticleParser().Parse("""
            <html lang="de"><head><title>Unwetterschäden auf Rekordniveau</title>
            <meta name="author" content="Nordhafen Versicherung AG">
            </head><body><article><h1>Unwetterschäden auf Rekordniveau</h1><p>Hamburg (ots) - Die Nordhafen Versicherung AG hat im vergangenen Jahr so viele Unwetterschäden reguliert wie nie zuvor in ihrer Unternehmensgeschichte. Insgesamt meldeten Kundinnen und Kunden rund 61.000 Schäden.</p><p>Besonders teuer waren die Starkregenereignisse im Juni in Niedersachsen und Nordrhein-Westfalen. Allein die Unwetter vom 18. und 19. Juni verursachten Schäden von mehr als 120 Millionen Euro.</p></article></body></html>
            """).Article!.Authors, a => a.Kind == AuthorKind.Person);
    }

    [Fact]
    public void A_cms_default_account_is_no_author()
    {
        Assert.Empty(new ArticleParser().Parse("""
            <html lang="fr"><head><title>Glaciers suisses : moratoire</title></head><body>
            <div class="item-page" itemscope itemtype="https://schema.org/Article">
            <h1 itemprop="headline">Glaciers suisses : l'ONG Alpes Vivantes demande un moratoire</h1>
            <dl class="article-info"><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Écrit par : <span itemprop="name">Administrateur</span></dd><dd class="published"><time datetime="2026-08-20T09:00:00+02:00">Publication : 20 août 2026</time></dd></dl>
            <div itemprop="articleBody"><p>Alors que les glaciers suisses ont perdu cet été près de 3 % de leur volume restant, l'association Alpes Vivantes demande au Conseil fédéral et aux cantons alpins un moratoire de dix ans.</p><p>Selon les relevés publiés la semaine dernière, la fonte de 2026 est la troisième plus importante jamais mesurée. Plusieurs domaines skiables ont pourtant déposé des projets d'extension.</p></div>
            </div></body></html>
            """).Article!.Authors);
    }

    [Fact]
    public void A_desks_account_gives_way_to_the_writers_the_text_names()
    {
        var authors = new ArticleParser().Parse("""
            <html lang="es"><head><title>El Costa Brava Basket tumba al Valdeluz</title></head><body>
            <article class="post">
            <h1 class="entry-title">El Costa Brava Basket tumba al Valdeluz en un final de infarto (87-85)</h1>
            <div class="entry-meta"><time class="entry-date published" datetime="2026-03-22T21:40:12+00:00">22 marzo, 2026</time> <span class="byline">por <span class="author vcard"><a class="url fn n" href="/author/redaccion/" rel="author">redaccion</a></span></span></div>
            <div class="entry-content">
            <p><em>Por Núria Casals y Pau Ribera</em></p>
            <p>El Costa Brava Basket sigue soñando con el play-off. Los de Quim Ferrer se impusieron este domingo al Valdeluz por 87-85 en un partido que se decidió en la última posesión.</p>
            <p>El arranque fue de los visitantes, que con un parcial de 2-13 obligaron a Ferrer a pedir tiempo muerto antes del quinto minuto.</p>
            </div></article></body></html>
            """).Article!.Authors;
        Assert.Equal(["Núria Casals", "Pau Ribera"], authors.Select(a => a.Name));
    }
}
