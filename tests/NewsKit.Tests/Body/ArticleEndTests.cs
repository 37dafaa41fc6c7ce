using NewsKit.Body;

namespace NewsKit.Tests.Body;

/// <summary>A comment section's heading and a share bar's label end the article, whatever the classes are called. Pages written for these tests.</summary>
public sealed class ArticleEndTests
{
    private static readonly string[] Paragraphs =
    [
        "The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.",
        "Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.",
        "Residents who signed the petition to keep the pier open will take the matter to the council next month. They have collected more than two thousand names.",
    ];

    [Theory]
    [InlineData("12 thoughts on “Ferry pier to close”")]
    [InlineData("One Response to \"Ferry pier to close\"")]
    [InlineData("3 Comments")]
    [InlineData("Leave a Reply")]
    [InlineData("142 Antworten zu „Ferry pier to close“")]
    [InlineData("Schreibe einen Kommentar")]
    [InlineData("Teilen Sie dies mit:")]
    [InlineData("Share this:")]
    [InlineData("5 commentaires")]
    [InlineData("Was this page useful? Yes No")]
    [InlineData("War dieser Artikel hilfreich?")]
    [InlineData("Comments (3)")]
    [InlineData("Wie hilfreich war dieser Artikel?")]
    [InlineData("How helpful was this article?")]
    [InlineData("Kommentare [12]")]
    [InlineData("Diskuse (37 příspěvků)")]
    [InlineData("Comentários")]
    [InlineData("Yorumlar")]
    [InlineData("Комментарии (5)")]
    [InlineData("Leserkommentare")]
    [InlineData("Réactions")]
    [InlineData("Kommentarer")]
    [InlineData("Comentarios ( 4 )")]
    [InlineData("Responses (12)")]
    [InlineData("Forum")]
    [InlineData("Postings (24)")]
    [InlineData("Leserbriefe")]
    [InlineData("Vos réactions")]
    public void Comment_headings_and_share_labels_are_end_markers(string line)
    {
        Assert.True(ArticleEnd.IsEndMarker(line));
    }

    [Theory]
    [InlineData("3 comments from the mayor surprised the board")]
    [InlineData("The board will share this with the council.")]
    [InlineData("Comments on the plan are due by March")]
    [InlineData("Comments (see below)")]
    [InlineData("Reader comments (2 of them) were read aloud")]
    [InlineData("Responses")]
    public void Sentences_about_comments_or_sharing_are_not(string line)
    {
        Assert.False(ArticleEnd.IsEndMarker(line));
    }

    [Fact]
    public void A_comment_thread_under_a_post_with_class_names_that_say_nothing_stays_out_of_the_body()
    {
        var comments = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<div class=\"z{i}\"><b>Reader {i}</b> <span>5 March 2026 at 10:1{i}</span><p>I have taken that ferry every morning for twenty years and I will miss it terribly, comment number {i}.</p></div>"));
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            {string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}
            <h3>3 thoughts on “Ferry pier to close”</h3>{comments}</div></body></html>
            """);

        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraphs[2], text, StringComparison.Ordinal);
        Assert.DoesNotContain("comment number", text, StringComparison.Ordinal);
        Assert.DoesNotContain("thoughts on", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"msgs\">{0}</div>")]
    [InlineData("{0}")]
    public void Reader_comments_with_their_reply_controls_stay_out_of_the_body_whatever_their_names(string layout)
    {
        // Each item holds its own reply control: the thread's shape, in a container of its own or beside the story's text.
        var comments = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<div class=\"msg\"><b>Reader_{i}</b> <small>{i} hours ago</small><p>I have taken that ferry every morning for twenty years and I will miss it terribly, the pier was part of the town, comment number {i}.</p><a href=\"#\">Reply</a> <a href=\"#\">Report</a></div>"));
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            <div class="t">{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</div>
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, comments)}</div></body></html>
            """);

        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraphs[2], text, StringComparison.Ordinal);
        Assert.DoesNotContain("comment number", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_beside_its_headline_with_reply_controls_like_its_answers_is_the_pages_text()
    {
        // A community page: the question and each answer hold a reply control, and no paragraph stands outside them.
        var post = "<div class=\"post\"><div class=\"details\"><a href=\"/profile/u{0}\">user{0}</a> <span>12 janv. 2024</span></div><div class=\"message\"><p>{1}</p></div><a href=\"#\" class=\"j-reply\">Répondre</a></div>";
        string Post(int i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, post, i, Paragraphs[i]);
        var result = new ArticleParser().Parse($"""
            <html lang="fr"><head><title>Le quai ferme - Communauté</title></head><body><div class="thread-main">
            <div class="thread-header"><h1>Le quai ferme</h1></div>{Post(0)}<div class="replies"><h2>Réponses : 2</h2>{Post(1)}{Post(2)}</div></div></body></html>
            """);

        Assert.True(result.Success, result.Reason);
        Assert.Contains(Paragraphs[0], result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forums_posts_with_quote_buttons_under_an_article_stay_out_of_the_body()
    {
        var posts = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<div class=\"post bg2\"><ul class=\"post-buttons\"><li><a href=\"#\" title=\"Reply with quote\"><span>Quote</span></a></li></ul><p class=\"author\">by Reader{i}</p><div class=\"content\">The new quay will be far too small for the summer ferries, everybody on the island knows it, reply number {i}.</div></div>"));
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            <div class="t">{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</div><div class="topic">{posts}</div></div></body></html>
            """);

        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraphs[2], text, StringComparison.Ordinal);
        Assert.DoesNotContain("reply number", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forum_thread_whose_posts_are_the_page_keeps_its_first_post()
    {
        // Every post has its reply control, and the posts are all the page holds: the thread is the page's text.
        var posts = string.Concat(Paragraphs.Select((p, i) =>
            $"<div class=\"post\"><div class=\"author\">member{i}</div><div class=\"content\"><p>{p}</p></div><a href=\"#\">Reply</a></div>"));
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close - Harbour Forum</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            <div class="posts">{posts}</div></div></body></html>
            """);

        Assert.True(result.Success, result.Reason);
        Assert.Contains(Paragraphs[0], result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h2>The harbour board says repairs would have cost more than a new pier, and the ferries will keep using the north quay for good, whatever the petition says and however many sign it.</h2>", "Share this article")]
    [InlineData("<p>The harbour board says repairs would have cost more than a new pier, and the ferries will keep using the north quay for good.</p>", "Partager")]
    public void A_share_label_under_the_dek_opens_the_story_and_leaves_the_body(string dek, string label)
    {
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><main><article><div><h1>Ferry pier to close</h1>{dek}<div><span>{label}</span></div></div>
            <div><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p></div><div><p>{Paragraphs[2]}</p></div></article></main></body></html>
            """);

        var text = result.Article!.Body.Text;
        Assert.All(Paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain(label, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_label_above_the_article_cuts_nothing()
    {
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            <p>Share this:</p>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</div></body></html>
            """);

        Assert.All(Paragraphs, p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_that_is_a_link_to_another_story_ends_the_article_in_its_own_container()
    {
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            {string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}
            <h2><a href="/2026/03/12/market-moves-to-the-old-station">Market moves to the old station</a></h2>
            <p>The weekly farmers' market will move to the old railway station in April, traders said on Monday morning.</p>
            </div></body></html>
            """, new Uri("https://harbour.example/2026/03/12/ferry-pier-to-close"));

        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraphs[2], text, StringComparison.Ordinal);
        Assert.DoesNotContain("farmers' market", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_subheading_to_a_page_that_is_no_story_stays_a_section()
    {
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            {string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}
            <h2><a href="/timetables">Timetables</a></h2>
            <p>The ferries to the north quay keep their timetable until the end of the year, the board said on Tuesday.</p>
            </div></body></html>
            """, new Uri("https://harbour.example/2026/03/12/ferry-pier-to-close"));

        Assert.Contains("keep their timetable", result.Article!.Body.Text, StringComparison.Ordinal);
    }

    private static readonly string[] Teasers =
    [
        "Residents of the eastern suburbs say the bus network ignores their streets after dark.",
        "The museum reopened its natural history wing after a three-year renovation.",
        "Farmers warn that the late frost will push up the price of apples this autumn.",
        "A retired teacher has restored the lighthouse on the northern cape.",
    ];

    [Theory]
    [InlineData("You may also like", true)]
    [InlineData("More from Local News", true)]
    [InlineData("Lesen Sie auch", true)]
    [InlineData("The pier in numbers", false)]
    public void A_run_of_teasers_under_a_related_reading_heading_inside_the_article_is_not_part_of_it(string heading, bool cut)
    {
        // The box sits inside the article's own container, its headings unlinked and its class names hashed.
        var box = string.Concat(Teasers.Select((t, i) => $"<div class=\"css-9q{i}\"><h3>Other story number {i} about the town</h3><p>{t}</p></div>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier to close</title></head><body>
            <main><article><h1>Ferry pier to close</h1><div class="css-1a2b">{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</div>
            <div class="css-7k3x"><h2>{heading}</h2>{box}</div></article></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/ferry-pier"));

        Assert.True(result.Success, result.Reason);
        Assert.All(Paragraphs, p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
        Assert.Equal(!cut, result.Article!.Body.Text.Contains(Teasers[0], StringComparison.Ordinal));
    }

    [Fact]
    public void A_related_box_after_which_the_article_goes_on_does_not_end_it()
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier to close</title></head><body>
            <article><h1>Ferry pier to close</h1><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>
            <h3>Related</h3><h4>Ferry fares to rise</h4><h4>New quay opens</h4><h4>Pier petition grows</h4>
            <p>{Paragraphs[2]}</p><p>{Paragraphs[0].Replace("Tuesday", "Monday", StringComparison.Ordinal)}</p></article></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/ferry-pier"));

        Assert.True(result.Success, result.Reason);
        Assert.Contains(Paragraphs[2], result.Article!.Body.Text, StringComparison.Ordinal);
    }
}
