using System.Text;
using NewsKit.Input;

namespace NewsKit.Benchmarks;

/// <summary>
/// The inputs of the parsing benchmarks, only from files: the seed page of the repository
/// (<c>samples/pages/seed.html</c>) and, when one is given, every <c>.html</c>, <c>.htm</c> and <c>.html.gz</c>
/// page of a folder. The folder comes from <c>--pages DIR</c> on the command line (see <see cref="Program"/>) or
/// the <c>NEWSKIT_BENCH_PAGES</c> environment variable. Nothing is ever downloaded.
/// </summary>
public static class PageSets
{
    /// <summary>The environment variable naming the folder of pages; BenchmarkDotNet's child processes inherit it.</summary>
    public const string FolderVariable = "NEWSKIT_BENCH_PAGES";

    /// <summary>The name of the seed page set.</summary>
    public const string Seed = "seed.html";

    private const string SeedUrl = "https://www.newsroom.example/world/trump-strengthens-belarus-ties-with-envoy-visit-amid-political-prisoner-releases";

    /// <summary>The names of the page sets: the seed page, then the folder when one is given.</summary>
    public static IEnumerable<string> Names()
    {
        yield return Seed;
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder)
        {
            var full = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            yield return full.Parent is { } parent ? parent.Name + "/" + full.Name : full.Name;
        }
    }

    /// <summary>Reads the pages of a set into memory (decompressed, not decoded).</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The pages, in file name order.</returns>
    public static IReadOnlyList<Page> Load(string name)
    {
        if (name == Seed)
        {
            return [new Page(Seed, File.ReadAllBytes(FindSeed()), new Uri(SeedUrl))];
        }

        var folder = Environment.GetEnvironmentVariable(FolderVariable)
            ?? throw new InvalidOperationException($"{FolderVariable} is not set");
        var pages = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                || p.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
                || p.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new Page(Path.GetRelativePath(folder, path), Decompress(path, File.ReadAllBytes(path)), null))
            .ToArray();
        return pages.Length > 0 ? pages : throw new InvalidOperationException($"no .html, .htm or .html.gz page under {folder}");
    }

    private static byte[] Decompress(string path, byte[] raw)
    {
        if (!PageContent.IsGzip(raw))
        {
            return raw;
        }

        return PageContent.TryDecompressGzip(raw, 64L * 1024 * 1024, out var bytes, out var reason)
            ? bytes.ToArray()
            : throw new InvalidDataException($"{path}: {reason}");
    }

    private static string FindSeed()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "pages", "seed.html");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("samples/pages/seed.html not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One page: its name, its bytes (decompressed) and its URL when known.</summary>
/// <param name="Name">The file name, relative to its folder.</param>
/// <param name="Bytes">The page's bytes as fetched (UTF-8 or any other charset the page declares).</param>
/// <param name="Url">The page's URL, or null when unknown.</param>
public sealed record Page(string Name, byte[] Bytes, Uri? Url)
{
    /// <summary>The page's text, decoded as UTF-8 (with a byte order mark honoured), for peers that take text.</summary>
    public string DecodeUtf8() => new StreamReader(new MemoryStream(Bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
}
