using NewsKit.Extensions;
using NewsKit.Models;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Extensions;

/// <summary>
/// Parser extensions (issue 15): site rules, candidate providers and post-processors change the result on the pages they
/// are for, leave every other page as the default parser reads it, and never make a parse throw.
/// </summary>
public sealed class ExtensionTests
{
    private static readonly Uri Story = new("https://www.paper.example/local/library-opens-on-sundays-from-april");
    private static readonly Uri Elsewhere = new("https://other.example/local/library-opens-on-sundays-from-april");

    private static readonly ArticleParserOptions Options = new() { Clock = new FakeClock(Instant.FromUtc(2025, 5, 1, 12, 0)) };

    // A page written for these tests: a subscription box with an opaque class name sits between the paragraphs, the
    // date is shown in a span the generic search does not read, the byline has no byline markup.
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Library opens on Sundays from April | The Paper</title></head><body>
        <main>
          <h1>Library opens on Sundays from April</h1>
          <div class="k9-line"><span class="k9-who">Anna Smith</span> <span class="k9-when" data-t="2025-03-28T09:30:00+01:00">Friday</span></div>
          <div class="k9-copy">
            <p>The city library will open on Sunday afternoons from the first weekend in April, the council said on Thursday, after a survey found that most readers wanted longer hours.</p>
            <p>The main building and the two branch libraries will open from noon until five o'clock, staffed by volunteers and by four new part-time librarians.</p>
            <div class="k9-x"><p>Get the Paper delivered to your door every morning and save a third on the price of the first three months of your subscription.</p></div>
            <p>The council expects the longer hours to cost about 120,000 euros a year, which it will take from the budget for the city's cultural festival.</p>
            <p>A trial run last winter brought more than 2,000 visitors on its four Sundays, most of them families with young children and students before exams.</p>
          </div>
        </main></body></html>
        """;

    private static readonly SiteRule Rule = new("paper.example")
    {
        Body = "div.k9-copy",
        Authors = "span.k9-who",
        Published = "span.k9-when",
        Exclude = [".k9-x"],
    };

    private static ParseResult Default(Uri url) => new ArticleParser(Options).Parse(Page, url);

    private static ParseResult WithRule(Uri url) => new ArticleParserBuilder(Options).AddSiteRule(Rule).Build().Parse(Page, url);

    [Fact]
    public void A_site_rule_changes_the_body_the_byline_and_the_date_on_its_site()
    {
        var plain = Default(Story);
        var ruled = WithRule(Story);

        Assert.Contains("Get the Paper delivered", plain.Article!.Body.Text, StringComparison.Ordinal);
        Assert.Empty(plain.Article.Authors);

        Assert.True(ruled.Success, ruled.ToString());
        var article = ruled.Article!;
        Assert.Equal(BodyPath.Extension, article.Body.Path);
        Assert.Equal(4, article.Body.Blocks.Count);
        Assert.DoesNotContain("Get the Paper delivered", article.Body.Text, StringComparison.Ordinal);
        Assert.StartsWith("The city library will open on Sunday afternoons", article.Body.Text, StringComparison.Ordinal);
        Assert.Equal(["Anna Smith"], article.Authors.Select(a => a.Name));
        Assert.Equal(ValueSource.Extension, article.Sources[ArticleField.Authors]);
        Assert.Equal(ValueSource.Extension, article.Sources[ArticleField.Body]);

        // "Friday" alone is no date: the rule's element is read by its text, which is refused, and the warning says so.
        Assert.Contains(ruled.Warnings, w => w.Kind == WarningKind.RejectedTimestamp && w.Message.Contains("extension: published", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_rule_reads_the_element_s_machine_attribute_when_it_has_one()
    {
        var page = Page.Replace("data-t=", "content=", StringComparison.Ordinal);

        var result = new ArticleParserBuilder(Options).AddSiteRule(Rule).Build().Parse(page, Story);

        var published = result.Article!.Dateline.Published!;
        Assert.Equal(Instant.FromUtc(2025, 3, 28, 8, 30), published.Instant);
        Assert.Equal(Offset.FromHours(1), published.Offset);
        Assert.Equal(ValueSource.Extension, result.Article.Sources[ArticleField.Published]);
    }

    [Fact]
    public void A_site_rule_leaves_other_sites_as_the_default_parser_reads_them()
    {
        var plain = Default(Elsewhere);
        var ruled = WithRule(Elsewhere);

        Assert.Equal(plain.Article, ruled.Article);
        Assert.Equal(plain.Warnings, ruled.Warnings);
    }

    [Fact]
    public void A_site_rule_covers_the_site_s_subdomains_but_not_a_longer_name()
    {
        Assert.Equal(BodyPath.Extension, WithRule(new Uri("https://news.paper.example/a")).Article!.Body.Path);
        Assert.NotEqual(BodyPath.Extension, WithRule(new Uri("https://newspaper.example/a")).Article!.Body.Path);
    }

    [Fact]
    public void A_headline_rule_gives_the_headline_and_its_element()
    {
        var parser = new ArticleParserBuilder(Options).AddSiteRule(new SiteRule("paper.example") { Headline = "span.k9-who" }).Build();

        var article = parser.Parse(Page, Story).Article!;

        Assert.Equal("Anna Smith", article.Headline);
        Assert.Equal(ValueSource.Extension, article.Sources[ArticleField.Headline]);
    }

    [Fact]
    public void A_body_rule_that_finds_no_text_falls_back_to_the_search_with_a_warning()
    {
        var parser = new ArticleParserBuilder(Options).AddSiteRule(new SiteRule("paper.example") { Body = "span.k9-who" }).Build();

        var result = parser.Parse(Page, Story);

        Assert.Equal(Default(Story).Article!.Body, result.Article!.Body);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.ExtensionFailed && w.Message.Contains("body containers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_candidate_provider_points_the_stages_at_elements_it_chose()
    {
        var parser = new ArticleParserBuilder(Options)
            .AddCandidates((page, candidates) =>
            {
                candidates.AddBodyRoot(page.Document.QuerySelector("div.k9-copy")!);
                candidates.Exclude(page.Document.QuerySelector("div.k9-x")!);
            })
            .Build();

        var article = parser.Parse(Page, Elsewhere).Article!;

        Assert.Equal(BodyPath.Extension, article.Body.Path);
        Assert.DoesNotContain("Get the Paper delivered", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_or_post_processor_that_throws_is_left_out_with_a_warning()
    {
        var parser = new ArticleParserBuilder(Options)
            .AddCandidates((_, _) => throw new InvalidOperationException("broken provider"))
            .AddPostProcessor((_, _) => throw new InvalidOperationException("broken processor"))
            .AddPostProcessor((_, _) => null!)
            .Build();

        var result = parser.Parse(Page, Story);

        Assert.Equal(Default(Story).Article, result.Article);
        var messages = result.Warnings.Where(w => w.Kind == WarningKind.ExtensionFailed).Select(w => w.Message).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("broken provider", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("broken processor", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("returned null", StringComparison.Ordinal));
    }

    [Fact]
    public void Post_processors_run_in_order_on_the_finished_article()
    {
        var parser = new ArticleParserBuilder(Options)
            .AddPostProcessor((article, page) => article with { Tags = [.. article.Tags, page.Host!] })
            .AddPostProcessor((article, _) => article with { Tags = [.. article.Tags, article.Tags.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)] })
            .Build();

        var article = parser.Parse(Page, Story).Article!;

        Assert.Equal(["www.paper.example", "1"], article.Tags);
    }

    [Fact]
    public void An_extension_registers_on_the_builder_when_it_is_used()
    {
        var extension = new RuleExtension();
        var builder = new ArticleParserBuilder(Options).Use(extension);
        var parser = builder.Build();

        builder.AddPostProcessor((article, _) => article with { Headline = "changed after Build" });

        Assert.Equal(1, extension.Calls);
        var article = parser.Parse(Page, Story).Article!;
        Assert.Equal(BodyPath.Extension, article.Body.Path);
        Assert.NotEqual("changed after Build", article.Headline);
    }

    [Fact]
    public void Invalid_rules_and_null_extensions_throw_where_they_are_made()
    {
        Assert.Throws<ArgumentException>(() => new SiteRule("paper.example") { Body = "div[" });
        Assert.Throws<ArgumentException>(() => new SiteRule("paper.example") { Exclude = ["p", ">>"] });
        Assert.Throws<ArgumentException>(() => new SiteRule("https://paper.example/"));
        Assert.Throws<ArgumentException>(() => new SiteRule(" "));
        Assert.Throws<ArgumentNullException>(() => new SiteRule(null!));
        Assert.Throws<ArgumentNullException>(() => new SiteRule("paper.example") { Exclude = null! });
        var builder = new ArticleParserBuilder();
        Assert.Throws<ArgumentNullException>(() => builder.Use(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddSiteRule(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddCandidates(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddPostProcessor(null!));
    }

    [Fact]
    public void Site_rules_compare_by_value_and_keep_their_host_in_lower_case()
    {
        var a = new SiteRule("Paper.Example.") { Exclude = [".a", ".b"] };
        var b = new SiteRule("paper.example") { Exclude = new List<string> { ".a", ".b" } };

        Assert.Equal("paper.example", a.Host);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    private sealed class RuleExtension : IArticleExtension
    {
        public int Calls { get; private set; }

        public void Setup(ArticleParserBuilder builder)
        {
            Calls++;
            builder.AddSiteRule(Rule);
        }
    }

    [Fact]
    public void An_error_inside_the_stages_gives_a_result_that_says_so_not_an_exception()
    {
        // An element whose every member throws stands in for a fault inside the parse: the stages read it after the
        // provider has returned, so no extension guard catches it.
        var parser = new ArticleParserBuilder(Options)
            .AddCandidates((_, candidates) => candidates.SetHeadline(System.Reflection.DispatchProxy.Create<AngleSharp.Dom.IElement, ThrowingMembers>()))
            .Build();

        var result = parser.Parse(Page, Story);

        Assert.False(result.Success);
        Assert.Equal(ParseFailure.InternalError, result.Failure);
        Assert.Contains("a member of a broken element", result.Reason, StringComparison.Ordinal);
    }

    /// <summary>A proxy whose every interface member throws.</summary>
    public class ThrowingMembers : System.Reflection.DispatchProxy
    {
        /// <inheritdoc/>
        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException("a member of a broken element");
    }
}
