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
    [InlineData("Аутор: Милица Јовановић", "Милица Јовановић")]
    [InlineData("Пише: Милица Јовановић", "Милица Јовановић")]
    [InlineData("लेखक: प्रिया वर्मा", "प्रिया वर्मा")]
    [InlineData("লেখক: রাহুল দাস", "রাহুল দাস")]
    [InlineData("כתב: יוסי לוי", "יוסי לוי")]
    [InlineData("Tác giả: Nguyễn Văn An", "Nguyễn Văn An")]
    [InlineData("글 윤서연 기자", "윤서연")]
    [InlineData("لندن: سامي عبد الله", "سامي عبد الله")]
    [InlineData("[村田 彩，Reuters]", "村田 彩")]
    [InlineData("ผู้สื่อข่าว: ณัฐธิดา แก้วมณี", "ณัฐธิดา แก้วมณี")]
    public void The_label_and_role_around_the_name_go(string byline, string name)
    {
        Assert.Equal([name], People(byline));
    }

    [Fact]
    public void Chinese_names_set_apart_by_spaces_are_two_people()
    {
        var people = BylineParser.ParseByline("文/记者 张伟 刘洋", System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), SiteNames)
            .Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name);
        Assert.Equal(["张伟", "刘洋"], people);
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

    [Theory]
    [InlineData("新华社广州11月5日电（记者王建国、李晓）记者5日从南方电网获悉，我国首个深远海漂浮式风电项目日前实现全容量并网发电。", new[] { "王建国", "李晓" })]
    [InlineData("〔記者王小明／台北報導〕台北市政府今天宣布，明年起將擴大公共自行車的服務範圍，新增一百個租借站。", new[] { "王小明" })]
    public void Reporters_credited_in_brackets_at_the_start_of_a_chinese_story_are_its_authors(string lead, string[] names)
    {
        var html = $"<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>风电项目全容量并网</title></head><body><article><h1>风电项目全容量并网</h1>"
            + $"<p>{lead}</p><p>第二段内容继续介绍相关情况，包括各地的具体做法和取得的成效，以及下一步的工作安排和保障措施。</p>"
            + "<p>第三段内容说明了专家的意见，认为这一做法有助于提升群众的获得感和满意度。</p></article></body></html>";

        var article = new ArticleParser().Parse(html).Article!;

        Assert.Equal(names, article.Authors.Select(a => a.Name));
    }
}
