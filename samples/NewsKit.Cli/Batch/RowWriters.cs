using System.Text;

namespace NewsKit.Cli.Batch;

/// <summary>Where a run's rows go: JSON Lines or Parquet, to one stream. Not thread-safe: the caller serializes calls.</summary>
internal interface IRowWriter : IAsyncDisposable
{
    /// <summary>Writes one row (Parquet buffers rows into row groups).</summary>
    ValueTask WriteAsync(BatchRow row, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered and ends the output (the Parquet footer); the stream is flushed, not closed.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>The output formats of <c>batch</c>.</summary>
internal enum RowFormat
{
    /// <summary>JSON Lines: one JSON object a line (<see cref="BatchRow.ToJsonLine"/>).</summary>
    JsonLines,

    /// <summary>Parquet: the schema of <see cref="ParquetRows"/>.</summary>
    Parquet,
}

/// <summary>Makes writers of a format.</summary>
internal static class RowWriters
{
    /// <summary>The file extension of a format's output: <c>.jsonl</c> or <c>.parquet</c>.</summary>
    public static string Extension(RowFormat format) => format == RowFormat.Parquet ? ".parquet" : ".jsonl";

    /// <summary>A writer of <paramref name="format"/> to <paramref name="stream"/>, which it closes when disposed.</summary>
    public static IRowWriter Create(RowFormat format, Stream stream) =>
        format == RowFormat.Parquet ? new ParquetRows(stream) : new JsonLinesWriter(stream);

    /// <summary>A JSON Lines writer to a text writer (standard output), which it does not close.</summary>
    public static IRowWriter Create(TextWriter output) => new JsonLinesTextWriter(output);

    private sealed class JsonLinesWriter(Stream stream) : IRowWriter
    {
        public ValueTask WriteAsync(BatchRow row, CancellationToken cancellationToken)
        {
            stream.Write(row.ToJsonLine());
            return ValueTask.CompletedTask;
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class JsonLinesTextWriter(TextWriter output) : IRowWriter
    {
        public ValueTask WriteAsync(BatchRow row, CancellationToken cancellationToken)
        {
            output.Write(Encoding.UTF8.GetString(row.ToJsonLine()));
            return ValueTask.CompletedTask;
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await output.FlushAsync(cancellationToken).ConfigureAwait(false);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
