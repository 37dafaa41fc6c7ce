using NewsKit.Models;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Greek, Hungarian and Romanian news pages: bylines joined by the language's "and", Greek bylines in the genitive beside
/// declared names, the Romanian "ora" before a time, and an offset declared beside the same moment in UTC. Pages written
/// for these tests.
/// </summary>
public sealed class ForeignPageDetailsTests
{
    [Theory]
    [InlineData("Tóth Gábor és Nagy Anna", new[] { "Tóth Gábor", "Nagy Anna" })]
    [InlineData("Vlad Ionescu și Mihai Dobre", new[] { "Vlad Ionescu", "Mihai Dobre" })]
    [InlineData("Της Χριστίνας Ιωάννου και του Ανδρέα Χαραλάμπους", new[] { "Χριστίνας Ιωάννου", "Ανδρέα Χαραλάμπους" })]
    public void Two_authors_joined_by_the_languages_and_are_two_people(string byline, string[] people)
    {
        var authors = NewsKit.Metadata.BylineParser.ParseByline(byline, null, []);
        Assert.Equal(people, authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name));
    }

    [Fact]
    public void A_greek_byline_in_the_genitive_takes_the_declared_names()
    {
        var result = new ArticleParser().Parse("""
            <html lang="el"><head><meta charset="utf-8"><title>Συμφωνία για το νέο νοσοκομείο Πάφου</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Συμφωνία για το νέο νοσοκομείο Πάφου","datePublished":"2026-06-21T07:00:00Z","author":[{"@type":"Person","name":"Χριστίνα Ιωάννου"},{"@type":"Person","name":"Ανδρέας Χαραλάμπους"}]}</script></head><body>
            <h1>Συμφωνία για το νέο νοσοκομείο Πάφου</h1>
            <div class="fl-byline"><span class="fl-byline__names">Της Χριστίνας Ιωάννου και του Ανδρέα Χαραλάμπους</span> <span>Κυριακή, 21 Ιουνίου 2026, 10:00</span></div>
            <div class="fl-body"><p>Πράσινο φως για την ανέγερση του νέου Γενικού Νοσοκομείου Πάφου έδωσε το Υπουργικό Συμβούλιο, μετά από πολύμηνες διαβουλεύσεις ανάμεσα στον Οργανισμό Κρατικών Υπηρεσιών Υγείας και τις τοπικές αρχές.</p>
            <p>Το νέο νοσοκομείο θα ανεγερθεί σε κρατική γη στην περιοχή της Γεροσκήπου και θα διαθέτει 340 κλίνες, αυτόνομη ογκολογική μονάδα και ελικοδρόμιο.</p></div></body></html>
            """);
        Assert.Equal(["Χριστίνα Ιωάννου", "Ανδρέας Χαραλάμπους"], result.Article!.Authors.Select(a => a.Name));
        Assert.DoesNotContain(result.Warnings, w => w.Kind == WarningKind.SourceConflict);
    }

    private const string RomanianText =
        "<p>Parcul Feroviarilor din cartierul Iris va fi închis publicului începând de luni, 10 august, pentru lucrări de reamenajare care vor dura aproximativ douăsprezece luni, a anunțat Primăria.</p>"
        + "<p>Proiectul, în valoare de 18,5 milioane de lei, prevede refacerea aleilor, montarea unui nou sistem de iluminat și amenajarea a două locuri de joacă.</p>";

    [Theory]
    [InlineData("<div class=\"entry-meta\">7 august 2026, ora 09:30</div>")]
    [InlineData("<div class=\"entry-meta\"><time datetime=\"2026-08-07T09:30:14+03:00\">7 august 2026</time></div>")]
    public void A_utc_declaration_takes_the_offset_the_page_shows_or_declares_for_the_same_moment(string line)
    {
        var published = new ArticleParser().Parse($$"""
            <html lang="ro"><head><title>Parcul Feroviarilor se închide</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Parcul Feroviarilor se închide","datePublished":"2026-08-07T06:30:14+00:00"}</script>
            </head><body><article><h1>Parcul Feroviarilor se închide</h1>
            {{line}}
            {{RomanianText}}</article></body></html>
            """).Article!.Dateline.Published!;
        Assert.Equal(Offset.FromHours(3), published.Offset);
        Assert.Equal(new LocalDateTime(2026, 8, 7, 9, 30), published.Local!.Value.With(TimeAdjusters.TruncateToMinute));
    }

    [Theory]
    [InlineData("Feltöltve: 2026-09-22 17:48 | Rovat: Gazdaság | Olvasva: 388")]
    [InlineData("Yayın: 22.09.2026 17:48 | Kategori: Ekonomi")]
    public void A_labelled_date_followed_by_other_fields_on_its_line_is_the_publication(string line)
    {
        var published = new ArticleParser().Parse($"""
            <html lang="hu"><head><meta charset="utf-8"><title>T</title></head><body><h1>Megkezdődött az almaszüret a szabolcsi ültetvényeken</h1><span class="kiscim">{line}</span><p>A vármegye adja az ország almatermésének mintegy kétharmadát, így a szabolcsi szüret alakulása az egész hazai piacra hatással van. Az egyesület szerint idén országosan 650-700 ezer tonna alma teremhet.</p><p>A szüret október végéig tart. A termelők abban bíznak, hogy a téli tárolás után kedvezőbb áron tudják majd értékesíteni a termést.</p></body></html>
            """).Article!.Dateline.Published!;
        Assert.Equal(new LocalDateTime(2026, 9, 22, 17, 48), published.Local);
    }

    [Fact]
    public void Hungarian_text_without_a_declared_language_is_hungarian()
    {
        var language = new ArticleParser().Parse("""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Megkezdődött az almaszüret</title></head><body>
            <h1>Megkezdődött az almaszüret a szabolcsi ültetvényeken</h1>
            <p>Megkezdődött az étkezési alma szüretelése Szabolcs-Szatmár-Bereg vármegye ültetvényein. A termelők idén átlagos termésre számítanak, a felvásárlási árak azonban alacsonyak.</p>
            <p>A vármegye adja az ország almatermésének mintegy kétharmadát, így a szabolcsi szüret alakulása az egész hazai piacra hatással van. Az egyesület szerint idén országosan 650-700 ezer tonna alma teremhet.</p>
            </body></html>
            """).Article!.Language;
        Assert.Equal("hu", language);
    }

    [Fact]
    public void A_story_written_as_lines_of_a_div_beside_a_list_of_titles_gives_its_language()
    {
        var language = new ArticleParser().Parse("""
            <!DOCTYPE html>
            <html>
            <body>
            <table width="1000" cellpadding="0" cellspacing="0" align="center" id="icerik">
            <tr>
            <td width="660" valign="top" class="sol">
              <div class="haber-detay">
                <h1 class="haber-baslik">Akhisar'da zeytin hasadı erken başladı</h1>
                <div class="haber-metni">
                  Akhisar'da sıcak ve kurak geçen yaz ayları, zeytin hasadının da erken başlamasına neden oldu. İlçenin Sindelli, Hacırahmanlı ve Süleymanlı mahallelerinde üreticiler, geçen yıla göre yaklaşık iki hafta önce ağaçların altına örtülerini serdi.<br /><br />
                  Akhisar Ticaret Borsası verilerine göre bu yıl ilçede 220 bin ton dane zeytin rekoltesi bekleniyor. Geçen sezon bu rakam 185 bin ton olarak gerçekleşmişti. Ancak üreticiler, verimin yüksek olmasına rağmen artan işçilik ve gübre maliyetlerinden şikayetçi.<br /><br />
                  Hacırahmanlı'da 40 dönüm zeytinliği bulunan üretici Halil Çetinkaya, günlük işçi yevmiyesinin 1.400 liraya çıktığını belirterek, "Ürün bol ama elimize geçen para aynı. Kilosu 60 liranın altında kalırsa masrafımızı çıkaramayız" dedi.<br /><br />
                  Borsa yönetimi ise ilk alımlarda çizik yeşil zeytinin kilogramının 58 ile 72 lira arasında işlem gördüğünü açıkladı. Yetkililer, ihracat talebinin güçlü olduğunu ve fiyatların önümüzdeki haftalarda yükselebileceğini ifade etti.<br /><br />
                  Hasadın kasım ayının sonuna kadar sürmesi bekleniyor. İlçe Tarım ve Orman Müdürlüğü, üreticileri ilaçlama sonrası bekleme sürelerine uymaları konusunda uyardı.
                </div>
              </div>
              <div class="benzer-haberler">
                <h3>BENZER HABERLER</h3>
                <ul>
                  <li><a href="/haber/saruhanli-da-uzum-hasadi-tamamlandi-28811.html">Saruhanlı'da üzüm hasadı tamamlandı</a> <small>05.10.2026</small></li>
                  <li><a href="/haber/soma-da-pamuk-fiyatlari-dustu-28790.html">Soma'da pamuk fiyatları üreticiyi üzdü</a> <small>03.10.2026</small></li>
                  <li><a href="/haber/kirkagac-kavunu-tescillendi-28702.html">Kırkağaç kavunu için yeni tescil adımı</a> <small>28.09.2026</small></li>
                </ul>
              </div>
            </td>
            <td width="20"></td>
            </tr>
            </table>
            <div id="alt"><p>Copyright &copy; 2011-2026 Manisa Ekspres Haber. Tüm hakları saklıdır.</p></div>
            </body>
            </html>
            """).Article!.Language;
        Assert.Equal("tr", language);
    }

    [Theory]
    [InlineData("<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خطة جديدة للنقل العام</title></head><body><article><h1>خطة جديدة للنقل العام</h1><span class=\"art-date\">الخميس 21 ربيع الأول 1448هـ - 3 سبتمبر 2026م</span><div class=\"body\"><p>أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة النقل العام في المدينة، تشمل إضافة خطوط حافلات جديدة وتوسيع محطات المترو القائمة خلال العامين المقبلين.</p><p>وقال المتحدث باسم الوزارة إن الخطة تهدف إلى تخفيف الازدحام المروري في ساعات الذروة وتقليل الاعتماد على السيارات الخاصة، مشيراً إلى أن التمويل مؤمن بالكامل.</p></div></article></body></html>", 2026, 9, 3)]
    [InlineData("<html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>زلزله در کرمان</title></head><body><main><h1>زلزله در کرمان</h1><time>۱۲ مارس ۲۰۲۶ - ۲۱ اسفند ۱۴۰۴</time><div class=\"body\"><p>یک سال پس از زلزله‌ای که روستاهای جنوب استان کرمان را ویران کرد، صدها خانواده هنوز در چادر و کانکس زندگی می‌کنند و می‌گویند وعده‌های بازسازی عملی نشده است.</p><p>مقام‌های استانی پیش‌تر گفته بودند بازسازی واحدهای مسکونی آسیب‌دیده ظرف شش ماه به پایان می‌رسد، اما تنها حدود چهل درصد خانه‌ها بازسازی شده‌اند.</p></div></main></body></html>", 2026, 3, 12)]
    [InlineData("<html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>زلزله در کرمان</title><script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"زلزله در کرمان\",\"datePublished\":\"2026-03-12T09:10:22.000Z\"}</script></head><body><main><h1>زلزله در کرمان</h1><time dateTime=\"2026-03-12\">۱۲ مارس ۲۰۲۶ - ۲۱ اسفند ۱۴۰۴</time><div class=\"body\"><p>یک سال پس از زلزله‌ای که روستاهای جنوب استان کرمان را ویران کرد، صدها خانواده هنوز در چادر و کانکس زندگی می‌کنند و می‌گویند وعده‌های بازسازی عملی نشده است.</p><p>مقام‌های استانی پیش‌تر گفته بودند بازسازی واحدهای مسکونی آسیب‌دیده ظرف شش ماه به پایان می‌رسد، اما تنها حدود چهل درصد خانه‌ها بازسازی شده‌اند.</p></div><section><h2>خبرهای مهم</h2><div><a href=\"/persian/articles/c1zz90\">ورود هیئت تجاری چین به تهران</a><time dateTime=\"2026-03-11\">۱۱ مارس ۲۰۲۶</time></div></section></main></body></html>", 2026, 3, 12)]
    public void A_date_line_in_two_calendars_dates_the_page(string html, int year, int month, int day)
    {
        var published = new ArticleParser().Parse(html).Article!.Dateline.Published!;
        Assert.Equal(new LocalDate(year, month, day), published.Date);
    }
}
