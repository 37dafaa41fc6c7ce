// A program written as a NewsKit user would write it, built against the packed package. CI runs it to prove
// that the package works as shipped and carries what it promises (README, license, XML docs, symbols, repository).
// Usage: Consumer PAGE EXPECTED_JSON PACKAGE_FOLDER
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Xml.Linq;
using NewsKit;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Consumer PAGE EXPECTED_JSON PACKAGE_FOLDER");
    return 2;
}

var failures = new List<string>();

// 1. The package's API parses the seed page as expected.json says.
using var expected = JsonDocument.Parse(File.ReadAllText(args[1]));
var headline = expected.RootElement.GetProperty("headline").GetString();
var pageUrl = new Uri(expected.RootElement.GetProperty("page_url").GetString()!);
var parser = new ArticleParser();
await using (var page = File.OpenRead(args[0]))
{
    var result = await parser.ParseAsync(page, pageUrl);
    if (!result.Success)
    {
        failures.Add($"the seed page gave no article: {result.Failure}: {result.Reason}");
    }
    else if (result.Article.Headline != headline)
    {
        failures.Add($"headline: expected \"{headline}\", got \"{result.Article.Headline}\"");
    }
    else
    {
        Console.WriteLine($"parsed the seed page: \"{result.Article.Headline}\", {result.Article.Body.Blocks.Count} body blocks");
    }
}

// 2. The package carries what it promises.
var nupkg = Directory.GetFiles(args[2], "NewsKit.*.nupkg").Single();
var snupkg = Path.ChangeExtension(nupkg, ".snupkg");
using (var package = ZipFile.OpenRead(nupkg))
{
    var entries = package.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var required in new[] { "README.md", "icon.png", "lib/net8.0/NewsKit.dll", "lib/net8.0/NewsKit.xml", "lib/net10.0/NewsKit.dll", "lib/net10.0/NewsKit.xml" })
    {
        if (!entries.Contains(required))
        {
            failures.Add($"{Path.GetFileName(nupkg)} lacks {required}");
        }
    }

    using var nuspecStream = package.GetEntry("NewsKit.nuspec")!.Open();
    var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Value(string name, string? attribute = null)
    {
        var element = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        return attribute is null ? element?.Value : element?.Attribute(attribute)?.Value;
    }

    if (Value("license") != "MIT" || Value("license", "type") != "expression")
    {
        failures.Add("the nuspec has no MIT license expression");
    }

    if (Value("readme") != "README.md")
    {
        failures.Add("the nuspec names no README");
    }

    if (Value("icon") != "icon.png")
    {
        failures.Add("the nuspec names no icon");
    }

    if (string.IsNullOrEmpty(Value("repository", "url")) || string.IsNullOrEmpty(Value("repository", "commit")))
    {
        failures.Add("the nuspec has no repository URL and commit");
    }

    var version = Value("version");
    var loaded = typeof(ArticleParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty;
    if (version is null || !loaded.StartsWith(version + "+", StringComparison.Ordinal))
    {
        failures.Add($"the loaded NewsKit is {loaded}, not the packed {version}");
    }
    else
    {
        Console.WriteLine($"running against the packed NewsKit {loaded}");
    }
}

if (!File.Exists(snupkg))
{
    failures.Add($"no symbol package {Path.GetFileName(snupkg)}");
}
else
{
    using var symbols = ZipFile.OpenRead(snupkg);
    if (!symbols.Entries.Any(e => e.FullName == "lib/net10.0/NewsKit.pdb"))
    {
        failures.Add($"{Path.GetFileName(snupkg)} lacks lib/net10.0/NewsKit.pdb");
    }
    else
    {
        using var pdb = new MemoryStream();
        using (var entry = symbols.GetEntry("lib/net10.0/NewsKit.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var map = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == sourceLink)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .FirstOrDefault();
        if (map is null)
        {
            failures.Add("the PDB has no Source Link map");
        }
        else
        {
            Console.WriteLine("Source Link: " + map);
        }
    }
}

foreach (var failure in failures)
{
    Console.Error.WriteLine("package check failed: " + failure);
}

if (failures.Count == 0)
{
    Console.WriteLine("package ok: README, icon, MIT license expression, XML docs for net8.0 and net10.0, symbols with Source Link, repository and commit");
}

return failures.Count == 0 ? 0 : 1;
