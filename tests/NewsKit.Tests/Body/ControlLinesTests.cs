using NewsKit.Body;

namespace NewsKit.Tests.Body;

/// <summary>A gallery's counter and button labels are no body text, wherever they stand; lines that only look alike are.</summary>
public sealed class ControlLinesTests
{
    [Theory]
    [InlineData("Image 1 of 8")]
    [InlineData("Image 1 of / 13")]
    [InlineData("3 of 12")]
    [InlineData("Bild 2 von 5")]
    [InlineData("Close")]
    [InlineData(" Caption ")]
    [InlineData("Schließen")]
    [InlineData("Back to top")]
    [InlineData("Rezept drucken")]
    [InlineData("Beitragsbild")]
    [InlineData("1.2K")]
    [InlineData("23k")]
    [InlineData("·Follow")]
    [InlineData("Continue reading")]
    [InlineData("Weiterlesen")]
    [InlineData("Lire la suite")]
    [InlineData("← Zurück zur Übersicht")]
    [InlineData("Back to overview »")]
    public void Counters_and_button_labels_are_controls(string line)
    {
        Assert.True(ControlLines.IsControl(line));
    }

    [Theory]
    [InlineData("Was this helpful?")]
    [InlineData("Was this article helpful? Yes No")]
    [InlineData("War dieser Artikel hilfreich? 👍 👎")]
    [InlineData("Cet article vous a-t-il été utile ? Oui / Non")]
    [InlineData("この記事は役に立ちましたか？")]
    public void A_help_pages_feedback_question_is_no_text(string line)
    {
        Assert.True(ControlLines.IsFeedbackQuestion(line));
    }

    [Theory]
    [InlineData("Was this helpful? Most readers said the guide saved them an hour.")]
    [InlineData("Was the new bridge worth it?")]
    public void A_question_of_the_text_is_no_feedback_widget(string line)
    {
        Assert.False(ControlLines.IsFeedbackQuestion(line));
    }

    [Theory]
    [InlineData("dpa-infocom, dpa:260209-99-412077/3")]
    [InlineData("dpa:260209-99-412077/3")]
    public void An_agency_feeds_story_number_is_no_text(string line)
    {
        Assert.True(ControlLines.IsAgencyFeedId(line));
        Assert.False(ControlLines.IsAgencyFeedId("Die dpa: 260209 Meldungen kamen gestern."));
    }

    [Theory]
    [InlineData("Close call")]
    [InlineData("1 of 8 people")]
    [InlineData("Image 1")]
    [InlineData("2019 of 2020")]
    [InlineData("Next week")]
    [InlineData("Print editions")]
    [InlineData("1.25M")]
    [InlineData("K2")]
    [InlineData("Follow the money")]
    [InlineData("Continue reading the report")]
    public void Lines_that_only_look_alike_are_text(string line)
    {
        Assert.False(ControlLines.IsControl(line));
    }

    [Theory]
    [InlineData("Print this story | Email to a friend")]
    [InlineData("[ Envoyer cet article ] [ Version imprimable ]")]
    [InlineData("Druckversion · Artikel versenden")]
    [InlineData("Printer-friendly version | E-mail this story")]
    public void A_row_of_page_link_labels_is_a_control_row(string line)
    {
        Assert.True(ControlLines.IsLabelRow(line));
    }

    [Theory]
    [InlineData("Print | Online | Radio: the newsroom works for all three")]
    [InlineData("Print this story")]
    [InlineData("Close | Harbour board votes to shut the old pier")]
    public void A_line_with_text_between_separators_is_no_control_row(string line)
    {
        Assert.False(ControlLines.IsLabelRow(line));
    }

    [Fact]
    public void A_label_the_template_repeats_between_paragraphs_leaves_the_body_and_a_tables_cells_stay()
    {
        const string p1 = "The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.";
        const string p2 = "Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.";
        var blocks = new List<NewsKit.Models.BodyBlock>
        {
            new(NewsKit.Models.BlockKind.Paragraph, "Article content"), new(NewsKit.Models.BlockKind.Paragraph, p1),
            new(NewsKit.Models.BlockKind.Paragraph, "Article content"), new(NewsKit.Models.BlockKind.Paragraph, p2),
            new(NewsKit.Models.BlockKind.Paragraph, "Material"), new(NewsKit.Models.BlockKind.Paragraph, "Steel"),
            new(NewsKit.Models.BlockKind.Paragraph, "Material"), new(NewsKit.Models.BlockKind.Paragraph, "Steel"),
        };

        ControlLines.DropRepeatedLabels(blocks);
        Assert.Equal([p1, p2, "Material", "Steel", "Material", "Steel"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_gallery_with_class_names_that_say_nothing_leaves_no_controls_in_the_body()
    {
        const string p1 = "The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.";
        const string p2 = "Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.";
        const string p3 = "Residents who signed the petition to keep the pier open will take the matter to the council next month. They have collected more than two thousand names.";
        var result = new ArticleParser().Parse($"""
            <html><head><title>Ferry pier to close</title></head><body><div class="q1"><h1>Ferry pier to close</h1>
            <p>{p1}</p><div class="q2"><div class="q3">Image 1 of 8</div><div class="q4">Close</div></div><p>{p2}</p><p>{p3}</p></div></body></html>
            """);

        var text = result.Article!.Body.Text;
        Assert.Contains(p2, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Image 1 of 8", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Close\n", text + "\n", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Published 11:11 PM EST Nov 19, 2019")]
    [InlineData("Updated: March 3, 2024")]
    [InlineData("Aktualisiert am 3. März 2024")]
    [InlineData("Veröffentlicht: 12.01.2022, 10:15 Uhr")]
    [InlineData("Updated at 1:23 p.m.")]
    [InlineData("Aktualisiert 13.45 Uhr")]
    public void A_date_line_is_the_datelines_not_the_bodys(string line)
    {
        Assert.True(ControlLines.IsDateLine(line));
    }

    [Theory]
    [InlineData("Published by the council in 2019, the plan was never carried out.")]
    [InlineData("Updated figures are due next week.")]
    [InlineData("Publishers met on Monday")]
    [InlineData("Updated 3 times since Monday")]
    public void Sentences_that_open_with_the_same_words_are_text(string line)
    {
        Assert.False(ControlLines.IsDateLine(line));
    }

    [Theory]
    [InlineData("4 min read")]
    [InlineData("4 min read·Nov 5, 2023")]
    [InlineData("Nov 5, 2023 · 6-minute read")]
    [InlineData("Lesezeit: 3 Minuten")]
    [InlineData("5 Min. Lesezeit")]
    [InlineData("3 min de lectura")]
    public void A_reading_time_alone_or_beside_a_date_is_no_text(string line)
    {
        Assert.True(ControlLines.IsReadingTimeLine(line));
    }

    [Theory]
    [InlineData("I read for 4 min every day")]
    [InlineData("Nov 5, 2023")]
    [InlineData("Read 4 chapters · Nov 5, 2023")]
    public void A_line_that_only_mentions_reading_or_a_date_is_not_a_reading_time(string line)
    {
        Assert.False(ControlLines.IsReadingTimeLine(line));
    }

    [Theory]
    [InlineData("*Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhalten wir eine kleine Provision. Für Sie ändert sich am Preis nichts.", true)]
    [InlineData("This post contains affiliate links. If you buy through them, we may earn a small commission at no cost to you.", true)]
    [InlineData("The council's affiliate, the harbour trust, will run the ferry from next year.", false)]
    public void An_affiliate_disclosure_is_no_text(string line, bool disclosure)
    {
        Assert.Equal(disclosure, ControlLines.IsAffiliateDisclosure(line));
    }

    [Theory]
    [InlineData("Resumen generado por inteligencia artificial y revisado por la redacción.", true)]
    [InlineData("This summary was generated by AI and checked by our editors.", true)]
    [InlineData("Diese Zusammenfassung wurde mit KI erstellt.", true)]
    [InlineData("The council said the images were generated by artificial intelligence.", false)] // no summary: the article's text
    [InlineData("A summary of the plan was written by the council's planning officer.", false)]
    [InlineData("The AIDS summary report was generated on Monday.", false)]
    public void The_notice_under_a_machine_written_summary_is_no_text(string line, bool notice)
    {
        Assert.Equal(notice, ControlLines.IsMachineSummaryNotice(line));
    }

    [Theory]
    [InlineData("Watch: Lifeboats escort the ferry into Holyhead (1:12)", true)]
    [InlineData("Video: Flut in Passau (02:48)", true)]
    [InlineData("Guarda il video: no", false)]
    [InlineData("Listen: The harbour master on the night of the fire (1:02:48)", true)]
    [InlineData("Watch: the council meets at 19:30 (in the town hall)", false)]
    [InlineData("The meeting starts at (19:30)", false)]
    public void A_players_title_with_its_running_time_is_a_control(string line, bool control)
    {
        Assert.Equal(control, ControlLines.IsMediaTitle(line));
    }

    [Fact]
    public void A_players_title_with_its_running_time_leaves_the_body()
    {
        const string Text = "HM Coastguard sent two search and rescue helicopters and three lifeboats, and the ship turned back towards the harbour under its own power.";
        var body = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fire</title></head><body>
            <article><h1>Ferry fire</h1><p>{Text}</p><div class="v1"><div class="v2"><p>Watch: Lifeboats escort the ferry into Holyhead (1:12)</p></div></div><p>{Text}</p></article></body></html>
            """).Article!.Body.Text;
        Assert.DoesNotContain("Lifeboats escort", body, StringComparison.Ordinal);
        Assert.Contains(Text, body, StringComparison.Ordinal);
    }
}
