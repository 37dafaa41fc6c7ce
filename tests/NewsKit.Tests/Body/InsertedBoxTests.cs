namespace NewsKit.Tests.Body;

/// <summary>
/// Small boxes set between the article's paragraphs that are none of its text, whatever their names: a box that ends with
/// a call to action of its own, a box that opens with an ad's label. A fact box without one, and a paragraph written as a
/// div that ends with a link, stay. Pages written for these tests.
/// </summary>
public sealed class InsertedBoxTests
{
    private const string First = "The harbour authority will rent electric tugs by the month to smaller ports that cannot afford to buy a whole fleet of them.";
    private const string Second = "That plan has now won a grant of twelve million euros from the regional government, the authority said on Tuesday afternoon.";
    private const string Third = "The first four tugs will start work in the spring, and the authority hopes to have twenty of them in service by next winter.";

    private static string Body(string box) =>
        new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ports to rent electric tugs</title></head><body>
            <article><h1>Ports to rent electric tugs</h1><div class="x1">
            <p>{First}</p>{box}<p>{Second}</p><p>{Third}</p></div></article></body></html>
            """, new Uri("https://news.example/2025/12/tugs")).Article!.Body.Text;

    [Theory]
    [InlineData("""<div class="q9"><div class="q8"><p class="q7">Harbour event</p><h4 class="q6">Join 2,000 port leaders at the Maritime Summit 2026</h4><p class="q5">Rotterdam | May 13-15, 2026</p><a class="q4" href="/events/summit">REGISTER NOW</a></div></div>""", "Maritime Summit")]
    [InlineData("""<div class="q3"><span class="q2">Tugline AG</span> <span class="q1">21,34 EUR</span> <span class="q0">-4,12 %</span> <a href="/stocks/tugline">View share</a></div>""", "21,34 EUR")]
    [InlineData("""<div class="w1"><span class="w2">Advertisement</span><div class="w3">Now on sale: a power station with 2,048 Wh at the best price</div></div>""", "power station")]
    public void A_box_that_ends_with_its_own_call_to_action_or_opens_with_an_ad_label_leaves_the_body(string box, string boxText)
    {
        var body = Body(box);
        Assert.DoesNotContain(boxText, body, StringComparison.Ordinal);
        Assert.Contains(Second, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<div class="encadre"><span class="label">LIRE AUSSI</span><a href="/zfe"><strong>Low-emission zone: a year on, what has changed?</strong></a><p>Since the zone was extended to private cars, traffic in the centre has fallen by eight per cent.</p></div>""", "traffic in the centre")]
    [InlineData("""<div class="x7"><div>Read also:</div><a href="/2025/11/ferries">Ferry fares to rise in the new year</a></div>""", "Ferry fares")]
    public void A_box_that_opens_with_a_reading_label_and_links_another_story_leaves_the_body(string box, string boxText)
    {
        var body = Body(box);
        Assert.DoesNotContain(boxText, body, StringComparison.Ordinal);
        Assert.Contains(Second, body, StringComparison.Ordinal);
        Assert.Contains(Third, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<div class="f1"><h4>Facts</h4><ul><li>Four tugs in the spring</li><li>Twenty by next winter</li></ul></div>""", "Twenty by next winter")]
    [InlineData("""<div class="p1">The full report on the plan was published by the authority on Monday. <a href="/report.pdf">Read it here</a></div>""", "Read it here")]
    public void A_fact_box_and_a_paragraph_that_ends_with_a_link_stay(string box, string boxText)
    {
        Assert.Contains(boxText, Body(box), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Haberin Devamı</p>", "Haberin Devamı")]
    [InlineData("<div class=\"ad-label\">Reklam</div>", "Reklam")]
    [InlineData("<p>Story continues below advertisement</p>", "Story continues")]
    public void An_ad_slots_label_between_paragraphs_leaves_the_body(string label, string text)
    {
        var body = Body(label);
        Assert.DoesNotContain(text, body, StringComparison.Ordinal);
        Assert.Contains(Second, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    public void A_box_with_its_own_call_to_action_between_the_parts_of_a_split_story_leaves_the_body_and_the_story_goes_on(string paragraph)
    {
        // The story written in parts (containers of paragraphs, or of divs that are paragraphs) around a box of plain divs
        // and a link: no form, no names. The box interrupts the story; the part after it is still the story's.
        var body = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ports to rent electric tugs</title></head><body>
            <div id="r"><h1>Ports to rent electric tugs</h1><div class="a0">
            <div class="a1"><{paragraph}>{First}</{paragraph}><{paragraph}><span>{Second}</span></{paragraph}></div>
            <div class="b0"><div class="b1">The Harbour Post is free because readers like you support it</div><div class="b2">We believe everyone deserves clear news about the coast. Will you make a gift today?</div><a class="b3" href="/support">Yes, I'll give $5/month</a></div>
            <div class="a2"><div class="h">A new fleet</div><{paragraph}>{Third}</{paragraph}><{paragraph}>{First}</{paragraph}></div></div></div></body></html>
            """, new Uri("https://news.example/2025/12/tugs")).Article!.Body.Text;
        Assert.DoesNotContain("make a gift", body, StringComparison.Ordinal);
        Assert.Contains(Second, body, StringComparison.Ordinal);
        Assert.Contains(Third, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_bar_with_a_label_between_the_text_and_a_closing_note_still_ends_the_article()
    {
        var body = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ports to rent electric tugs</title></head><body>
            <article><h1>Ports to rent electric tugs</h1><div class="t1"><p>{First}</p><p>{Second}</p><p>{Third}</p></div>
            <div class="post_tags"><span>Topics:</span> <a href="/tags/ports/">ports</a> <a href="/tags/tugs/">tugs</a> <a href="/tags/energy/">energy</a></div>
            <div class="t3"><p>Dear readers, the harbour authority answers questions about the tugs at its open day in the spring, every year.</p></div>
            </article></body></html>
            """, new Uri("https://news.example/2025/12/tugs")).Article!.Body.Text;
        Assert.Contains(Third, body, StringComparison.Ordinal);
        Assert.DoesNotContain("open day in the spring", body, StringComparison.Ordinal);
    }
}
