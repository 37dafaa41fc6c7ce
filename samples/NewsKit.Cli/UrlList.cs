using System.Globalization;
using System.Text;

namespace NewsKit.Cli;

/// <summary>
/// The page addresses of <c>batch --urls FILE</c>: a UTF-8 text file of tab-separated lines
/// <c>path&lt;TAB&gt;URL</c>, where path is a page file's path relative to the input folder (<c>/</c> or the system's
/// separator) and URL the page's absolute http or https address. Empty lines and lines starting with <c>#</c> are
/// skipped. A bad line (no tab, an empty path, a URL that is not absolute http or https, a path given twice) is a usage
/// error naming its line number.
/// </summary>
internal sealed class UrlList
{
    private readonly Dictionary<string, Uri> urls;

    private UrlList(Dictionary<string, Uri> urls) => this.urls = urls;

    /// <summary>How many pages the list names.</summary>
    public int Count => urls.Count;

    /// <summary>The address given for the page at <paramref name="relativePath"/> (with <c>/</c> separators), or null.</summary>
    public Uri? this[string relativePath] => urls.GetValueOrDefault(relativePath);

    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">A bad line (its number in the message).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static UrlList Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads a list from <paramref name="reader"/>; <paramref name="name"/> names it in messages.</summary>
    /// <exception cref="UsageException">A bad line (its number in the message).</exception>
    public static UrlList Read(TextReader reader, string name)
    {
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw Bad(name, number, "no tab between the path and the URL");
            }

            var file = Normalize(line[..tab]);
            var text = line[(tab + 1)..].Trim();
            if (file.Length == 0)
            {
                throw Bad(name, number, "an empty path");
            }

            var url = OptionValues.Url(text, out var why) ?? throw Bad(name, number, why!);
            if (!urls.TryAdd(file, url))
            {
                throw Bad(name, number, $"'{file}' is given a second time");
            }
        }

        return new UrlList(urls);
    }

    /// <summary>A relative path as the list and the batch rows write it: <c>/</c> separators, no leading <c>./</c>.</summary>
    public static string Normalize(string relativePath)
    {
        var path = relativePath.Trim().Replace(Path.DirectorySeparatorChar, '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path;
    }

    private static UsageException Bad(string name, int number, string why) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--urls: {name} line {number}: {why} (lines are: path<TAB>absolute URL)"));
}
