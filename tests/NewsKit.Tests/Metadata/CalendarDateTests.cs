using NewsKit.Timestamps;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A page that shows its date only in the Solar Hijri or Hijri calendar is dated in the ISO calendar, the conversion noted;
/// a numeric date is read as Solar Hijri only on a page in Persian.
/// </summary>
public sealed class CalendarDateTests
{
    private const string Story = """
        <p>شورای شهر با افزایش قیمت بلیت مترو از ابتدای ماه آینده موافقت کرد و این تصمیم پس از چند جلسه بررسی نهایی شد.</p>
        <p>به گفته مسئولان، درآمد حاصل از این افزایش صرف نوسازی واگن‌ها و بهبود زمان حرکت قطارها خواهد شد.</p>
        <p>شهروندان می‌توانند از کارت‌های اعتباری جدید برای پرداخت کرایه در همه ایستگاه‌ها استفاده کنند.</p>
        """;

    private const string EnglishStory = """
        <p>The city council approved a rise in metro fares from the start of next month after several rounds of review.</p>
        <p>Officials said the extra revenue would pay for new carriages and shorter waits between trains on every line.</p>
        <p>Passengers will be able to pay with the new contactless cards at all stations from the first day of the change.</p>
        """;

    private static Timestamp? Published(string language, string dateLine, string story = Story)
    {
        var html = $"""
            <!doctype html><html lang="{language}" dir="rtl"><head><meta charset="utf-8"><title>افزایش قیمت بلیت مترو</title></head><body>
            <article><h1>افزایش قیمت بلیت مترو</h1><div class="item-date">{dateLine}</div>{story}</article></body></html>
            """;
        return new ArticleParser().Parse(html).Article!.Dateline?.Published;
    }

    [Theory]
    [InlineData("fa", "سه‌شنبه ۱۳ آذر ۱۴۰۳ - ۱۰:۲۳", "2024-12-03")]
    [InlineData("fa", "۱۴۰۳/۰۹/۱۳ - ۱۰:۲۳", "2024-12-03")]
    [InlineData("ar", "الخميس ٩ رجب ١٤٤٦هـ", "2025-01-09")]
    public void A_date_of_another_calendar_is_converted(string language, string line, string expected)
    {
        var published = Published(language, line);
        Assert.NotNull(published);
        Assert.Equal(expected, published.Date.ToString("uuuu-MM-dd", null));
        Assert.True(published.Assumptions.HasFlag(TimestampAssumptions.CalendarConverted));
        Assert.Equal(line, published.Text);
    }

    [Fact]
    public void A_numeric_date_of_a_solar_hijri_year_on_a_page_in_another_language_gives_no_date()
    {
        Assert.Null(Published("en", "1403/09/13 - 10:23", EnglishStory));
    }
}
