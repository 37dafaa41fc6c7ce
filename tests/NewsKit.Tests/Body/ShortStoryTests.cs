using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>
/// Short stories in markup that hides them: a theme that sets the story's text in a <c>&lt;footer&gt;</c> of its article
/// element beside a longer box of other stories, a photo gallery whose captions say more than its intro, and notices above
/// the headline in the story's own container (a notice, a ticker). Pages written for these tests.
/// </summary>
public sealed class ShortStoryTests
{
    private static readonly Uri PageUrl = new("https://news.example/2025/11/ferry");

    private static Article Parse(string lang, string title, string body)
    {
        var result = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>
            """, PageUrl);
        Assert.True(result.Success, result.Reason);
        return result.Article!;
    }

    [Fact]
    public void A_story_set_in_its_article_s_footer_wins_over_a_longer_box_of_other_stories()
    {
        var article = Parse("de", "Bahnstrecke bleibt gesperrt", """
            <article><header><h1>Bahnstrecke bleibt gesperrt</h1></header>
            <footer class="story__body"><p>Die Bahnstrecke zwischen Altmühlen und Hohenfels bleibt länger gesperrt als geplant, die Züge fahren frühestens zu Ostern wieder.</p>
            <p>Bei den Bauarbeiten an der Brücke hatten Gutachter im Sommer Schäden an zwei Pfeilern festgestellt, die deutlich größer waren als erwartet.</p>
            <p>Für Pendler bedeutet das weitere Monate im Schienenersatzverkehr mit Bussen, die fast doppelt so lange brauchen.</p></footer></article>
            <section class="related"><h3>Das könnte Sie auch interessieren</h3><ul>
            <li><a href="/a"><h4>Neuer Radweg freigegeben</h4></a><p>Der vier Kilometer lange Abschnitt verbindet die Innenstadt mit dem Gewerbegebiet.</p></li>
            <li><a href="/b"><h4>Hallenbad bleibt geschlossen</h4></a><p>Bei den Arbeiten wurden Schäden an der Lüftungsanlage entdeckt.</p></li></ul></section>
            """);

        Assert.Equal(BodyPath.PageChrome, article.Body.Path);
        Assert.Contains("frühestens zu Ostern", article.Body.Text, StringComparison.Ordinal);
        Assert.Contains("fast doppelt so lange", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Radweg", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gallery_whose_captions_say_more_than_its_intro_has_its_captions_as_text()
    {
        var article = Parse("en", "In pictures: the last week of the ferry", """
            <main class="gallery"><div class="gallery__header"><h1>In pictures: the last week of the ferry</h1>
            <p class="gallery__standfirst">After 63 years, the chain ferry made its final crossing on Sunday. Our photographer spent its last week on board.</p></div>
            <div class="gallery__items">
            <figure><img src="1.jpg" alt=""><figcaption>Skipper Alan Pryce, who has worked on the ferry for 31 years, checks the chains before the first crossing of the day at 6.10am.</figcaption></figure>
            <figure><img src="2.jpg" alt=""><figcaption>Regular passengers on the Tuesday morning run, many of whom have crossed the estuary twice a day for most of their working lives.</figcaption></figure>
            <figure><img src="3.jpg" alt=""><figcaption>The final crossing on Sunday evening, watched by about 400 people from both banks of the estuary.</figcaption></figure>
            </div></main>
            """);

        Assert.Equal(BodyPath.Captions, article.Body.Path);
        Assert.Contains("checks the chains", article.Body.Text, StringComparison.Ordinal);
        Assert.Contains("from both banks of the estuary", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_with_more_text_than_its_pictures_captions_keeps_captions_as_captions()
    {
        const string Paragraph = "The chain ferry made its final crossing on Sunday after 63 years, watched by hundreds of people on both banks, and the council said the new bridge would open in the spring.";
        var article = Parse("en", "Ferry makes final crossing", $"""
            <article><h1>Ferry makes final crossing</h1><p>{Paragraph}</p><p>{Paragraph}</p>
            <figure><img src="1.jpg" alt=""><figcaption>The skipper checks the chains.</figcaption></figure>
            <figure><img src="2.jpg" alt=""><figcaption>Passengers on the last run.</figcaption></figure><p>{Paragraph}</p></article>
            """);

        Assert.Equal(BodyPath.Scored, article.Body.Path);
        Assert.DoesNotContain("The skipper checks the chains", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_and_a_ticker_above_the_headline_in_the_story_s_container_are_no_body_text()
    {
        var article = Parse("fr", "Le marché de Noël ouvre samedi", """
            <div class="notice"><span>Chers lecteurs, en raison d'une maintenance, notre service client ne sera joignable lundi que jusqu'à 14 heures.</span></div>
            <div class="ticker">+++ Le tramway prolongé jusqu'à la gare d'ici 2028 +++ Un nouveau marché bio place des Halles +++</div>
            <article class="node"><h1>Le marché de Noël ouvre samedi</h1><div class="field--name-body"><p>Le marché de Noël de Valcourt ouvrira ses portes samedi à 10 heures sur la place de l'Hôtel-de-Ville.</p>
            <p>Il restera ouvert tous les jours jusqu'au 24 décembre.</p></div></article>
            """);

        Assert.StartsWith("Le marché de Noël de Valcourt", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("maintenance", article.Body.Text, StringComparison.Ordinal);
    }
}
