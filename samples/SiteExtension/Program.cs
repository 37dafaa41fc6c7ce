// Shows a site extension: rules for one publisher's layout that the generic extraction cannot know.
// Usage: dotnet run --project samples/SiteExtension -- [PAGE] [URL]
//   (default: a page of the fictional "courier.example", copied beside the program)
// It parses the page twice, with the default parser and with the extension, and prints what changed.
using NewsKit;
using NewsKit.Extensions;
using NewsKit.Models;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "pages", "site-extension.html");
Uri? url = null;
if (args.Length > 1 && !Uri.TryCreate(args[1], UriKind.Absolute, out url))
{
    Console.Error.WriteLine($"not an absolute URL: {args[1]}");
    return 2;
}

if (!File.Exists(path))
{
    Console.Error.WriteLine($"no such file: {path}");
    return 1;
}

var html = await File.ReadAllTextAsync(path);

// The same options for both parsers; the extension is added with the builder, Markdig style.
var plain = new ArticleParser();
var extended = new ArticleParserBuilder().Use(new CourierExtension()).Build();

var before = plain.Parse(html, url);
var after = extended.Parse(html, url);
if (!after.Success)
{
    Console.Error.WriteLine($"no article: {after.Failure}: {after.Reason}");
    return 1;
}

Show("default parser", before.Article);
Console.WriteLine();
Show("with the Courier extension", after.Article);
foreach (var warning in after.Warnings)
{
    Console.WriteLine($"warning: {warning.Kind}: {warning.Message}");
}

return 0;

static void Show(string title, Article? article)
{
    Console.WriteLine($"== {title}");
    if (article is null)
    {
        Console.WriteLine("no article");
        return;
    }

    string Source(ArticleField field) => article.Sources.TryGetValue(field, out var source) ? source.ToString() : "-";
    Console.WriteLine($"headline:  {article.Headline} ({Source(ArticleField.Headline)})");
    Console.WriteLine($"authors:   {string.Join(", ", article.Authors.Select(a => a.Name))} ({Source(ArticleField.Authors)})");
    Console.WriteLine($"published: {article.Dateline.Published?.Text ?? "-"} ({Source(ArticleField.Published)})");
    Console.WriteLine($"tags:      {string.Join(", ", article.Tags)}");
    Console.WriteLine($"body:      {article.Body.Blocks.Count} blocks, path {article.Body.Path}");
    foreach (var block in article.Body.Blocks)
    {
        Console.WriteLine($"  | {(block.Text.Length > 90 ? block.Text[..90] + "..." : block.Text)}");
    }
}

/// <summary>
/// What one publisher's pages need: its story container, its byline and date classes, the subscription box it sets
/// between the paragraphs, and a tag for every article of the site. The rule applies to courier.example and its
/// subdomains only; every other page is parsed as usual.
/// </summary>
internal sealed class CourierExtension : IArticleExtension
{
    public void Setup(ArticleParserBuilder builder) =>
        builder
            .AddSiteRule(new SiteRule("courier.example")
            {
                Body = "div.story-text",
                Authors = "span.story-writer",
                Published = "span.story-stamp",
                Exclude = [".cx-inline"],
            })
            .AddPostProcessor((article, page) =>
                page.Host is { } host && host.EndsWith("courier.example", StringComparison.Ordinal)
                    ? article with { Tags = [.. article.Tags, "courier"] }
                    : article);
}
