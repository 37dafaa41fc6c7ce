using System.Globalization;
using System.IO.Compression;

namespace NewsKit.Cli.Warc;

/// <summary>
/// The records of a WARC file, plain (<c>.warc</c>) or gzip-compressed (<c>.warc.gz</c>, recognized by its bytes),
/// streamed: one block in memory at a time.
/// </summary>
/// <remarks>
/// A gzip file is read as one stream over all its members (a record per member, as the WARC standard recommends, or
/// any other way). When the compressed data is corrupt, the record being read is <see cref="WarcProblem.Corrupt"/>,
/// and reading goes on at the next gzip member that starts with a record not yet read: the file is searched from a
/// little before the break for the gzip header bytes, and a candidate counts only when it decompresses to a WARC version
/// line whose <c>WARC-Record-ID</c> was not seen. The same search runs when the gzip data ends before the file does (a
/// member whose gzip header is damaged). A plain file goes on at the next <c>WARC/</c> line (see <see cref="WarcReader"/>).
/// </remarks>
internal sealed class WarcFile
{
    /// <summary>The names of WARC inputs: <c>.warc</c> and <c>.warc.gz</c>.</summary>
    public static readonly string[] Extensions = [".warc", ".warc.gz"];

    private const int SeenIdLimit = 4096;
    private const long ResyncLookBehind = 256 * 1024;

    private readonly string path;
    private readonly long maxBlockBytes;
    private readonly Func<WarcHeaders, bool> wantsBlock;

    /// <summary>Creates a reader of the file at <paramref name="path"/> (nothing is opened until <see cref="Records"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBlockBytes">The largest block loaded; larger blocks are skipped as <see cref="WarcProblem.TooLarge"/>.</param>
    /// <param name="wantsBlock">Whether to load the block of a record with these headers.</param>
    public WarcFile(string path, long maxBlockBytes, Func<WarcHeaders, bool> wantsBlock)
    {
        this.path = path;
        this.maxBlockBytes = maxBlockBytes;
        this.wantsBlock = wantsBlock;
    }

    /// <summary>Whether <paramref name="path"/> is named as a WARC file.</summary>
    public static bool IsWarcName(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The records, in file order.</summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public IEnumerable<WarcRecord> Records()
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        // Gzip by its bytes, or by its name when its first bytes are damaged (reading then goes on at the next member).
        var isGzip = (file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
            || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        file.Position = 0;
        if (!isGzip)
        {
            var reader = new WarcReader(new BufferedStream(file, 1 << 16), maxBlockBytes, wantsBlock);
            while (reader.Next() is { } record)
            {
                yield return record;
            }

            yield break;
        }

        var seen = new SeenIds(SeenIdLimit);
        var memberStart = 0L;
        var lastBreak = -1L;
        while (memberStart >= 0)
        {
            file.Position = memberStart;
            var counting = new CountingStream(file);
            using var gzip = new GZipStream(counting, CompressionMode.Decompress, leaveOpen: true);
            var reader = new WarcReader(gzip, maxBlockBytes, wantsBlock);
            var skipSeen = memberStart > 0;
            var lastGood = memberStart;
            WarcRecord? broken = null;
            while (reader.Next() is { } next)
            {
                var record = next;
                if (reader.StreamError is { } error && record.Problem == WarcProblem.Truncated)
                {
                    // The record that the corrupt data cut short: corrupt, not merely truncated.
                    record = record with { Problem = WarcProblem.Corrupt, Reason = Corrupt(memberStart + counting.BytesRead, error) };
                    broken = record;
                }

                var id = record.Headers.RecordId;
                if (skipSeen && id is not null && seen.Contains(id))
                {
                    continue;
                }

                skipSeen = false;
                if (id is not null && record.Problem != WarcProblem.Corrupt)
                {
                    seen.Add(id);
                }

                if (record == broken)
                {
                    break;
                }

                yield return record;
            }

            if (broken is null && reader.StreamError is { } late)
            {
                // The data broke between records (in a member's header or trailer).
                broken = new WarcRecord(reader.Position, new WarcHeaders(), null, WarcProblem.Corrupt, Corrupt(memberStart + counting.BytesRead, late));
            }

            if (broken is not null)
            {
                // Search from a little before the break, but always past the last place reading went on from, so
                // that every round moves forward.
                lastGood = Math.Max(memberStart + 1, memberStart + counting.BytesRead - ResyncLookBehind);
            }

            if (broken is null)
            {
                // GZipStream ends quietly at bytes that are not a gzip header (a member whose header is damaged): look
                // for members after it that hold records not read yet.
                var next = NextMember(file, Math.Max(memberStart + 1, memberStart + counting.BytesRead - ResyncLookBehind), seen);
                if (next < 0)
                {
                    yield break;
                }

                yield return new WarcRecord(next, new WarcHeaders(), null, WarcProblem.Corrupt, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the gzip data is not readable before compressed byte {next:N0} (a damaged gzip header); reading goes on there"));
                memberStart = next;
                continue;
            }

            var breakAt = memberStart + counting.BytesRead;
            if (breakAt > lastBreak)
            {
                // The same break met again (after going on from a member before it) is reported once.
                lastBreak = breakAt + ResyncLookBehind;
                yield return broken;
            }

            memberStart = NextMember(file, lastGood, seen);
        }
    }

    private static string Corrupt(long at, InvalidDataException error) =>
        string.Create(CultureInfo.InvariantCulture, $"corrupt gzip data near compressed byte {at:N0} ({error.Message})");

    /// <summary>
    /// The offset of the first gzip member at or after <paramref name="from"/> that decompresses to a WARC record not yet
    /// read, or -1 when there is none.
    /// </summary>
    private static long NextMember(FileStream file, long from, SeenIds seen)
    {
        var chunk = new byte[1 << 16];
        var offset = from;
        while (true)
        {
            file.Position = offset;
            var n = file.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
            if (n < 10)
            {
                return -1;
            }

            var span = chunk.AsSpan(0, n);
            var searched = 0;
            while (true)
            {
                var at = span[searched..].IndexOf((byte)0x1f);
                if (at < 0 || searched + at + 10 > n)
                {
                    break;
                }

                var candidate = searched + at;
                // A gzip header: 1f 8b, method 8 (deflate), no reserved flag bits.
                if (span[candidate + 1] == 0x8b && span[candidate + 2] == 8 && (span[candidate + 3] & 0xE0) == 0
                    && StartsWithUnseenRecord(file, offset + candidate, seen))
                {
                    return offset + candidate;
                }

                searched = candidate + 1;
            }

            if (n < chunk.Length)
            {
                return -1;
            }

            offset += searched == 0 ? n - 9 : Math.Max(searched, n - 9);
        }
    }

    private static bool StartsWithUnseenRecord(FileStream file, long offset, SeenIds seen)
    {
        try
        {
            file.Position = offset;
            using var gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
            var reader = new WarcReader(gzip, 0, _ => false);
            var record = reader.Next();
            return reader.StreamError is null && record is { Headers.Version: not null, Problem: WarcProblem.None }
                && (record.Headers.RecordId is not { } id || !seen.Contains(id));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The last record ids read, to tell a member already read from a new one after a resynchronization.</summary>
    private sealed class SeenIds(int limit)
    {
        private readonly HashSet<string> ids = new(StringComparer.Ordinal);
        private readonly Queue<string> order = new();

        public bool Contains(string id) => ids.Contains(id);

        public void Add(string id)
        {
            if (!ids.Add(id))
            {
                return;
            }

            order.Enqueue(id);
            if (order.Count > limit)
            {
                ids.Remove(order.Dequeue());
            }
        }
    }

    /// <summary>A read-only view of a stream that counts the bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
