using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// The outlet a byline names beside a person ("By Daniel Roth, TechWire Daily") is the publisher the site's name, the
/// title or the copyright line names too: the person is the author. Pages written
/// for these tests.
/// </summary>
public sealed class OutletBesideAuthorTests
{
    private const string Paragraph = "The harbour board voted on Tuesday to dredge the outer channel before the autumn storms, after two cargo ships ran aground there in the spring.";

    private static IReadOnlyList<Author> Authors(string title, string head, string byline, string footer) => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
        <article><h1>Harbour board backs channel dredging</h1><p class="byline">{byline}</p>
        <p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article><footer>{footer}</footer></body></html>
        """, new Uri("https://news.example/harbour/dredging")).Article!.Authors;

    [Theory]
    [InlineData("TechWire Daily: Harbour board backs channel dredging", "", "By Daniel Roth, TechWire Daily", "")]
    [InlineData("Harbour board backs channel dredging | Portal Paulista", "<meta property=\"og:site_name\" content=\"Portal Paulista\">", "By Daniel Roth, Portal Paulista SP", "")]
    [InlineData("Harbour board backs channel dredging", "", "By Daniel Roth<br>Capital Report", "<p>&copy; 1998 Capital Report Publishing Co.</p>")]
    public void The_outlet_beside_a_person_is_no_author(string title, string head, string byline, string footer)
    {
        var author = Assert.Single(Authors(title, head, byline, footer));
        Assert.Equal("Daniel Roth", author.Name);
        Assert.Equal(AuthorKind.Person, author.Kind);
    }

    [Fact]
    public void An_agency_that_is_the_site_itself_is_no_author_beside_the_person()
    {
        var authors = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour board backs channel dredging | CNN</title></head><body>
            <article><h1>Harbour board backs channel dredging</h1><p class="byline">By Daniel Roth, CNN</p>
            <p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """, new Uri("https://www.cnn.com/2023/02/07/world/dredging/index.html")).Article!.Authors;
        Assert.Equal(["Daniel Roth"], authors.Select(a => a.Name));
    }

    [Fact]
    public void The_owner_of_a_personal_newsletter_named_in_its_copyright_stays_beside_a_guest()
    {
        var authors = Authors("Harbour board backs channel dredging", "", "By Hannah Lewis and Dan Reyes", "<p>&copy; 2024 Hannah Lewis</p>");
        Assert.Equal(["Hannah Lewis", "Dan Reyes"], authors.Select(a => a.Name));
    }

    [Fact]
    public void A_second_person_beside_the_first_stays()
    {
        var authors = Authors("TechWire Daily: Harbour board backs channel dredging", "", "By Daniel Roth and Jane Miller, TechWire Daily", "");
        Assert.Equal(["Daniel Roth", "Jane Miller"], authors.Select(a => a.Name));
    }

    [Fact]
    public void A_broadcaster_acronym_after_the_name_is_where_the_person_works()
    {
        var authors = Authors("Harbour board backs channel dredging", "", "Von Lena Hartmann, SWR", "");
        Assert.Equal(["Lena Hartmann"], authors.Select(a => a.Name));
    }

    [Fact]
    public void A_co_author_without_a_link_stays_beside_the_linked_one()
    {
        var authors = Authors("Harbour board backs channel dredging",
            "", "<span class=\"byline__author\">By <a href=\"/profiles/daniel-roth\">Daniel Roth</a> and Jane Miller, Harbour Desk</span>", "");
        Assert.Equal(["Daniel Roth", "Jane Miller"], authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name));
    }

    [Fact]
    public void A_site_the_title_names_by_its_domain_is_no_author_beside_the_person()
    {
        var authors = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour board backs channel dredging - CNN.com</title></head><body>
            <article><h1>Harbour board backs channel dredging</h1><p class="byline">By <a href="/profiles/daniel-roth">Daniel Roth</a>, CNN</p>
            <p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """, new Uri("https://edition.cnn.com/2016/08/11/world/dredging/index.html")).Article!.Authors;
        Assert.Equal(["Daniel Roth"], authors.Select(a => a.Name));
    }
}
