using NewsKit.Metadata;
using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Bylines in scripts without spaces between words or with their own labels (Chinese, Korean, Thai, Greek, Persian): the
/// label, the reporter's role and the note on where the story was reported are no part of the name. Bylines written for
/// these tests.
/// </summary>
public sealed class BylineScriptTests
{
    private static readonly string[] SiteNames = ["The Example Times"];

    private static string[] People(string byline) =>
        BylineParser.ParseByline(byline, null, SiteNames).Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray();

    [Theory]
    [InlineData("聯合報／ 記者陳怡君 ／即時報導", "陳怡君")]
    [InlineData("최윤아 기자", "최윤아")]
    [InlineData("ผู้เขียน สมชาย ใจดี", "สมชาย ใจดี")]
    [InlineData("โดย สมชาย ใจดี", "สมชาย ใจดี")]
    [InlineData("Αναρτήθηκε από Ελένη Παπαδοπούλου", "Ελένη Παπαδοπούλου")]
    [InlineData("توسط علی رضایی", "علی رضایی")]
    public void The_label_and_role_around_the_name_go(string byline, string name)
    {
        Assert.Equal([name], People(byline));
    }

    [Fact]
    public void A_papers_name_in_a_chinese_byline_is_an_organization()
    {
        var authors = BylineParser.ParseByline("聯合報／記者陳怡君／台北報導", null, SiteNames);
        Assert.Contains(authors, a => a.Name == "聯合報" && a.Kind == AuthorKind.Organization);
        Assert.DoesNotContain(authors, a => a.Name.EndsWith("報導", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("责任编辑：张玉凤")]
    [InlineData("來源：中央社")]
    public void A_desk_editors_or_a_sources_credit_is_no_author(string byline)
    {
        Assert.Empty(BylineParser.ParseByline(byline, null, SiteNames));
    }
}
