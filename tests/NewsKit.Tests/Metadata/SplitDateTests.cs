using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A date whose day, month and year a template sets in elements of their own, side by side, under class names that say
/// nothing of a date in English ("tarih-kutu", "gun", "ay", "yil"), is read as the line it shows. Pages written for these tests.
/// </summary>
public sealed class SplitDateTests
{
    [Theory]
    [InlineData("tr", "<div class=\"tarih-kutu\"><span class=\"gun\">12</span><span class=\"ay\">Şubat</span><span class=\"yil\">2023</span><span class=\"hafta-gunu\">Pazar</span></div>")]
    [InlineData("en", "<div class=\"cal\"><span>12</span> <span>Feb</span> <span>2023</span></div>")]
    public void A_date_in_pieces_before_the_headline_is_the_publication_date(string language, string pieces)
    {
        var published = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Genç basketbolcularımız finale yükseldi</title></head>
            <body><header><a href="/">Kulüp</a></header><section class="haber-sayfa"><div class="haber-ust">{pieces}<h1>Genç basketbolcularımız finale yükseldi</h1></div>
            <div class="haber-icerik"><p>U16 erkek basketbol takımımız, Kayseri'de düzenlenen Anadolu Şampiyonası yarı finalinde Samsun Gençlikspor'u 78-71 yenerek finale yükseldi.</p>
            <p>İlk yarıyı 36-41 geride kapatan gençlerimiz, üçüncü periyotta savunmadaki etkili oyunuyla farkı kapattı ve maçı kazandı.</p></div></section></body></html>
            """).Article!.Dateline.Published;
        Assert.Equal(new LocalDate(2023, 2, 12), Assert.IsType<Timestamp>(published).Date);
    }
}
