using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A byline that names its author by a handle linked to the handle's own author page: a member's account, unless it is
/// the site's own. Pages written for these tests.
/// </summary>
public sealed class AuthorHandleTests
{
    private const string Paragraph = "Wer alte Geräte reparieren will, muss oft Bauteile auslöten. Mit dem richtigen Werkzeug geht das schneller als gedacht, ohne die Platine zu beschädigen.";

    private static IReadOnlyList<Author> Authors(string handle, string url, string siteName)
    {
        var page = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Richtig auslöten | {siteName}</title>
            <meta property="og:site_name" content="{siteName}"></head><body>
            <article class="post hentry"><h1 class="entry-title">Richtig auslöten: so geht es</h1>
            <p class="post-byline">von <span class="vcard author"><span class="fn"><a href="{url}/author/{handle.ToLowerInvariant()}/" rel="author">{handle}</a></span></span> &middot; <span class="published">22. Oktober 2019</span></p>
            <div class="entry"><p>{Paragraph}</p><p>{Paragraph}</p></div></article></body></html>
            """;
        return new ArticleParser().Parse(page, new Uri(url + "/2019/10/22/richtig-ausloeten/")).Article?.Authors ?? [];
    }

    [Theory]
    [InlineData("Bastelwerker", "https://www.bastelwerk.example", "Bastelwerk")]
    [InlineData("kleinegaerten", "https://kleinegaerten.blogplatform.example", "Kleine Gärten, große Pläne")]
    public void A_handle_that_looks_like_the_sites_name_is_a_members(string handle, string url, string siteName)
    {
        var author = Assert.Single(Authors(handle, url, siteName));
        Assert.Equal(handle, author.Name);
        Assert.Equal(AuthorKind.Person, author.Kind);
    }

    [Theory]
    [InlineData("Bastelwerk", "https://www.bastelwerk-blog.example", "Das Bastelwerk Blog")]
    [InlineData("bastelwerk.example", "https://bastelwerk.example", "Werkstatt")]
    public void The_sites_own_account_is_no_person(string handle, string url, string siteName) =>
        Assert.DoesNotContain(Authors(handle, url, siteName), a => a.Kind == AuthorKind.Person);

    [Theory]
    [InlineData("<p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p=7000#p7000\" title=\"Beitrag\"><span class=\"sr-only\">Beitrag</span></a> von <strong><a href=\"./memberlist.php?mode=viewprofile&amp;u=60\" class=\"username\">lötkolben42</a></strong> &raquo; Di 5. Mär 2019, 10:12</p>", "lötkolben42")]
    [InlineData("<div class=\"crawler-post-meta\"><span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a itemprop=\"url\" href=\"/u/platinen_paul\"><span itemprop=\"name\">platinen_paul</span></a></span></div>", "platinen_paul")]
    public void A_forum_members_account_linked_to_their_member_page_is_the_posts_author(string byline, string handle)
    {
        var page = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Richtig auslöten - Forum</title></head><body>
            <article><h1>Richtig auslöten: so geht es</h1>{byline}<p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;
        var author = Assert.Single(new ArticleParser().Parse(page, new Uri("https://forum.example/viewtopic.php?t=7")).Article!.Authors);
        Assert.Equal(handle, author.Name);
        Assert.Equal(AuthorKind.Person, author.Kind);
    }

    [Theory]
    [InlineData("Redazione")]
    [InlineData("Redaksi")]
    public void A_newsrooms_name_linked_to_its_author_page_is_no_person(string handle) =>
        Assert.DoesNotContain(Authors(handle, "https://www.werkstatt.example", "Werkstatt"), a => a.Kind == AuthorKind.Person);
}
