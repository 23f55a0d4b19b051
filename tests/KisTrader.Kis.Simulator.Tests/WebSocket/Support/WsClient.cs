using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KisTrader.Kis.Simulator.Tests.WebSocket.Support;

/// <summary>A raw KIS WebSocket client for tests: JSON subscribe messages out, text frames in (with a generous timeout).</summary>
internal sealed class WsClient(ClientWebSocket socket) : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public ClientWebSocket Socket { get; } = socket;

    public static string SubscribeJson(string approvalKey, string trId, string trKey, string trType = "1") =>
        JsonSerializer.Serialize(new
        {
            header = new Dictionary<string, string> { ["approval_key"] = approvalKey, ["custtype"] = "P", ["tr_type"] = trType, ["content-type"] = "utf-8" },
            body = new { input = new { tr_id = trId, tr_key = trKey } },
        });

    public Task SendAsync(string text) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    public async Task<JsonElement> RequestAsync(string approvalKey, string trId, string trKey, string trType = "1")
    {
        await SendAsync(SubscribeJson(approvalKey, trId, trKey, trType));
        return JsonDocument.Parse(await ReceiveAsync()).RootElement;
    }

    /// <summary>The next text frame; throws on timeout; returns null when the server closed the connection.</summary>
    public async Task<string?> ReceiveOrCloseAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await Socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public async Task<string> ReceiveAsync() => await ReceiveOrCloseAsync() ?? throw new InvalidOperationException("The server closed the connection.");

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server may already be gone.
            }
        }

        Socket.Dispose();
    }
}
