namespace NewsKit.Tests.Metadata;

/// <summary>The declared language wins; the text's own language decides only where the declaration is missing, alone and contradicted, or in another script.</summary>
public sealed class LanguageTests
{
    private const string Polish = "Rada miasta zdecydowała we wtorek, że most nad rzeką zostanie ponownie otwarty w przyszłym miesiącu, ponieważ inżynierowie zakończyli naprawy i nie ma już żadnego zagrożenia dla kierowców oraz pieszych.";
    private const string German = "Der Stadtrat hat am Dienstag beschlossen, dass die Brücke über den Fluss im nächsten Monat wieder geöffnet wird, weil die Ingenieure die Reparaturen beendet haben und es keine Gefahr mehr für die Fahrer gibt.";

    private static string? Language(string htmlLang, string head, string text) => new ArticleParser().Parse($"""
        <!doctype html><html lang="{htmlLang}"><head><meta charset="utf-8"><title>Most</title>{head}</head><body>
        <article><h1>Most</h1><p>{text}</p><p>{text}</p><p>{text}</p></article></body></html>
        """).Article?.Language;

    [Fact]
    public void A_language_two_sources_declare_stands_against_a_guess_in_the_same_script()
    {
        Assert.Equal("cs", Language("cs", "<meta property=\"og:locale\" content=\"cs_CZ\">", Polish));
    }

    [Theory]
    [InlineData("da", "Onsdag blev den nye bro over fjorden åbnet for trafik. Broen er over otte hundrede meter lang og skal aflaste den trafikerede bymidte.", "Ifølge borgmesteren kostede byggeriet over to milliarder kroner, og arbejdet har stået på i tre år. Broen blev færdig to måneder før, end det oprindeligt var planlagt.", "Bilisterne kan køre ind på den nye bro både fra motorvejen og fra havnen. På broen er der også en cykelsti, som forbinder begge sider af fjorden.")]
    public void A_language_declared_once_that_the_guess_has_no_words_for_stands(string language, string first, string second, string third)
    {
        // Danish has no function-word list of its own; its words read as Swedish.
        var html = $"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Broen</title></head><body>
            <article><h1>Broen er åben</h1><p>{first}</p><p>{second}</p><p>{third}</p></article></body></html>
            """;
        Assert.Equal(language, new ArticleParser().Parse(html).Article?.Language);
    }

    [Fact]
    public void Dutch_text_without_a_declaration_reads_as_dutch()
    {
        // "de" and "en" are function words of Turkish and Swedish too; "het", "van", "voor" are Dutch alone.
        const string dutch = "Woensdag is de nieuwe brug over de rivier geopend voor het verkeer. De brug is ruim achthonderd meter lang en moet het drukke stadscentrum ontlasten. Volgens de burgemeester kostte de bouw meer dan tweehonderd miljoen euro en duurden de werkzaamheden drie jaar.";
        var html = $"<!doctype html><html><head><meta charset=\"utf-8\"><title>Brug</title></head><body><article><h1>Nieuwe brug geopend</h1><p>{dutch}</p><p>{dutch}</p><p>{dutch}</p></article></body></html>";
        Assert.Equal("nl", new ArticleParser().Parse(html).Article?.Language);
    }

    [Fact]
    public void A_template_default_the_text_contradicts_gives_way_to_the_pages_other_declaration()
    {
        // Danish reads as Swedish to the guesser, which has no Danish words: og:locale names the language the text is in.
        const string danish = "Der har ikke været vist film i den gamle biograf på Torvet, siden biografen lukkede i efteråret 2019. Men hvis det står til borgerforeningen, kan lærredet blive tændt igen til næste år. Foreningen har nedsat en arbejdsgruppe, som skal undersøge, om det er muligt at købe bygningen og drive den med frivillige kræfter.";
        Assert.Equal("da-DK", Language("en-US", "<meta property=\"og:locale\" content=\"da_DK\">", danish));
    }

    [Fact]
    public void A_template_default_declared_once_gives_way_to_the_text()
    {
        Assert.Equal("de", Language("en", string.Empty, German));
    }

    [Theory]
    [InlineData("vi", "Ủy ban nhân dân thành phố cho biết cây cầu mới qua sông sẽ được đưa vào sử dụng trong tháng tới. Theo các kỹ sư, việc sửa chữa đã hoàn thành và không còn nguy hiểm cho người đi đường.")]
    [InlineData("tl", "Ayon sa konseho ng lungsod, bubuksan muli ang tulay sa ilog sa susunod na buwan. Natapos na ng mga inhinyero ang pagkukumpuni at hindi na ito mapanganib para sa mga motorista at naglalakad.")]
    public void Vietnamese_and_tagalog_text_without_a_declaration_read_as_themselves(string language, string text)
    {
        var html = $"<!doctype html><html><head><meta charset=\"utf-8\"><title>Cầu</title></head><body><article><h1>Cầu</h1><p>{text}</p><p>{text}</p><p>{text}</p></article></body></html>";
        Assert.Equal(language, new ArticleParser().Parse(html).Article?.Language);
    }
}
