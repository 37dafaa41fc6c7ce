// Parses one saved news page and prints what NewsKit found.
// Usage: dotnet run --project samples/ParseOnePage -- [PAGE] [URL]   (default: the seed page, copied beside the program)
using System.Globalization;
using NewsKit;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "pages", "seed.html");
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

// Build the parser once and reuse it: it is immutable and thread-safe.
var parser = new ArticleParser(new ArticleParserOptions { Timeout = TimeSpan.FromSeconds(10) });

// Hand it the bytes as fetched: the charset is detected (byte order mark, <meta charset>, content).
await using var page = File.OpenRead(path);
var result = await parser.ParseAsync(page, url);

// Parsing never throws for bad input: the result says why there is no article.
if (!result.Success)
{
    Console.Error.WriteLine($"no article: {result.Failure}: {result.Reason}");
    return 1;
}

var article = result.Article;
Console.WriteLine(article.Headline);
if (article.Standfirst is { } standfirst)
{
    Console.WriteLine(standfirst);
}

// A timestamp is as precise as the page was: an instant with the offset the page showed, a local time, or a date.
if (article.Dateline.Published is { } published)
{
    var value = published.OffsetDateTime?.ToString("uuuu-MM-dd HH:mm:ss o<+HH:mm>", CultureInfo.InvariantCulture)
        ?? published.Local?.ToString("uuuu-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        ?? published.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    Console.WriteLine($"Published {value} ({published.Kind}, read from {published.Source}: \"{published.Text}\")");
}

if (article.Authors.Count > 0)
{
    Console.WriteLine("By " + string.Join(", ", article.Authors.Select(a => a.Name)));
}

Console.WriteLine();
Console.WriteLine(article.Body.Text);

if (article.RelatedLinks.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"{article.RelatedLinks.Count} related links, the first: {article.RelatedLinks[0].Title} <{article.RelatedLinks[0].Url}>");
}

if (article.Copyright is { } copyright)
{
    Console.WriteLine(copyright.Text);
}

foreach (var warning in result.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}

return 0;
