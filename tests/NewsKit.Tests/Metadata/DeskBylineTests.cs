using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Bylines that name a desk or the outlet itself, not a person: a desk's name in one word ("Newsdesk", "Onlineredaktion") is
/// a label like "News Desk"; the site's name with a house word ("Belfast Example Digital") is the outlet signing as itself.
/// And a byline without its byline word, a name and a newsroom role as the story's first line ("Gwen Pritchard, local
/// democracy reporter"), names the writer. Pages written for these tests.
/// </summary>
public sealed class DeskBylineTests
{
    private const string Paragraph = "The harbour board voted on Tuesday to dredge the outer channel before the autumn storms, after two cargo ships ran aground there in the spring.";

    private static Article Parse(string byline, string title = "Harbour board backs channel dredging", string lead = "") => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
        <article><h1>Harbour board backs channel dredging</h1><div class="author-details">{byline}</div>
        <div class="article-body">{lead}<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></article></body></html>
        """, new Uri("https://www.harbourexample.co.uk/news/dredging-1623456")).Article!;

    [Theory]
    [InlineData("Reporter: <a href=\"/reporter/newsdesk\">Newsdesk</a>")]
    [InlineData("By Sportsdesk")]
    [InlineData("Von Onlineredaktion")]
    [InlineData("By Newsteam")]
    public void A_desks_name_in_one_word_is_no_author(string byline)
    {
        Assert.Empty(Parse(byline).Authors);
    }

    [Theory]
    [InlineData("By Harbour Example Digital")]
    [InlineData("By Harbour Example Newsdesk")]
    [InlineData("By Harbour Example Reporters")]
    public void The_sites_name_with_a_house_word_is_the_outlet_not_a_person(string byline)
    {
        var authors = Parse(byline, "Harbour board backs channel dredging | Harbour Example").Authors;
        Assert.DoesNotContain(authors, a => a.Kind == AuthorKind.Person);
    }

    [Fact]
    public void A_name_and_a_newsroom_role_as_the_first_line_is_the_byline()
    {
        var article = Parse("By <a href=\"/author/ldr/\">Local Democracy Reporter</a>", lead: "<p><strong>Gwen Pritchard, local democracy reporter</strong></p>");
        Assert.Equal(["Gwen Pritchard"], article.Authors.Select(a => a.Name));
        Assert.Equal(AuthorKind.Person, article.Authors[0].Kind);
        Assert.DoesNotContain("Gwen Pritchard", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_and_a_role_that_is_no_newsrooms_is_no_byline()
    {
        // "Jane Doe, harbour master" is a person the story quotes or shows, not its writer.
        var article = Parse(string.Empty, lead: "<p><strong>Jane Doe, harbour master</strong></p>");
        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("Par APS")]
    [InlineData("Par MAP")]
    [InlineData("Par la Presse canadienne")]
    [InlineData("Por <a href=\"/author/agencia-efe/\">Agencia EFE</a>")]
    public void A_news_agency_is_no_person(string byline)
    {
        Assert.DoesNotContain(Parse(byline).Authors, a => a.Kind == AuthorKind.Person);
    }

    [Theory]
    [InlineData("von <span>Pressestelle</span>", "Pressestelle")]
    [InlineData("Autor: Presse und Kommunikation", "Presse und Kommunikation")]
    [InlineData("Von Unternehmenskommunikation", "Unternehmenskommunikation")]
    [InlineData("Par le Service Communication", "Service Communication")]
    [InlineData("By the Press Office", "Press Office")]
    public void A_press_offices_credit_is_one_organization(string byline, string name)
    {
        // "Presse und Kommunikation" split at "und" gave two people, "Presse" and "Kommunikation".
        var author = Assert.Single(Parse(byline).Authors);
        Assert.Equal((name, AuthorKind.Organization), (author.Name, author.Kind));
    }

    [Fact]
    public void A_press_department_named_with_an_elided_compound_is_no_person()
    {
        // "Presse- und Öffentlichkeitsarbeit": split at "und" it gave a person "Presse-".
        Assert.DoesNotContain(Parse("Von Stadt Lindenau, Presse- und Öffentlichkeitsarbeit").Authors, a => a.Kind == AuthorKind.Person);
    }

    [Theory]
    [InlineData("<span>Por Redacción Nacional</span> <span>Publicado el 03/03/2025 14:05</span>", "Redacción Nacional")]
    [InlineData("<span>Von Team Nord</span> <span>Veröffentlicht am 03.03.2025</span>", "Team Nord")]
    public void A_newsrooms_byline_ends_before_the_date_label_beside_it(string byline, string name)
    {
        Assert.Equal([name], Parse(byline).Authors.Select(a => a.Name));
    }

    [Fact]
    public void An_outlet_after_two_names_in_capitals_follows_both_and_is_no_author_beside_them()
    {
        var authors = Parse("By MARCUS HALE and JENNIFER OSEI Associated Press").Authors;
        Assert.Equal(["Marcus Hale", "Jennifer Osei"], authors.Select(a => a.Name));
    }
}
