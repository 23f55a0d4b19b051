using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>
/// A KIS-speaking WebSocket endpoint that answers every subscribe with OPSP0000 (and a fixed AES key/IV) and then sends
/// the frames the test scripted. Only for what the simulator cannot be made to send (short, garbled and
/// extended frames): everything else is tested against the simulator.
/// </summary>
internal sealed class ScriptedKisServer : IAsyncDisposable
{
    public const string AesKey = "0123456789abcdefghijklmnopqrstuv";
    public const string AesIv = "ABCDEFGHIJKLMNOP";

    private readonly WebApplication _app;

    private ScriptedKisServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <param name="afterSubscribe">Frames sent after the reply to the first subscribe.</param>
    public static async Task<ScriptedKisServer> StartAsync(IReadOnlyList<string> afterSubscribe)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[16 * 1024];
            var sentScript = false;
            while (socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result;
                try
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
                {
                    return;
                }

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                using var message = JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var input = message.RootElement.GetProperty("body").GetProperty("input");
                var reply = JsonSerializer.Serialize(new
                {
                    header = new { tr_id = input.GetProperty("tr_id").GetString(), tr_key = input.GetProperty("tr_key").GetString(), encrypt = "N" },
                    body = new { rt_cd = "0", msg_cd = "OPSP0000", msg1 = "SUBSCRIBE SUCCESS", output = new { iv = AesIv, key = AesKey } },
                });
                await socket.SendAsync(Encoding.UTF8.GetBytes(reply), WebSocketMessageType.Text, true, context.RequestAborted);
                if (!sentScript)
                {
                    sentScript = true;
                    foreach (var frame in afterSubscribe)
                    {
                        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, context.RequestAborted);
                    }
                }
            }
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ScriptedKisServer(app, new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
