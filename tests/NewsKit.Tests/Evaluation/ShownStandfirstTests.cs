using NewsKit.Evaluation;

namespace NewsKit.Tests.Evaluation;

/// <summary>The second body table of the evaluation tool: a deck shown above the body put back before it.</summary>
public sealed class ShownStandfirstTests
{
    private const string Paragraphs =
        "<p>The harbour board voted on Tuesday to close the old ferry pier for good, ending a service that ran for ninety years.</p>"
        + "<p>Repairs would have cost more than a new pier, the board said, and the ferries have used the north quay since spring.</p>"
        + "<p>Residents who signed the petition to keep the pier open said they would take the matter to the council next month.</p>";

    [Fact]
    public void A_deck_shown_above_the_body_goes_before_the_body_text()
    {
        var article = Parse("<h1>Old ferry pier to close</h1><p class=\"standfirst\">The board ends ninety years of service at the south pier.</p>");

        var text = ShownStandfirst.Prepend(article, article.Body.Text);

        Assert.StartsWith("The board ends ninety years of service at the south pier.\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith(article.Body.Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_from_the_metadata_alone_is_not_put_back()
    {
        var article = Parse("<h1>Old ferry pier to close</h1>", "<meta name=\"description\" content=\"A summary only the metadata gives.\">");

        Assert.Equal("A summary only the metadata gives.", article.Standfirst);
        Assert.Equal(article.Body.Text, ShownStandfirst.Prepend(article, article.Body.Text));
    }

    [Fact]
    public void No_article_gives_the_text_unchanged()
    {
        Assert.Equal("body", ShownStandfirst.Prepend(null, "body"));
    }

    private static Models.Article Parse(string header, string head = "")
    {
        var html = $"<html><head><title>Old ferry pier to close</title>{head}</head><body><article><header>{header}</header>"
            + $"<div class=\"story\">{Paragraphs}</div></article></body></html>";
        var result = new ArticleParser().Parse(html);
        Assert.True(result.Success, result.Reason);
        return result.Article!;
    }
}
