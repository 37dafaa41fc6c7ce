using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// Text a page declares for machines (a description) is read as it would show: escaped twice, with markup written into
/// it, or cut in the middle of a character reference by a shortening.
/// </summary>
public sealed class DeclaredTextTests
{
    [Theory]
    [InlineData("Docker&rsquo;s layer caching", "Docker’s layer caching")]
    [InlineData("the &#163;71.6million fee", "the £71.6million fee")]
    [InlineData("&quot;CBS This Morning&quot; released clips from Oprah&#39;s interview", "\"CBS This Morning\" released clips from Oprah's interview")]
    [InlineData("<p><strong>Die Potenziale der Digitalisierung</strong> werden selten genutzt.</p>", "Die Potenziale der Digitalisierung werden selten genutzt.")]
    [InlineData("gone beyond “get off my lawn&#8221…", "gone beyond “get off my lawn…")]
    [InlineData("Visitors came to watch <The Palace: Tale of Jang Noksu> and left reviews", "Visitors came to watch <The Palace: Tale of Jang Noksu> and left reviews")]
    [InlineData("Shares of AT&T fell 3 < 4 percent…", "Shares of AT&T fell 3 < 4 percent…")]
    [InlineData("  plain   text\n", "plain text")]
    public void Reads_as_it_would_show(string declared, string expected) =>
        Assert.Equal(expected, TextTools.CleanDeclaredText(declared));

    [Fact]
    public void A_description_escaped_twice_becomes_a_readable_standfirst()
    {
        const string paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables and its deck.";
        var html = "<!doctype html><html lang=\"en\"><head><title>Bridge reopens</title>"
            + "<meta name=\"description\" content=\"&lt;p&gt;The council&amp;rsquo;s engineers say the bridge is safe again.&lt;/p&gt;\"></head>"
            + $"<body><article><h1>Bridge reopens</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        Assert.Equal("The council’s engineers say the bridge is safe again.", new ArticleParser().Parse(html).Article?.Standfirst);
    }

    [Theory]
    [InlineData("<div class=\"page-intro__author\">von Daniel Beispiel, Petra Muster</div>")]
    [InlineData("<p class=\"intro\">By Jane Doe and John Roe</p>")]
    public void A_byline_in_the_intro_is_no_standfirst_and_the_deck_after_it_is(string byline)
    {
        const string paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables and its deck.";
        var html = "<!doctype html><html lang=\"en\"><head><title>Bridge reopens</title></head>"
            + $"<body><article><h1>Bridge reopens</h1>{byline}<p class=\"intro__subheadline\">Engineers say the cables are safe again</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        Assert.Equal("Engineers say the cables are safe again", new ArticleParser().Parse(html).Article?.Standfirst);
    }

    [Theory]
    [InlineData("5b274ebc-2e46-40d6-830e-d912e48ca7fa")]
    [InlineData("www.example-news.de")]
    [InlineData("Aktiviere die Benachrichtigungen:")]
    [InlineData("teilen tweeten mailen")]
    public void An_identifier_an_address_a_label_or_a_share_bar_is_no_standfirst(string description)
    {
        const string paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables and its deck.";
        var html = $"<!doctype html><html lang=\"en\"><head><title>Bridge reopens</title><meta name=\"description\" content=\"{description}\"></head>"
            + $"<body><article><h1>Bridge reopens</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        Assert.Null(new ArticleParser().Parse(html).Article?.Standfirst);
    }

    [Fact]
    public void A_declared_body_written_in_markup_gives_its_paragraphs_on_lines_of_their_own()
    {
        Assert.Equal("Harborline agreed to buy First Prairie.\nShareholders get 0.62 shares – a 28% premium.",
            TextTools.DeclaredBodyText("<p>Harborline agreed to buy <strong>First Prairie</strong>.</p><p>Shareholders get 0.62 shares &ndash; a 28% premium.</p>"));
        Assert.Equal("plain text\nstays", TextTools.DeclaredBodyText("plain text\nstays"));
    }

    [Fact]
    public void A_paywalled_page_whose_declared_body_is_markup_gives_the_whole_declared_text()
    {
        var paragraphs = new[]
        {
            "Harborline Financial agreed on Tuesday to acquire First Prairie Bancorp in an all-stock deal valued at about 1.1 billion dollars.",
            "First Prairie shareholders will receive 0.62 Harborline shares for each share they own, a premium of about 28 percent.",
            "The two banks overlap in 23 towns, and analysts expect a significant number of branches to close once the deal is done.",
            "The deal is expected to close in the first quarter of next year, subject to regulatory approval and a vote of shareholders.",
        };
        var declared = string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
        var html = "<!doctype html><html lang=\"en\"><head><title>Harborline to buy First Prairie</title><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harborline to buy First Prairie\",\"isAccessibleForFree\":false,\"articleBody\":\"" + declared + "\"}"
            + $"</script></head><body><article><h1>Harborline to buy First Prairie</h1><p>{paragraphs[0]}</p><div class=\"paywall\">Subscribe to read the rest.</div></article></body></html>";
        var body = new ArticleParser().Parse(html).Article!.Body;
        Assert.Equal(paragraphs, body.Blocks.Select(b => b.Text));
    }
}
