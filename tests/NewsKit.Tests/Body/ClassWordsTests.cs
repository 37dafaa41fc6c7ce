using NewsKit.Body;
using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>The class and id judge: its verdicts, and the bound on what it keeps (per thread, across pages).</summary>
public sealed class ClassWordsTests
{
    [Fact]
    public void A_page_with_a_hundred_thousand_distinct_names_keeps_a_bounded_cache_and_judges_them_all_alike()
    {
        var words = new ClassWords();
        for (var i = 0; i < 100_000; i++)
        {
            var verdict = words.Judge($"sidebar-{i} box", $"id-{i}");
            Assert.True(verdict.Boilerplate && verdict.Strong, $"name {i}");
        }

        Assert.InRange(words.Entries, 1, 3 * ClassWords.MaxCached);
        Assert.True(words.Judge("article-body", null).ContentWords > 0);
    }

    [Fact]
    public void Names_longer_than_the_cached_length_are_judged_but_not_kept()
    {
        var words = new ClassWords();
        var longName = "sidebar " + new string('x', ClassWords.MaxCachedLength);
        Assert.True(words.Judge(longName, null).Boilerplate);
        Assert.True(words.Judge(null, "footer-" + new string('y', ClassWords.MaxCachedLength)).Boilerplate);
        Assert.Equal(0, words.Entries);

        Assert.True(words.Judge("sidebar", null).Boilerplate);
        Assert.Equal(3, words.Entries);
    }

    [Theory]
    [InlineData("sc-AdWApG ETHYCd")]
    [InlineData("Heading_sub__aDSl1")]
    [InlineData("Article_paragraph__A-DB6")]
    [InlineData("kAdLp")]
    [InlineData("sc-bAdvQ")]
    [InlineData("sc-arOoVH nRaQAD")]
    [InlineData("sc-kBannerX")]
    public void A_generated_hash_that_holds_a_boilerplate_word_between_its_capitals_is_no_boilerplate(string className)
    {
        Assert.False(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("adSlot")]
    [InlineData("StickyAd")]
    [InlineData("GDPRBanner")]
    [InlineData("SIDEBAR")]
    [InlineData("ENDSidebar")]
    public void CamelCase_and_capital_names_keep_their_words(string className)
    {
        Assert.True(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("field field--name-body field--label-hidden")]
    [InlineData("block-title-hidden content")]
    public void A_hidden_label_or_title_is_the_parts_not_the_blocks(string className)
    {
        Assert.False(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("my-6 overflow-hidden rounded-2xl")]
    [InlineData("table-wrap overflow-x-hidden")]
    [InlineData("columns is-hidden-mobile")]
    [InlineData("hidden-xs intro")]
    [InlineData("hidden w-full md:block")]
    public void A_block_that_clips_its_overflow_or_hides_at_some_screen_sizes_only_is_no_hidden_block(string className)
    {
        Assert.False(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("wp-block-group schichtwerk-cta-box has-background")]
    [InlineData("cta")]
    [InlineData("post-calltoaction")]
    public void A_call_to_action_box_is_boilerplate(string className)
    {
        Assert.True(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("mx-auto print:break-inside-avoid")]
    [InlineData("prose print:hidden")]
    [InlineData("leading-7 hover:underline dark:text-gray-300")]
    public void A_utility_for_printing_a_state_or_a_colour_scheme_says_nothing_of_the_block(string className)
    {
        Assert.False(new ClassWords().Judge(className, null).Boilerplate);
        Assert.True(new ClassWords().Judge("print", null).Boilerplate);
    }

    [Theory]
    [InlineData("elementor-element elementor-widget elementor-widget-heading", false)]
    [InlineData("elementor-widget-container", false)]
    [InlineData("elementor-widget elementor-widget-sidebar", true)]
    [InlineData("widget widget_recent_entries", true)]
    [InlineData("mw-editsection", true)]
    public void A_page_builders_widget_prefix_names_no_widget_but_the_kind_after_it_counts(string className, bool boilerplate)
    {
        Assert.Equal(boilerplate, new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("hidden")]
    [InlineData("stickyNavbar")]
    [InlineData("is-hidden")]
    [InlineData("visually-hidden")]
    [InlineData("site-info")]
    public void A_hidden_block_or_the_sites_footer_line_is_named_as_boilerplate(string className)
    {
        Assert.True(new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("uc-banner", "usercentrics-root")]
    [InlineData("gdpr-banner", null)]
    [InlineData("didomi-popup-container", "didomi-host")]
    [InlineData(null, "onetrust-consent-sdk")]
    [InlineData("BorlabsCookie", null)]
    [InlineData("qc-cmp2-container", "qc-cmp2-container")]
    [InlineData(null, "sp_message_container_1")]
    public void A_consent_platforms_box_is_strong_boilerplate_by_its_name(string? className, string? id)
    {
        var verdict = new ClassWords().Judge(className, id);
        Assert.True(verdict.Boilerplate && verdict.Strong);
    }

    [Theory]
    [InlineData("jdgm-widget jdgm-review-widget", null)]
    [InlineData(null, "judgeme_product_reviews")]
    [InlineData("yotpo yotpo-main-widget", null)]
    [InlineData("trustpilot-widget", null)]
    public void A_review_platforms_widget_is_strong_boilerplate_by_its_name(string? className, string? id)
    {
        var verdict = new ClassWords().Judge(className, id);
        Assert.True(verdict.Boilerplate && verdict.Strong);
    }

    [Theory]
    [InlineData("wsite-elements wsite-not-footer")]
    [InlineData("main non-sidebar")]
    [InlineData("content-with-sidebar")]
    [InlineData("anchor anchorWithStickyNavbar_LWe7")]
    [InlineData("listForSidebar")]
    public void A_word_negated_or_described_by_the_word_before_it_is_no_boilerplate(string className) =>
        Assert.False(new ClassWords().Judge(className, null).Boilerplate);

    [Fact]
    public void A_short_post_beside_a_cookie_bar_is_found_when_its_wrapper_says_it_is_not_the_footer()
    {
        // Weebly: the content wrapper is "wsite-not-footer"; a cookie bar of nearly the post's length stands beside it.
        var article = new ArticleParser().Parse("""
            <html><head><title>Opening Day Recap - Lakeview Little League</title></head><body>
            <div id="wsite-content" class="wsite-elements wsite-not-footer"><div class="blog-post"><h2 class="blog-title"><a href="/blog/opening-day-recap">Opening Day Recap</a></h2>
            <div class="blog-content"><div class="paragraph">What a day! More than 300 players, coaches and families packed the fields on Saturday for opening ceremonies at the park.<br><br>
            Mayor Ellis threw out the first pitch and the concession stand sold out of hot dogs by noon.<br><br>Regular season games begin next Saturday.</div></div></div></div>
            <div id="cookie-law-info-bar" class="cli-bar-container"><span>We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking Accept, you consent to the use of ALL the cookies.</span><a role="button">Cookie settings</a></div></body></html>
            """, new Uri("https://www.lakeview.example/blog/opening-day-recap")).Article;
        Assert.NotNull(article);
        Assert.StartsWith("What a day!", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pw-post-body-paragraph ip hd ad lr", false)]
    [InlineData("ad", true)]
    [InlineData("ad-slot top", true)]
    [InlineData("x9 ad-container", true)]
    public void A_short_word_among_a_generators_atomic_class_names_means_nothing(string className, bool boilerplate)
    {
        Assert.Equal(boilerplate, new ClassWords().Judge(className, null).Boilerplate);
    }

    [Theory]
    [InlineData("leserkommentare")]
    [InlineData("kommentar")]
    [InlineData("reactions")]
    [InlineData("comentário")]
    [InlineData("komentarz")]
    [InlineData("komentari")]
    [InlineData("kommentit")]
    public void A_comment_word_in_another_language_is_a_strong_boilerplate_word(string className)
    {
        var verdict = new ClassWords().Judge(className, null);
        Assert.True(verdict.Boilerplate && verdict.Strong);
    }

    [Fact]
    public void An_id_that_is_its_sections_heading_as_a_slug_removes_nothing()
    {
        // Sphinx wraps each section in <section id="slug-of-its-title">; Markdown renderers give headings such ids.
        const string Text = "OAuth tokens obtained through a social login must never be written to the result store; keep them in the vault.";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sharing data between workers</title></head><body>
            <div role="main" class="document"><div itemprop="articleBody"><section id="sharing-data-between-workers"><h1>Sharing data between workers</h1>
            <p>Workers run in separate processes, so ordinary objects are not shared between them; this page shows the supported ways.</p>
            <section id="social-login-tokens"><h2>Social login tokens<a class="headerlink" href="#social-login-tokens">¶</a></h2><p>{Text}</p></section>
            <section id="related-settings"><h2 id="related-settings-heading">Related settings</h2><p>The RESULT_TTL and RESULT_MAX_BYTES settings control how long values live and how large they may be.</p></section>
            <h2 id="verifying-signatures">Verifying signatures</h2><p>Every payload carries a signature that the receiving worker checks before it reads the value from the store.</p>
            <div id="social-share"><p>Share this page on social networks and tell your friends about it today.</p></div>
            </section></div></div></body></html>
            """;
        var body = new ArticleParser().Parse(html).Article!.Body.Text;
        Assert.Contains("Social login tokens", body, StringComparison.Ordinal);
        Assert.Contains(Text, body, StringComparison.Ordinal);
        Assert.Contains("RESULT_TTL", body, StringComparison.Ordinal);
        Assert.Contains("Verifying signatures", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this page", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headings_id_that_is_a_prefix_and_its_first_words_as_a_slug_removes_nothing()
    {
        // A table of contents' anchors: "nav_" and the heading's first words ("<h3 id="nav_wiederherstellen">Wiederherstellen und testen</h3>").
        const string Text = "Spielen Sie mindestens einmal im Jahr einen kompletten Server auf einer frischen Maschine zurück, erst dann wissen Sie es.";
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Server-Backups mit Restic</title></head><body>
            <article><h1>Server-Backups mit Restic</h1><div class="article-content">
            <p>Ein Backup, das nie zurückgespielt wurde, ist kein Backup, sondern eine Hoffnung. Restic macht regelmäßige Sicherungen einfach.</p>
            <h3 class="subheading" id="nav_installation">Installation</h3>
            <p>Die Distributionspakete hinken oft hinterher. Wir empfehlen daher die offizielle Binärdatei, die sich selbst aktualisieren kann.</p>
            <h3 class="subheading" id="nav_wiederherstellen">Wiederherstellen und testen</h3><p>{Text}</p>
            </div></article><div id="nav_footer"><p>Impressum und Datenschutz und alle weiteren Seiten dieses Angebots finden Sie hier unten.</p></div></body></html>
            """;
        var body = new ArticleParser().Parse(html).Article!.Body;
        Assert.Contains(body.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Installation");
        Assert.Contains(body.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Wiederherstellen und testen");
        Assert.Contains(Text, body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Impressum", body.Text, StringComparison.Ordinal);
    }
}
