using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsKit.Tests.Promises;

/// <summary>How input that cannot be read whole is reported: each failure says what happened, in any culture.</summary>
public sealed class InputFailureTests
{
    private static readonly byte[] Page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seed", "seed-bare.html"));

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    [Fact]
    public void Whole_gzip_data_gives_no_truncation_warning()
    {
        var result = ArticleParser.Default.Parse(Gzip(Page));

        Assert.True(result.Success, result.ToString());
        Assert.DoesNotContain(result.Warnings, w => w.Kind == WarningKind.TruncatedInput);
    }

    [Fact]
    public void Truncated_gzip_data_gives_a_warning()
    {
        var gzip = Gzip(Page);
        var cut = gzip.AsMemory(0, gzip.Length * 3 / 4);

        var result = ArticleParser.Default.Parse(cut);

        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.TruncatedInput);
    }

    [Fact]
    public void Gzip_data_without_its_trailer_gives_a_warning()
    {
        var gzip = Gzip(Page);

        var result = ArticleParser.Default.Parse(gzip.AsMemory(0, gzip.Length - 8));

        Assert.True(result.Success, result.ToString());
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.TruncatedInput);
    }

    [Fact]
    public async Task A_stream_that_fails_to_read_is_a_read_failure_not_notHtml()
    {
        var sync = ArticleParser.Default.Parse(new FailingStream(new IOException("connection reset")));
        var async = await ArticleParser.Default.ParseAsync(new FailingStream(new IOException("connection reset")));

        Assert.Equal(ParseFailure.ReadFailed, sync.Failure);
        Assert.Equal(ParseFailure.ReadFailed, async.Failure);
        Assert.Contains("connection reset", sync.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streams_own_timeout_is_not_the_caller_cancelling()
    {
        var sync = ArticleParser.Default.Parse(new FailingStream(new TaskCanceledException("the read timed out")));
        var async = await ArticleParser.Default.ParseAsync(new FailingStream(new TaskCanceledException("the read timed out")));
        var timeout = await ArticleParser.Default.ParseAsync(new FailingStream(new TimeoutException("the read timed out")));

        Assert.Equal(ParseFailure.ReadFailed, sync.Failure);
        Assert.Equal(ParseFailure.ReadFailed, async.Failure);
        Assert.Equal(ParseFailure.ReadFailed, timeout.Failure);
    }

    [Fact]
    public async Task The_callers_cancellation_is_still_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var result = await ArticleParser.Default.ParseAsync(new MemoryStream(Page), cancellationToken: cancel.Token);

        Assert.Equal(ParseFailure.Cancelled, result.Failure);
    }

    [Fact]
    public void Messages_use_the_invariant_culture()
    {
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputBytes = 1_200_000 });
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var bytes = parser.Parse(new byte[1_300_000]);
            var stream = parser.Parse(new MemoryStream(new byte[1_300_000]));
            var text = parser.Parse(new string('a', 700_000));

            Assert.Contains("1,200,000", bytes.Reason, StringComparison.Ordinal);
            Assert.Contains("1,200,000", stream.Reason, StringComparison.Ordinal);
            Assert.Contains("700,000", text.Reason, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_string_too_long_is_reported_in_characters()
    {
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputBytes = 1_000 });

        var result = parser.Parse(new string('a', 600));

        Assert.Equal(ParseFailure.TooLarge, result.Failure);
        Assert.Equal("the input is 600 characters, over the limit of 500 characters (MaxInputBytes counts two bytes a character)", result.Reason);
    }

    [Fact]
    public void Bytes_too_long_are_reported_in_bytes()
    {
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputBytes = 1_000 });

        var result = parser.Parse(Encoding.UTF8.GetBytes(new string('a', 1_200)));

        Assert.Equal("the input is 1,200 bytes, over the 1,000-byte limit", result.Reason);
    }

    /// <summary>A stream whose every read throws the given exception.</summary>
    private sealed class FailingStream(Exception exception) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw exception;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(exception);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
