using System.Text;
using CsCheck;
using NewsKit.Cli.Batch;
using NewsKit.Cli.Warc;

namespace NewsKit.Cli.Tests.Warc;

/// <summary>
/// The reader on damaged files: any cut, any flipped byte, any inserted or removed run of bytes, in plain and gzip
/// files. It never throws, always ends, never returns more records than there are bytes; a plain file cut anywhere
/// still gives every record whose block ends before the cut, whole, and only those; a damaged byte anywhere in a gzip
/// member costs at most that member's record.
/// </summary>
public sealed class WarcReaderPropertyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-warc-prop-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static WarcBuilder Pages(out int[] ends)
    {
        var warc = new WarcBuilder();
        warc.Add("warcinfo", "software: tests\r\n"u8.ToArray(), "application/warc-fields");
        for (var i = 0; i < 4; i++)
        {
            warc.Response($"https://news.example/{i}", WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page($"Story {i}"))));
        }

        // Where each record's block ends in the plain file (before its two CRLFs).
        var plain = warc.Plain();
        var list = new List<int>();
        var at = 0;
        while (true)
        {
            var next = plain.AsSpan(at + 1).IndexOf("WARC/1.1\r\n"u8);
            if (next < 0)
            {
                list.Add(plain.Length - 4);
                break;
            }

            at += next + 1;
            list.Add(at - 4);
        }

        ends = [.. list];
        return warc;
    }

    private List<WarcRecord> Read(byte[] bytes, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return new WarcFile(path, 1 << 20, WarcPages.WantsBlock).Records().ToList();
    }

    [Fact]
    public void Damaged_files_never_make_the_reader_throw_or_loop()
    {
        var warc = Pages(out _);
        var files = new[] { warc.Plain(), warc.GzipPerRecord(), warc.GzipWhole() };
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Int[1, 64], Gen.Byte).Sample(
            (layout, damage, position, length, value) =>
            {
                var bytes = files[layout];
                var at = position % bytes.Length;
                var damaged = damage switch
                {
                    0 => bytes[..at],
                    1 => [.. bytes[..at], (byte)(bytes[at] ^ (value | 1)), .. bytes[(at + 1)..]],
                    2 => [.. bytes[..at], .. Enumerable.Repeat(value, length), .. bytes[at..]],
                    _ => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + length)..]],
                };

                // CsCheck samples on several threads at once: each sample has its own file.
                var records = Read(damaged, $"damaged-{Guid.NewGuid():N}.warc");

                Assert.True(records.Count <= damaged.Length + 1);
                Assert.All(records.Where(r => r.Problem == WarcProblem.None && r.Block is not null), r => Assert.Equal(r.Headers.ContentLength, r.Block!.Length));
            },
            iter: 600);
    }

    [Fact]
    public void Any_byte_damaged_in_a_gzip_member_costs_at_most_that_members_record()
    {
        // Every byte of every member, header and trailer included, flipped two ways: the other records are all read whole.
        var warc = Pages(out _);
        var members = warc.GzipMembers();
        var ids = Enumerable.Range(1, members.Count).Select(WarcBuilder.Id).ToArray();
        var path = Path.Combine(folder, "member.warc.gz");
        for (var member = 0; member < members.Count; member++)
        {
            foreach (var flip in new byte[] { 0xff, 0x01 })
            {
                for (var at = 0; at < members[member].Length; at++)
                {
                    var damaged = members.Select(m => m.ToArray()).ToList();
                    damaged[member][at] ^= flip;
                    File.WriteAllBytes(path, [.. damaged.SelectMany(m => m)]);

                    var records = new WarcFile(path, 1 << 20, WarcPages.WantsBlock).Records().ToList();

                    var whole = records.Where(r => r.Problem == WarcProblem.None && r.Headers.RecordId != ids[member]).Select(r => r.Headers.RecordId);
                    Assert.True(
                        ids.Where((_, i) => i != member).SequenceEqual(whole),
                        $"member {member}, byte {at} ^ {flip:x2}: {string.Join(" | ", records.Select(r => $"{r.Headers.RecordId} {r.Problem} {r.Reason}"))}");
                    Assert.True(records.Count <= members.Count + 1, $"member {member}, byte {at} ^ {flip:x2}: {records.Count} records");
                }
            }
        }
    }

    [Fact]
    public void A_gzip_member_cut_short_anywhere_costs_at_most_its_own_record()
    {
        // A member cut at every length and followed by the next members (a writer killed mid-record, then appended to).
        var warc = Pages(out _);
        var members = warc.GzipMembers();
        var ids = Enumerable.Range(1, members.Count).Select(WarcBuilder.Id).ToArray();
        var path = Path.Combine(folder, "cut-member.warc.gz");
        var original = Read(warc.GzipPerRecord(), "whole.warc.gz");
        foreach (var member in new[] { 0, 2, members.Count - 1 })
        {
            for (var length = 0; length < members[member].Length; length++)
            {
                var cut = members.Select((m, i) => i == member ? m[..length] : m).ToList();
                File.WriteAllBytes(path, [.. cut.SelectMany(m => m)]);

                var records = new WarcFile(path, 1 << 20, WarcPages.WantsBlock).Records().ToList();

                var whole = records.Where(r => r.Problem == WarcProblem.None && r.Headers.RecordId != ids[member]).Select(r => r.Headers.RecordId);
                Assert.True(
                    ids.Where((_, i) => i != member).SequenceEqual(whole),
                    $"member {member} cut to {length}: {string.Join(" | ", records.Select(r => $"{r.Headers.RecordId} {r.Problem} {r.Reason}"))}");
                // The cut record itself is a problem, or whole when all of its data was still there (a cut trailer).
                Assert.All(
                    records.Where(r => r.Headers.RecordId == ids[member] && r.Problem == WarcProblem.None),
                    r => Assert.Equal(original[member].Block, r.Block));
            }
        }
    }

    [Fact]
    public void A_plain_file_cut_at_every_byte_keeps_every_record_before_the_cut()
    {
        var warc = Pages(out var ends);
        var plain = warc.Plain();
        var whole = Read(plain, "whole.warc");
        for (var cut = 0; cut <= plain.Length; cut++)
        {
            {
                var records = Read(plain[..cut], "cut.warc");

                var before = ends.Count(e => e <= cut);
                Assert.True(records.Count >= before);
                for (var i = 0; i < before; i++)
                {
                    Assert.Equal(WarcProblem.None, records[i].Problem);
                    Assert.Equal(whole[i].Headers.RecordId, records[i].Headers.RecordId);
                    Assert.Equal(whole[i].Block, records[i].Block);
                }

                Assert.All(records.Skip(before), r => Assert.True(r.Problem != WarcProblem.None, $"cut {cut} of {plain.Length}, ends {string.Join(",", ends)}: record {r.Headers.RecordId} at {r.Offset} is whole"));
            }
        }
    }
}
