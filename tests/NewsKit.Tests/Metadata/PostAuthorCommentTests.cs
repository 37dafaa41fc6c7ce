namespace NewsKit.Tests.Metadata;

/// <summary>
/// A WordPress post that shows no byline: the comment its author wrote (class <c>bypostauthor</c>) names them, by the
/// name in the comment's header; other readers' comments name nobody, and a byline wins. Pages written for these tests.
/// </summary>
public sealed class PostAuthorCommentTests
{
    private const string Post = "<div class=\"post\"><h2>Ins neue Jahr</h2><div class=\"entry\">"
        + "<p>Das Jahr hat begonnen und ich habe mir vorgenommen, wieder mehr zu schreiben und die Texte, die noch liegen, fertig zu machen, bevor die Veranstaltungen beginnen.</p>"
        + "<p>Dann fahren wir nach Wien, ich räume die Weihnachtsdekoration weg, mache zwei Praxistage und warte auf das neue Buch aus der Druckerei.</p></div></div>";

    private static string Comment(string classes, string name, string text) =>
        $"<li class=\"comment byuser {classes} depth-1\"><div class=\"comment-author vcard\"><p>{text}</p>"
        + $"<p><cite>Kommentar von <span class=\"fn\"><a href=\"https://example.org/\">{name}</a></span> — 2019-01-01 @ 00:45</cite></p></div></li>";

    private static string[] Authors(string body) => new ArticleParser().Parse($"""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ins neue Jahr | Literaturgeflüster</title></head>
        <body><div id="content">{body}</div></body></html>
        """, new Uri("https://literaturgefluester.example/2019/01/01/ins-neue-jahr/")).Article!.Authors.Select(a => a.Name).ToArray();

    [Theory]
    [InlineData("comment-author-karoline bypostauthor", "Karoline Herr", "Karoline Herr")]
    [InlineData("comment-author-jancak bypostauthor", "jancak", "jancak")]
    public void The_comment_the_post_s_author_wrote_names_them(string classes, string name, string expected)
    {
        var comments = "<ol class=\"commentlist\">" + Comment("comment-author-margit", "Margit Heumann", "Deinen letzten Absatz kann ich nur unterschreiben.")
            + Comment(classes, name, "Ebenfalls alles Gute!") + "</ol>";
        Assert.Equal([expected], Authors(Post + comments));
    }

    [Fact]
    public void Readers_comments_name_nobody()
    {
        var comments = "<ol class=\"commentlist\">" + Comment("comment-author-margit", "Margit Heumann", "Deinen letzten Absatz kann ich nur unterschreiben.") + "</ol>";
        Assert.Empty(Authors(Post + comments));
    }

    [Fact]
    public void A_handle_the_comment_s_login_does_not_name_is_no_author()
    {
        var comments = "<ol class=\"commentlist\">" + Comment("comment-author-editor2 bypostauthor", "jancak", "Ebenfalls alles Gute!") + "</ol>";
        Assert.Empty(Authors(Post + comments));
    }

    [Fact]
    public void A_byline_wins_over_the_post_author_s_comment()
    {
        var byline = Post.Replace("<h2>Ins neue Jahr</h2>", "<h2>Ins neue Jahr</h2><p class=\"byline\">Von Eva Jancak</p>", StringComparison.Ordinal);
        var comments = "<ol class=\"commentlist\">" + Comment("comment-author-karoline bypostauthor", "Karoline Herr", "Ebenfalls alles Gute!") + "</ol>";
        Assert.Equal(["Eva Jancak"], Authors(byline + comments));
    }
}
