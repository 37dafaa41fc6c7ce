using NewsKit.Models;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Bulgarian and Serbian news pages: the language told from Russian by the letters, "today" and "yesterday" and dotted
/// times after "у", Serbian month names in the genitive, an update labelled before the publication, and credits for other
/// work than the writing. Pages written for these tests.
/// </summary>
public sealed class CyrillicPageTests
{
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 1, 12, 0)) });

    private const string BulgarianText =
        "<p>Десетки семейства в квартал „Младеново“ в Лом са без вода вече трети ден. Причината е авария на главния водопровод под улица „Дунавска“.</p>"
        + "<p>От ВиК дружеството обясниха, че повредата е сложна, защото тръбата е на повече от сто години и е положена на голяма дълбочина.</p>"
        + "<p>Кметът на Лом обяви, че общината ще кандидатства за средства по национална програма за подмяна на водопроводна мрежа.</p>";

    private const string SerbianText =
        "<p>Дуж Булевара ослобођења, од Железничке станице до Моста слободе, ових дана постављено је 40 нових клупа и исто толико корпи за отпатке.</p>"
        + "<p>Нове клупе израђене су од пластифицираног челика и дрвета, а свака има наслон и рукохвате, што је посебно важно старијим суграђанима.</p>";

    private static Article Page(string language, string headline, string meta, string text) => Parser.Parse($"""
        <!DOCTYPE html><html{language}><head><meta charset="utf-8"><title>{headline}</title></head><body>
        <h1>{headline}</h1>
        {meta}
        <div class="news-text">{text}</div></body></html>
        """).Article!;

    [Theory]
    [InlineData("bg", "Десетки семейства в Лом без вода от три дни", BulgarianText)]
    [InlineData("sr", "Нови Сад: на Булевару ослобођења постављено 40 нових клупа", SerbianText)]
    public void A_page_without_a_declared_language_is_told_from_russian_by_its_letters(string language, string headline, string text)
    {
        Assert.Equal(language, Page(string.Empty, headline, string.Empty, text).Language);
    }

    [Theory]
    [InlineData(" lang=\"bg\"", "<div class=\"info\"><span class=\"date\">днес, 09:30</span></div>", 2026, 12, 1, 9, 30)]
    [InlineData(" lang=\"sr\"", "<div class=\"meta\"><span class=\"date\">јуче у 14.05</span></div>", 2026, 11, 30, 14, 5)]
    [InlineData(" lang=\"sr\"", "<div class=\"meta\"><span class=\"date\">2. октобар 2026. у 21.48</span></div>", 2026, 10, 2, 21, 48)]
    [InlineData(" lang=\"sr\"", "<div class=\"meta\"><span class=\"date\">2. октобра 2026. у 21.48</span></div>", 2026, 10, 2, 21, 48)]
    [InlineData(" lang=\"sr-Latn\"", "<div class=\"meta\"><span class=\"date\">2. oktobra 2026. u 21.48</span></div>", 2026, 10, 2, 21, 48)]
    [InlineData(" lang=\"bg\"", "<div class=\"news-dates\">Обновена: 14.10.2026 21:05 &nbsp;|&nbsp; Публикувана: 14.10.2026 19:30</div>", 2026, 10, 14, 19, 30)]
    public void The_dates_bulgarian_and_serbian_pages_show_are_read(string language, string meta, int year, int month, int day, int hour, int minute)
    {
        var published = Page(language, "Нови Сад: на Булевару ослобођења постављено 40 нових клупа", meta, SerbianText).Dateline.Published!;
        Assert.Equal(new LocalDateTime(year, month, day, hour, minute), published.Local);
    }

    [Theory]
    [InlineData(" lang=\"bg\"", "<div class=\"news-credits\">Автор: Ивайло Петков<br>Оператор: Стефан Илиев</div>", "Ивайло Петков")]
    [InlineData(" lang=\"sr\"", "<div class=\"storyAuthor\">Аутор: Милица Ђурић<br>Извор: РТД</div>", "Милица Ђурић")]
    public void A_camera_operator_or_a_source_beside_the_author_is_no_author(string language, string credits, string author)
    {
        var article = Page(language, "Нови Сад: на Булевару ослобођења постављено 40 нових клупа", string.Empty, SerbianText + credits);
        Assert.Equal(author, Assert.Single(article.Authors).Name);
    }
}
