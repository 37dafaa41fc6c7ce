using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Boxes of other stories titled in Spanish, French and Serbian name related stories, and leave the body; a card whose link
/// lies empty over it takes its title from its heading without the kicker. Pages written for these tests.
/// </summary>
public sealed class RelatedHeadingTests
{
    [Fact]
    public void A_box_titled_mas_informacion_among_the_paragraphs_holds_related_stories()
    {
        var article = new ArticleParser().Parse("""
            <html lang="es"><head><title>Plan de carreteras | Diario</title></head><body>
            <article><h1>El Gobierno aprueba el plan de carreteras</h1><div class="a_c">
            <p>El Consejo de Ministros ha aprobado este martes un plan para renovar la red de carreteras secundarias, con una inversión de 900 millones de euros en cuatro años para las provincias con menor densidad de población.</p>
            <div class="a_ei"><div class="a_ei_t">Más información</div><article class="c"><h2 class="c_t"><a href="/espana/2026-10-02/carreteras-secundarias-abandono.html">Las carreteras secundarias, en el abandono</a></h2></article><article class="c"><h2 class="c_t"><a href="/espana/2026-06-19/mapa-de-las-carreteras.html">El mapa de las carreteras peor conservadas</a></h2></article></div>
            <p>Las comunidades autónomas deberán presentar sus proyectos antes de marzo. El ministerio calcula que las primeras obras podrán empezar en el segundo semestre del próximo año, sobre todo en Castilla y León y Aragón.</p>
            </div></article></body></html>
            """, new Uri("https://diario.example/espana/2026-11-30/plan-carreteras.html")).Article!;
        Assert.Equal(2, article.RelatedLinks.Count);
        Assert.All(article.RelatedLinks, link => Assert.Equal(RelatedLinkKind.Related, link.Kind));
    }

    [Fact]
    public void A_serbian_box_of_more_stories_after_the_article_holds_related_stories_and_is_no_body_text()
    {
        var article = new ArticleParser().Parse("""
            <!DOCTYPE html><html lang="sr-Cyrl"><body><div class="page">
            <article class="nm-feature"><header class="nm-feature__head"><h1 class="nm-feature__title">Последњи воденичар са Ибра</h1></header>
            <div class="nm-feature__body">
            <p>„Некад је у овом крају било четрнаест воденица. Људи су долазили из три општине, па чекали по два дана на ред. Спавали су овде, на џаковима, ложили ватру, причали до зоре.”</p>
            <p>Брашно самлевено на камену, објашњава, разликује се од фабричког. Камен ради полако, не загрева зрно, па брашно задржава мирис и укус.</p>
            <p>Ипак, воденица једва преживљава. Сваке друге године велика вода оштети јаз или однесе део лопатица, а поправка кошта више него што воденица заради за целу сезону.</p>
            </div></article>
            <section class="nm-more"><h2>Још репортажа</h2>
             <div class="nm-card"><a href="/reportaze/pcelari-homolja">Пчелари са Хомоља</a><span>13. август 2026. · Текст: Стефан Рајић</span></div>
             <div class="nm-card"><a href="/reportaze/skela-na-dunavu">Последња скела на Дунаву</a><span>6. август 2026. · Текст: Ивана Томић</span></div>
            </section></div></body></html>
            """, new Uri("https://rts.example/reportaze/vodenicar")).Article!;
        Assert.Equal(["Пчелари са Хомоља", "Последња скела на Дунаву"], article.RelatedLinks.Select(l => l.Title));
        Assert.All(article.RelatedLinks, link => Assert.Equal(RelatedLinkKind.Related, link.Kind));
        Assert.DoesNotContain("Хомоља", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_under_an_empty_link_takes_its_headings_title_without_the_kicker()
    {
        var links = new ArticleParser().Parse("""
            <html lang="en"><head><title>Seagrass | The Harbour</title></head><body>
            <article><h1>Seagrass meadows recovering faster than expected</h1><div class="body">
            <p>Seagrass meadows replanted off the coast of Cornwall are spreading faster than scientists had dared to hope, according to a study published on Sunday by researchers in Penryn.</p>
            <p>Britain is estimated to have lost more than 90% of its seagrass over the past century to pollution, disease, dredging and boat moorings that scour the seabed.</p>
            </div></article>
            <section><h2>More on this story</h2><ul>
            <li><div><a href="/environment/2026/jun/08/seagrass-carbon"></a><div><h3><span class="kicker">Study</span><span class="headline">Seagrass may store less carbon than thought</span></h3></div></div></li>
            <li><div><a href="/environment/2025/aug/19/eco-moorings"></a><div><h3><span class="headline">Eco-moorings bring seagrass back to Scilly</span></h3></div></div></li>
            </ul></section></body></html>
            """, new Uri("https://harbour.example/environment/2026/nov/30/seagrass")).Article!.RelatedLinks;
        Assert.Equal(["Seagrass may store less carbon than thought", "Eco-moorings bring seagrass back to Scilly"], links.Select(l => l.Title));
    }
}
