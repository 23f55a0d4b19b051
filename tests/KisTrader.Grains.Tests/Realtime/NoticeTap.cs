using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// A loopback WebSocket relay between the silo's KIS client and the simulator that records every 체결통보 the simulator
/// delivered (decrypted with the key/IV of the session's own subscribe reply) as it hands it to the client, per
/// connection. It can hold back the re-registration of market data on later connections (<see cref="HoldMarketResubscribes"/>)
/// so that notices provably arrive in the window between the reconnect (with 체결통보 re-registered first) and the
/// re-registration of the other subscriptions. A drop upstream (the simulator's wsDrop) aborts the client's side.
/// </summary>
public sealed class NoticeTap : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Uri _upstream;
    private readonly ConcurrentQueue<DeliveredNotice> _delivered = new();
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _connections;
    private volatile int _holdFrom = int.MaxValue;

    private NoticeTap(WebApplication app, Uri upstream)
    {
        _app = app;
        _upstream = upstream;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>Connections the client opened through the tap.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Set when a market-data re-registration is being held on a later connection.</summary>
    public TaskCompletionSource Holding { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every notice handed to the client, in the order handed.</summary>
    public IReadOnlyList<DeliveredNotice> Delivered => [.. _delivered];

    public static async Task<NoticeTap> StartAsync(Uri simulatorWebSocket)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var tap = new NoticeTap(app, simulatorWebSocket);
        app.UseWebSockets();
        app.Run(tap.RelayAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        tap.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal));
        return tap;
    }

    /// <summary>From the next connection on, subscribe messages other than 체결통보 wait for <see cref="Release"/>.</summary>
    public void HoldMarketResubscribes()
    {
        Holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holdFrom = Connections + 1;
    }

    public void Release()
    {
        _holdFrom = int.MaxValue;
        _release.TrySetResult();
    }

    private bool HeldNow => Holding.Task.IsCompleted && !_release.Task.IsCompleted;

    private async Task RelayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var number = Interlocked.Increment(ref _connections);
        using var client = await context.WebSockets.AcceptWebSocketAsync();
        using var server = new ClientWebSocket();
        await server.ConnectAsync(new Uri(_upstream, context.Request.Path + context.Request.QueryString), context.RequestAborted);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var cipher = new ConcurrentDictionary<string, (byte[] Key, byte[] Iv)>(StringComparer.Ordinal);
        var up = PumpAsync(client, server, text => BeforeUpAsync(number, text), _ => { }, done.Token);
        var down = PumpAsync(server, client, _ => Task.CompletedTask, text => AfterDown(number, text, cipher), done.Token);
        await Task.WhenAny(up, down);
        await done.CancelAsync();
        client.Abort();
        server.Abort();
    }

    /// <summary>Holds a market-data subscribe of a held connection (PINGPONG echoes and 체결통보 pass).</summary>
    private async Task BeforeUpAsync(int connection, string text)
    {
        using var json = JsonDocument.Parse(text);
        var trId = json.RootElement.TryGetProperty("body", out var body) && body.TryGetProperty("input", out var input) ? input.GetProperty("tr_id").GetString() : null;
        if (connection >= _holdFrom && trId is not (null or "H0STCNI0" or "H0STCNI9"))
        {
            Holding.TrySetResult();
            await _release.Task.WaitAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>After a server message reached the client: keeps a 체결통보 key/IV, records a delivered notice.</summary>
    private void AfterDown(int connection, string text, ConcurrentDictionary<string, (byte[] Key, byte[] Iv)> cipher)
    {
        if (text.StartsWith('{'))
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.TryGetProperty("body", out var body) && body.TryGetProperty("output", out var output) && output.TryGetProperty("key", out var key))
            {
                var trId = root.GetProperty("header").GetProperty("tr_id").GetString()!;
                cipher[trId] = (Encoding.UTF8.GetBytes(key.GetString()!), Encoding.UTF8.GetBytes(output.GetProperty("iv").GetString()!));
            }
        }
        else if (text.StartsWith("1|H0STCNI", StringComparison.Ordinal))
        {
            var parts = text.Split('|', 4);
            var (k, iv) = cipher[parts[1]];
            using var aes = Aes.Create();
            aes.Key = k;
            var fields = Encoding.UTF8.GetString(aes.DecryptCbc(Convert.FromBase64String(parts[3]), iv, PaddingMode.PKCS7)).Split('^');
            for (var i = 0; i + 26 <= fields.Length; i += 26)
            {
                _delivered.Enqueue(new DeliveredNotice(connection, fields[i + 2], fields[i + 13] == "2", long.Parse(fields[i + 9], System.Globalization.CultureInfo.InvariantCulture), HeldNow));
            }
        }

    }

    private static async Task PumpAsync(WebSocket from, WebSocket to, Func<string, Task> before, Action<string> after, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await from.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                await before(text);
                await to.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
                after(text);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Either side went away: the relay ends both.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
