using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore;

namespace NewsKit.Cli.Queue;

/// <summary>
/// The JetStream objects of the queue, created on first use by any command (the same settings each time): the
/// work-queue stream of jobs, the stream of results, the object store bucket of large pages, and the workers' durable
/// consumer. Messages are raw bytes (<see cref="NatsRawSerializer{T}"/>): no serializer that needs reflection.
/// </summary>
internal sealed class NatsQueue : IAsyncDisposable
{
    /// <summary>The stream of jobs: work-queue retention, so a job leaves it when a worker acknowledges it.</summary>
    public const string JobsStream = "NEWSKIT_JOBS";

    /// <summary>The subject jobs are published to.</summary>
    public const string JobsSubject = "newskit.jobs";

    /// <summary>The stream of results: one JSON line per job, kept until it is purged.</summary>
    public const string ResultsStream = "NEWSKIT_RESULTS";

    /// <summary>The subject results are published to.</summary>
    public const string ResultsSubject = "newskit.results";

    /// <summary>The object store bucket of pages larger than one message.</summary>
    public const string PagesBucket = "newskit-pages";

    /// <summary>The workers' durable pull consumer on <see cref="JobsStream"/>.</summary>
    public const string WorkersConsumer = "newskit-workers";

    /// <summary>How long the streams remember a message id to drop a second message with it (de-duplication).</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    /// <summary>The serializer of every message: the bytes as they are.</summary>
    public static readonly NatsRawSerializer<byte[]> Bytes = new(null!);

    private NatsQueue(NatsConnection connection)
    {
        Connection = connection;
        JetStream = new NatsJSContext(connection);
    }

    /// <summary>The connection.</summary>
    public NatsConnection Connection { get; }

    /// <summary>The JetStream context.</summary>
    public NatsJSContext JetStream { get; }

    /// <summary>The largest message the server takes (its max_payload).</summary>
    public long MaxPayload => Connection.ServerInfo?.MaxPayload ?? 1024 * 1024;

    /// <summary>A file-backed stream of one subject that drops a message id seen within <see cref="DuplicateWindow"/>.</summary>
    private static StreamConfig Stream(string name, string subject, StreamConfigRetention retention) =>
        new(name, [subject]) { Retention = retention, Storage = StreamConfigStorage.File, DuplicateWindow = DuplicateWindow };

    /// <summary>Connects to <paramref name="url"/> and makes sure the streams and the bucket exist.</summary>
    /// <exception cref="NatsException">The server cannot be reached, or has no JetStream.</exception>
    public static async Task<NatsQueue> OpenAsync(string url, CancellationToken cancellationToken)
    {
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "newskit", ConnectTimeout = TimeSpan.FromSeconds(5) });
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
            var queue = new NatsQueue(connection);
            await queue.JetStream.CreateOrUpdateStreamAsync(Stream(JobsStream, JobsSubject, StreamConfigRetention.Workqueue), cancellationToken).ConfigureAwait(false);
            await queue.JetStream.CreateOrUpdateStreamAsync(Stream(ResultsStream, ResultsSubject, StreamConfigRetention.Limits), cancellationToken).ConfigureAwait(false);
            return queue;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The object store bucket of large pages (created when missing).</summary>
    public async Task<INatsObjStore> PagesAsync(CancellationToken cancellationToken) =>
        await new NatsObjContext(JetStream).CreateObjectStoreAsync(new NatsObjConfig(PagesBucket) { Storage = NatsObjStorageType.File }, cancellationToken).ConfigureAwait(false);

    /// <summary>How many jobs are queued or being worked on (the work-queue stream's messages).</summary>
    public async Task<long> QueuedAsync(CancellationToken cancellationToken)
    {
        var stream = await JetStream.GetStreamAsync(JobsStream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stream.Info.State.Messages;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>A one-line description of a NATS failure, for the command's message.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        NatsJSApiException api when api.Error.Code == 503 => "JetStream is not enabled on the server (start it with nats-server -js)",
        NatsJSApiException api => $"the server refused: {api.Error.Description} ({api.Error.Code})",
        _ => ex.InnerException is { } inner && inner.Message != ex.Message ? $"{ex.Message} ({inner.Message})" : ex.Message,
    };
}
