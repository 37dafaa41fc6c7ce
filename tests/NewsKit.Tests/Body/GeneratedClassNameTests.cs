namespace NewsKit.Tests.Body;

/// <summary>
/// Pages whose class names are generated hashes (styled-components, CSS modules): a hash that happens to hold "Ad" between
/// its capitals is no advert, and the block it names stays in the body. Pages written for these tests.
/// </summary>
public sealed class GeneratedClassNameTests
{
    [Fact]
    public void A_paragraph_whose_styled_components_hash_holds_ad_stays()
    {
        var body = new ArticleParser().Parse("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry service restored | North Coast Herald</title></head>
            <body><div id="__next"><main><h1 class="sc-hKMtZM kqWzAb">Ferry service to Orcas Point restored</h1>
            <div class="sc-bczRLJ fQOaUd">
            <p class="sc-AdWApG ETHYCd">Ferry service between Harlan Landing and Orcas Point resumed Saturday morning, ending a three-week outage that left island residents relying on a water taxi.</p>
            <p class="sc-gsnTZi jRkgWe">The ferry had been out of service since Nov. 7, when an inspection found corrosion in a section of its car deck. Repairs took longer than expected.</p>
            <p class="sc-gsnTZi jRkgWe">County commissioners have asked the state ferry authority to find a backup vessel for future outages, a spokesman for the authority said.</p>
            </div></main></div></body></html>
            """, new Uri("https://herald.example/news/ferry-restored")).Article!.Body;

        Assert.StartsWith("Ferry service between Harlan Landing", body.Text, StringComparison.Ordinal);
        Assert.Contains("County commissioners", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subheading_whose_css_module_hash_holds_ad_stays()
    {
        var body = new ArticleParser().Parse("""
            <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>La sequía cierra dos almazaras | La Crónica del Sur</title></head>
            <body><div id="__next"><main><h1 class="Headline_title__Xk2pQ">La sequía obliga a cerrar dos almazaras</h1>
            <div class="ArticleBody_main__F1qjc">
            <p class="Paragraph_text__SQOK4">Las almazaras de Villaluenga y Cerro Alto no abrirán esta campaña. La falta de lluvia ha dejado los olivares con una producción muy escasa.</p>
            <h2 class="Heading_sub__aDSl1">Jornaleros sin campaña</h2>
            <p class="Paragraph_text__SQOK4">El cierre afecta también a los jornaleros que cada invierno trabajaban en la recogida y en las almazaras de la comarca.</p>
            <p class="Paragraph_text__SQOK4">Los sindicatos han pedido a la Junta que rebaje el requisito de peonadas del subsidio agrario este año.</p>
            </div></main></div></body></html>
            """, new Uri("https://cronicadelsur.example/2026/11/almazaras")).Article!.Body;

        Assert.Contains(body.Blocks, b => b.Text == "Jornaleros sin campaña");
        Assert.Contains("Los sindicatos", body.Text, StringComparison.Ordinal);
    }
}
