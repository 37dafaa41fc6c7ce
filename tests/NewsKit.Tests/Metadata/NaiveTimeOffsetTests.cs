using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A time declared without an offset ("2024-11-05T00:50:00") takes its instant from another source that states the same
/// moment: a declared value in UTC (the offset between them is the page's), or a shown time with its zone at the same wall
/// time ("18:40 GMT"). A value in an offset other than UTC that shows another wall time disagrees and is not merged.
/// Pages written for these tests.
/// </summary>
public sealed class NaiveTimeOffsetTests
{
    private const string Paragraph = "The regional council approved the new timetable for the ferry service after a long debate about winter crossings.";

    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)) });

    private static Dateline Dateline(string head, string byline) => Parser.Parse($$"""
        <!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ferry timetable approved</title>{{head}}</head>
        <body><article><h1>Ferry timetable approved</h1>{{byline}}<p>{{Paragraph}}</p><p>{{Paragraph}}</p><p>{{Paragraph}}</p></article></body></html>
        """).Article!.Dateline;

    private static string JsonLd(string published, string modified = "") =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable approved","datePublished":"{{published}}"{{(modified.Length > 0 ? $",\"dateModified\":\"{modified}\"" : string.Empty)}}}</script>""";

    [Fact]
    public void A_naive_declared_time_beside_the_same_moment_in_UTC_takes_its_instant_and_the_offset_between_them()
    {
        var dateline = Dateline(
            JsonLd("2024-11-05T00:50:00", "2024-11-05T07:12:00")
            + """<meta property="article:published_time" content="2024-11-04T23:50:00+00:00"><meta property="article:modified_time" content="2024-11-05T06:12:00+00:00">""",
            string.Empty);

        var published = dateline.Published!;
        Assert.Equal(Instant.FromUtc(2024, 11, 4, 23, 50), published.Instant);
        Assert.Equal(Offset.FromHours(1), published.Offset);
        Assert.Equal(new LocalDate(2024, 11, 5), published.Date);
        Assert.Equal(Instant.FromUtc(2024, 11, 5, 6, 12), dateline.Modified!.Instant);
        Assert.Equal(Offset.FromHours(1), dateline.Modified!.Offset);
    }

    [Fact]
    public void A_naive_declared_time_takes_the_zone_of_the_same_wall_time_shown_on_the_page()
    {
        var published = Dateline(JsonLd("2024-02-13T18:40:12"), """<p class="dateline">Tuesday 13 February 2024 18:40 GMT</p>""").Published!;

        Assert.Equal(Instant.FromUtc(2024, 2, 13, 18, 40, 12), published.Instant);
        Assert.Equal(Offset.Zero, published.Offset);
        Assert.Equal(TimestampPrecision.Second, published.Precision);
    }

    [Fact]
    public void A_naive_declared_time_is_not_moved_by_a_value_that_states_another_offset()
    {
        // "+01:00" is the page's own statement; a naive time an hour later is another reading, not the same moment.
        var published = Dateline(
            JsonLd("2019-12-09 20:00:49") + """<meta property="article:published_time" content="2019-12-09T19:00:49+01:00">""",
            string.Empty).Published!;

        Assert.NotEqual(Offset.FromHours(2), published.Offset);
    }

    [Fact]
    public void An_update_shown_with_its_own_offset_keeps_it_after_the_clocks_go_back()
    {
        var dateline = Dateline(
            """<meta property="article:published_time" content="2025-10-25T22:40:03.000Z"><meta property="article:modified_time" content="2025-10-26T09:05:51.000Z">""",
            """<p class="meta">Sat 25 Oct 2025 23.40 BST</p><p class="meta">Last modified on Sun 26 Oct 2025 09.05 GMT</p>""");

        Assert.Equal(Offset.FromHours(1), dateline.Published!.Offset);
        Assert.Equal(new LocalDateTime(2025, 10, 25, 23, 40, 3), dateline.Published!.Local);
        Assert.Equal(Offset.Zero, dateline.Modified!.Offset);
        Assert.Equal(new LocalDateTime(2025, 10, 26, 9, 5, 51), dateline.Modified!.Local);
    }
}
