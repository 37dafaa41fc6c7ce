using System.Globalization;
using System.Text;
using NewsKit.Cli.Warc;

namespace NewsKit.Cli.Batch;

/// <summary>One input file of <c>batch</c>: a page file or a WARC file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Relative">Its path relative to the input folder, with <c>/</c> separators: the rows' <c>file</c>.</param>
/// <param name="IsWarc">Whether it is a WARC file (<c>.warc</c>, <c>.warc.gz</c>).</param>
internal sealed record BatchInput(string Path, string Relative, bool IsWarc);

/// <summary>
/// The input files of <c>batch</c>: every <c>.html</c>, <c>.htm</c>, <c>.html.gz</c>, <c>.warc</c> and <c>.warc.gz</c>
/// file under a folder (streamed, in the file system's order; symbolic links not followed, hidden files skipped), or one
/// file; with <c>--shard K/N</c>, those whose relative path hashes to shard K.
/// </summary>
internal static class BatchInputs
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".html.gz"];

    /// <summary>The inputs under <paramref name="folder"/> (or the one file <paramref name="file"/>) in <paramref name="shard"/>.</summary>
    public static IEnumerable<BatchInput> Under(string folder, string? file, Shard? shard)
    {
        var paths = file is not null ? [file] : Files(folder);
        foreach (var path in paths)
        {
            var relative = System.IO.Path.GetRelativePath(folder, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            if (shard is { } s && !s.Contains(relative))
            {
                continue;
            }

            yield return new BatchInput(path, relative, WarcFile.IsWarcName(path));
        }
    }

    private static IEnumerable<string> Files(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(path => PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || WarcFile.IsWarcName(path));
    }
}

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the inputs whose relative path (UTF-8, <c>/</c> separators) has a
/// 64-bit FNV-1a hash that is <see cref="Index"/> modulo <see cref="Count"/>. The hash depends on nothing but the path,
/// so every run, machine and engine splits a folder the same way.
/// </summary>
/// <param name="Index">The shard, from 0 to <see cref="Count"/> - 1.</param>
/// <param name="Count">How many shards.</param>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>The most shards.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Reads <c>K/N</c> (0 &lt;= K &lt; N); null and a reason when it is not that.</summary>
    public static Shard? Parse(string text, out string? reason)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index < count)
        {
            reason = null;
            return new Shard(index, count);
        }

        reason = string.Create(CultureInfo.InvariantCulture, $"'{text}' is not K/N with 0 <= K < N <= {MaxCount:N0} (such as 0/3, 1/3, 2/3)");
        return null;
    }

    /// <summary>Whether the input at <paramref name="relativePath"/> is in this shard.</summary>
    public bool Contains(string relativePath) => (int)(Hash(relativePath) % (ulong)Count) == Index;

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="relativePath"/>.</summary>
    public static ulong Hash(string relativePath)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(relativePath))
        {
            hash = (hash ^ b) * prime;
        }

        return hash;
    }
}
