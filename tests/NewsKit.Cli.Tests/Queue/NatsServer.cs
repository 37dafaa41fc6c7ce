using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsKit.Cli.Tests.Queue;

/// <summary>
/// A real <c>nats-server -js</c> for a test: on 127.0.0.1, a free port, a store in a new temporary folder; killed and
/// its folder deleted when disposed.
/// </summary>
internal sealed class NatsServer : IDisposable
{
    private readonly Process process;
    private readonly string store;

    private NatsServer(Process process, string store, int port)
    {
        this.process = process;
        this.store = store;
        Url = $"nats://127.0.0.1:{port}";
    }

    /// <summary>The server's URL.</summary>
    public string Url { get; }

    /// <summary>The nats-server binary (on the PATH, or where Debian's package puts it); null when it is not installed.</summary>
    public static string? Binary { get; } = Find();

    /// <summary>Starts a server and waits until it takes connections.</summary>
    public static async Task<NatsServer> StartAsync()
    {
        var store = Directory.CreateTempSubdirectory("newskit-nats-").FullName;
        var port = FreePort();
        var process = ChildProcesses.StartDrained(Binary!, ["-js", "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", store]);
        var server = new NatsServer(process, store, port);

        // Ready when the port answers (a safety limit only: not a timing assertion).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        server.Dispose();
        throw new InvalidOperationException($"nats-server did not start on port {port}");
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        finally
        {
            process.Dispose();
            Directory.Delete(store, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/bin", "/usr/local/bin"]);
        return folders.Select(f => Path.Combine(f, "nats-server")).FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that is skipped, with the reason, when nats-server is not installed (xunit 2 decides at discovery).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NatsFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when there is no nats-server binary.</summary>
    public NatsFactAttribute()
    {
        if (NatsServer.Binary is null)
        {
            Skip = "nats-server is not installed (Debian: apt-get install nats-server): the NATS integration tests are skipped";
        }
    }
}
