using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>Figures in the body, with and without a <c>figure</c> element: the caption is the figure's, not body text. Pages written for these tests.</summary>
public sealed class FigureTests
{
    private const string Caption = "Ferries at the old pier in the harbour on Tuesday morning, before the last crossing.";

    private static readonly string[] Paragraphs =
    [
        "The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.",
        "Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.",
        "Residents who signed the petition to keep the pier open will take the matter to the council next month. They have collected more than two thousand names.",
        "The council's transport committee meets on the first Monday of the month. Its chair said the pier could be on the agenda in time for the budget in March.",
    ];

    private static Article Parse(string figure)
    {
        var html = $"""
            <html><head><title>Ferry pier to close</title></head><body>
            <div class="k1"><a href="/">Home</a> <a href="/city">City</a></div>
            <div class="k2"><h1>Ferry pier to close</h1>
            <p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>{figure}<p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div>
            </body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://harbour.example/2026/03/pier"));
        Assert.True(result.Success, result.Reason);
        Assert.All(Paragraphs, p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
        return result.Article!;
    }

    [Theory]
    [InlineData($"""<div class="k3"><div class="k4"><img src="/pier.jpg" alt="{Caption}"></div><div class="k5">{Caption} Photo: Jane Doe</div></div>""")]
    [InlineData($"""<ul class="k3"><li class="k4"><span><img src="/pier.jpg" alt="{Caption} Photo: Jane Doe / Harbour Times"></span><p>{Caption}</p><p>Photo: Jane Doe</p></li></ul>""")]
    public void An_image_whose_caption_repeats_its_alt_text_is_a_figure_whatever_the_classes_are_called(string figure)
    {
        var article = Parse(figure);

        Assert.DoesNotContain("Ferries at the old pier", article.Body.Text, StringComparison.Ordinal);
        var block = Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Figure);
        Assert.StartsWith(Caption, block.Caption, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://harbour.example/pier.jpg"), block.ImageUrl);
    }

    [Theory]
    [InlineData($"""<figure><img src="/pier.jpg" alt=""><figcaption><p>{Caption}</p><span class="credit">Photo: Jane Doe</span></figcaption></figure>""", $"{Caption} Photo: Jane Doe")]
    [InlineData($"""<figure><img src="/pier.jpg" alt=""><figcaption>{Caption}<br>Photo: <a href="/jane">Jane Doe</a>.</figcaption></figure>""", $"{Caption} Photo: Jane Doe.")]
    public void A_caption_of_several_blocks_keeps_a_space_between_them_and_none_inside_a_line(string figure, string caption)
    {
        var block = Assert.Single(Parse(figure).Body.Blocks, b => b.Kind == BlockKind.Figure);
        Assert.Equal(caption, block.Caption);
    }

    [Theory]
    [InlineData($"""<div class="sc-kGX"><img src="/pier.jpg" alt="Ferries"><div class="sc-dxg">{Caption} Photograph: Jane Doe/Harbour Times</div></div>""")]
    [InlineData($"""<div class="k3"><img src="/pier.jpg" alt=""><span>{Caption} © Jane Doe</span></div>""")]
    [InlineData($"""<div class="k3"><img src="/pier.jpg" alt=""><small>{Caption} (Foto: Jane Doe)</small></div>""")]
    public void An_image_whose_text_credits_the_picture_is_a_figure_whatever_its_alt_text_says(string figure)
    {
        var article = Parse(figure);

        Assert.DoesNotContain("Ferries at the old pier", article.Body.Text, StringComparison.Ordinal);
        Assert.StartsWith(Caption, Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Figure).Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_beside_a_credited_picture_stays_body_text()
    {
        // The intro and the captioned picture in one box: the credit is the picture's, the intro is text.
        var article = Parse($"""<div class="k3"><div class="k4">{Caption}</div><div class="k5"><img src="/pier.jpg" alt=""><small>© Jane Doe</small></div></div>""");

        Assert.Contains(Caption, article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_beside_an_image_with_another_alt_text_stays_body_text()
    {
        var article = Parse($"""<div class="k3"><img src="/pier.jpg" alt="The old ferry pier"><p>{Caption}</p></div>""");

        Assert.Contains(Caption, article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_declared_image_the_figure_at_the_top_of_the_body_is_the_lead_image()
    {
        var html = $"""
            <html><head><title>Ferry pier to close</title></head><body><article><h1>Ferry pier to close</h1>
            <figure><img src="/pier.jpg" alt="The pier"><figcaption>{Caption}</figcaption></figure>
            <p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p><p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></article></body></html>
            """;
        var article = new ArticleParser().Parse(html, new Uri("https://harbour.example/2026/03/pier")).Article!;

        Assert.Equal(new Uri("https://harbour.example/pier.jpg"), article.LeadImage);
        Assert.Equal(ValueSource.VisibleText, article.Sources[ArticleField.LeadImage]);
    }

    [Fact]
    public void A_figure_further_down_the_body_is_no_lead_image()
    {
        var html = $"""
            <html><head><title>Ferry pier to close</title></head><body><article><h1>Ferry pier to close</h1>
            <p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p><p>{Paragraphs[2]}</p>
            <figure><img src="/pier.jpg" alt="The pier"><figcaption>{Caption}</figcaption></figure><p>{Paragraphs[3]}</p></article></body></html>
            """;

        Assert.Null(new ArticleParser().Parse(html, new Uri("https://harbour.example/2026/03/pier")).Article!.LeadImage);
    }
    [Fact]
    public void A_picture_gallery_of_the_article_keeps_its_figures_though_its_name_is_a_widgets()
    {
        static string Slide(int n, string caption) => $"""
            <div class="gallery__slide"><figure><img src="/g/{n}.jpg" alt=""><figcaption class="gallery__caption"><p>{caption}</p><span class="credit">Photo: J. Beispiel</span></figcaption></figure></div>
            """;
        string[] captions =
        [
            "The last ferry leaves the old pier on Tuesday morning, watched by a crowd of regular passengers.",
            "The ticket office, closed since the spring storms, will become a small museum of the crossing.",
            "Volunteers carried the old timetable boards to the harbour master's office for safekeeping.",
            "The north quay, where the ferries have moored since March, will take every crossing from now on.",
        ];
        var article = Parse($"""<div class="gallery">{string.Concat(captions.Select((c, n) => Slide(n, c)))}</div>""");

        Assert.Equal(captions, article.Body.Blocks.Where(b => b.Kind == BlockKind.Figure).Select(b => b.Caption!.Replace(" Photo: J. Beispiel", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_carousel_of_teasers_is_no_gallery_of_the_article()
    {
        static string Teaser(int n) => $"""
            <div class="carousel__item"><figure><a href="/2026/03/story-{n}"><img src="/t/{n}.jpg" alt=""></a><figcaption><a href="/2026/03/story-{n}">Another story of the harbour town, number {n}, with a long title to read</a></figcaption></figure></div>
            """;
        var article = Parse($"""<div class="carousel">{string.Concat(Enumerable.Range(1, 4).Select(Teaser))}</div>""");

        Assert.DoesNotContain(article.Body.Blocks, b => b.Kind == BlockKind.Figure);
    }

    [Fact]
    public void A_quote_in_a_figure_that_the_page_gives_nowhere_else_is_body_text_with_its_attribution()
    {
        const string Quote = "A harbour that stops running ferries stops being a harbour, and we cannot let that happen here.";
        var article = Parse($"""<figure class="k6"><blockquote>{Quote}</blockquote><figcaption>Mayor Ellen Park</figcaption></figure>""");

        var quote = Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Quote);
        Assert.Equal(Quote, quote.Text);
        Assert.Contains("Mayor Ellen Park", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_in_a_figure_whose_words_a_frameworks_state_script_repeats_is_still_body_text()
    {
        const string Quote = "A harbour that stops running ferries stops being a harbour, and we cannot let that happen here.";
        var state = "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"post\":{\"content\":\"<figure><blockquote><p>" + Quote + "</p></blockquote></figure>\"}}}</script>";
        var article = Parse($"""<figure class="wp-block-pullquote"><blockquote><p>{Quote}</p><cite>Mayor Ellen Park</cite></blockquote></figure>{state}""");

        Assert.StartsWith(Quote, Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Quote).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_quote_in_a_figure_that_repeats_the_articles_words_stays_out()
    {
        var pull = Paragraphs[1][..Paragraphs[1].IndexOf('.', StringComparison.Ordinal)];
        var article = Parse($"""<figure class="wp-block-pullquote"><blockquote><p>{pull}</p><cite>The board</cite></blockquote></figure>""");

        Assert.DoesNotContain(article.Body.Blocks, b => b.Kind == BlockKind.Quote);
        Assert.Single(article.Body.Blocks, b => b.Text.Contains("Repairs would have cost", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_lines_parted_by_line_breaks_in_a_preformatted_block_keep_them()
    {
        var article = Parse("""<pre class="k7"><code><span class="k8">const pier = close();</span><br><span class="k8">const quay = open();</span><br></code></pre>""");

        Assert.Equal("const pier = close();\nconst quay = open();", Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Preformatted).Text);
    }

    [Theory]
    [InlineData("""<h2 class="anchor anchorWithStickyNavbar_LWe7" id="vote">How the board voted</h2>""")]
    [InlineData("""<div class="frame frame-type-header frame-layout-0"><header><h2>How the board voted</h2></header></div>""")]
    public void A_section_heading_named_by_a_qualifier_or_wrapped_as_a_content_elements_header_stays(string heading)
    {
        var article = Parse(heading);

        Assert.Equal("How the board voted", Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Heading).Text);
    }

    [Fact]
    public void A_photo_story_whose_only_text_is_its_captions_gives_them_as_its_body()
    {
        static string Picture(int n, string caption) => $"""<figure><img src="/{n}.jpg" alt=""><figcaption><span class="t">{caption}</span><span class="c">Photo: Niamh Burke</span></figcaption></figure>""";
        string[] captions =
        [
            "Fishermen unload the morning catch at the harbour, where the fleet has shrunk from forty boats to eleven since the nineties.",
            "Mary Quinn, 81, mends nets in the shed her grandfather built. She has done the same work every winter since she was a teenager.",
            "At dusk the remaining boats return past the lighthouse, which has been automated since 1987 and is now a holiday let.",
        ];
        var result = new ArticleParser().Parse($"""
            <html><head><title>The last fleet of Castletown</title></head><body>
            <div class="photo-story"><h1>The last fleet of Castletown</h1>{string.Concat(captions.Select((c, n) => Picture(n, c)))}</div></body></html>
            """);

        Assert.True(result.Success, result.Reason);
        var body = result.Article!.Body;
        Assert.Equal(BodyPath.Captions, body.Path);
        Assert.All(captions, c => Assert.Contains(c + " Photo: Niamh Burke", body.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_slideshow_whose_slides_hold_the_story_keeps_every_slides_heading_and_text()
    {
        // A gallery article: the slideshow's wrapper and its slides are named as a slideshow, and the slides are the story.
        string[] titles = ["The coal crane", "The grain crane", "The timber crane"];
        static string Slide(int n, string title, string text) =>
            $"""<div class="slick-slide"><div class="slideshow-slide"><div class="slide-media"><img src="/c{n}.jpg" alt="{title} at the old harbour"><span class="image-credit">Photo: Niamh Burke</span></div><div class="slideshow-slide-dek"><span class="slide-count">{n + 1} of 3</span><h2>{title}</h2><div class="slideshow-slide-dek-text"><p>{text}</p></div></div></div></div>""";
        var result = new ArticleParser().Parse($"""
            <html><head><title>Old harbour cranes</title></head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <main><h1>Old harbour cranes, then and now</h1><div class="slideshow-outer"><div class="slideshow-inner slick-slider"><div class="slick-list"><div class="slick-track">
            {string.Concat(titles.Select((t, n) => Slide(n, t, Paragraphs[n])))}</div></div></div></div>
            <div class="up-next"><h3>Up next</h3><a href="/gallery/piers">Ten piers worth the walk</a></div></main></body></html>
            """, new Uri("https://harbour.example/gallery/cranes"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal([titles[0], Paragraphs[0], titles[1], Paragraphs[1], titles[2], Paragraphs[2]], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_caption_of_pieces_side_by_side_keeps_them_apart()
    {
        var article = Parse($"""<figure><img src="/pier.jpg" alt=""><figcaption><span>{Caption}</span><span>Photo: Jane Doe</span></figcaption></figure>""");

        Assert.Equal(Caption + " Photo: Jane Doe", Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Figure).Caption);
    }

    [Fact]
    public void A_figcaption_written_after_its_figure_is_the_figures_caption()
    {
        var article = Parse($"""<figure class="img-con"><img src="/pier.jpg" alt="Ferries"></figure><figcaption class="desc-con"><p>Old pier</p><p>{Caption}</p></figcaption>""");

        Assert.DoesNotContain("Ferries at the old pier", article.Body.Text, StringComparison.Ordinal);
        var figure = Assert.Single(article.Body.Blocks, b => b.Kind == BlockKind.Figure);
        Assert.Contains(Caption, figure.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amp_img_in_a_figure_is_its_picture_and_the_lead_image()
    {
        var article = new ArticleParser().Parse("""
            <!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Drought is shrinking prairie bees</title></head><body><main><article><h1>Drought is shrinking prairie bees</h1><div class="lf-body"><figure><amp-img src="https://labandfield.example/uploads/hero.webp" width="1400" height="933" layout="responsive" alt="Bumblebee"></amp-img><figcaption>A bumblebee.</figcaption></figure><p>Wild bees on the Great Plains are getting smaller, and the droughts that have hit the region since 2012 appear to be the main reason, according to a new study.</p><p>Researchers measured more than 11,000 bees belonging to 14 species, comparing field specimens with museum collections dating back to the 1950s and finding declines.</p><p>The team found that bees that developed as larvae during drought years were consistently smaller, because stressed flowers produce less nectar and pollen.</p></div></article></main></body></html>
            """).Article!;
        var figure = Assert.Single(article.Body.Blocks, b => b.Kind == NewsKit.Models.BlockKind.Figure);
        Assert.Equal(new Uri("https://labandfield.example/uploads/hero.webp"), figure.ImageUrl);
        Assert.Equal(new Uri("https://labandfield.example/uploads/hero.webp"), article.LeadImage);
    }
}
