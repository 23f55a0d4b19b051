using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using KisTrader.Kis.Simulator.WebSocket.Frames;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>
/// Accepts WebSocket upgrades on any path except the excluded prefixes, then runs the session: subscribe/unsubscribe
/// with approval keys, control replies with the OPSP codes, PINGPONG echoes. The handshake is done here (not by
/// UseWebSockets) to observe the raw stream: client pongs are only visible as inbound bytes.
/// </summary>
internal sealed partial class WsConnectionHandler(
    WsSessionRegistry registry,
    IWsApprovalResolver approvals,
    IOptions<SimWebSocketOptions> options,
    IRealtimeMetrics metrics,
    IWsFaults faults,
    WallClock wall,
    ILogger<WsConnectionHandler> logger)
{
    private const string HandshakeGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private const int MaxMessageBytes = 64 * 1024;
    private readonly SimWebSocketOptions _options = options.Value;

    public bool Accepts(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method)
            || context.Features.Get<IHttpUpgradeFeature>() is not { IsUpgradableRequest: true }
            || !request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(request.Headers.SecWebSocketKey.ToString()))
        {
            return false;
        }

        var path = request.Path.Value ?? string.Empty;
        return !_options.ExcludedPathPrefixes.Any(prefix =>
            path.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(prefix.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>()!;
#pragma warning disable CA5350 // RFC 6455 §4.2.2 defines Sec-WebSocket-Accept with SHA-1; it is not used for security here.
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(context.Request.Headers.SecWebSocketKey.ToString().Trim() + HandshakeGuid)));
#pragma warning restore CA5350
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.SecWebSocketAccept = accept;
        var transport = await upgrade.UpgradeAsync().ConfigureAwait(false);

        WsSession? session = null;
        var observed = new ObservedStream(transport, () => session?.MarkInbound(wall.Ticks));
        var socket = System.Net.WebSockets.WebSocket.CreateFromStream(observed, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        session = new WsSession(registry.NextId(), socket, wall.Ticks);
        registry.Add(session);
        metrics.SessionOpened();
        LogOpened(logger, session.Id, context.Request.Path.Value ?? "/");
        try
        {
            await ReceiveLoopAsync(session, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            registry.Remove(session);
            foreach (var (trId, _) in session.Registrations())
            {
                metrics.Unregistered(trId);
            }

            session.Abort();
            session.Dispose();
            socket.Dispose();
            metrics.SessionClosed();
            LogClosed(logger, session.Id);
        }
    }

    private async Task ReceiveLoopAsync(WsSession session, CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, session.Closing);
        var buffer = new byte[_options.ReceiveBufferBytes];
        using var message = new MemoryStream();
        while (!session.IsClosed)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await session.Socket.ReceiveAsync(buffer, linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye").ConfigureAwait(false);
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes)
            {
                await session.CloseAsync(WebSocketCloseStatus.MessageTooBig, "message too big").ConfigureAwait(false);
                return;
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (result.MessageType == WebSocketMessageType.Text)
            {
                await HandleMessageAsync(session, text, linked.Token).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleMessageAsync(WsSession session, string text, CancellationToken cancellationToken)
    {
        var message = ClientMessage.Parse(text);
        switch (message.Kind)
        {
            case ClientMessageKind.PingEcho:
                return;
            case ClientMessageKind.Invalid:
                metrics.RegistrationRejected("OPSP9999");
                await session.SendAsync(ControlReply.JsonParsingError(), cancellationToken).ConfigureAwait(false);
                return;
        }

        var identity = approvals.Resolve(message.ApprovalKey);
        if (identity is null || (session.Identity is { } bound && !string.Equals(bound.AppKey, identity.AppKey, StringComparison.Ordinal)))
        {
            metrics.RegistrationRejected("OPSP0011");
            await session.SendAsync(ControlReply.InvalidApproval(message.TrId, message.TrKey), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (session.Identity is null && !registry.TryBind(session, identity))
        {
            metrics.RegistrationRejected("OPSP8996");
            await session.SendAsync(ControlReply.AppKeyInUse(), cancellationToken).ConfigureAwait(false);
            await session.CloseAsync(WebSocketCloseStatus.PolicyViolation, "ALREADY IN USE appkey").ConfigureAwait(false);
            return;
        }

        var reply = message.Kind == ClientMessageKind.Subscribe ? Subscribe(session, identity, message) : Unsubscribe(session, identity, message);
        await session.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private string Subscribe(WsSession session, WsClientIdentity identity, ClientMessage message)
    {
        var tr = RealtimeTr.Find(message.TrId);
        if (tr is null || !tr.AvailableTo(identity.IsPaper))
        {
            metrics.RegistrationRejected("OPSP8991");
            return ControlReply.InvalidTrId(message.TrId, message.TrKey);
        }

        if (string.IsNullOrWhiteSpace(message.TrKey))
        {
            metrics.RegistrationRejected("OPSP8992");
            return ControlReply.InvalidTrKey(message.TrId, message.TrKey);
        }

        switch (session.Register(tr.TrId, message.TrKey, _options.MaxRegistrations))
        {
            case RegistrationResult.AlreadyPresent:
                metrics.RegistrationRejected("OPSP0002");
                return ControlReply.AlreadySubscribed(tr.TrId, message.TrKey, tr.Encrypted);
            case RegistrationResult.LimitReached:
                metrics.RegistrationRejected("OPSP0008");
                return ControlReply.MaxSubscriptions(tr.TrId, message.TrKey, tr.Encrypted);
            default:
                metrics.Registered(tr.TrId);
                // A re-send after a reconnect may find KIS still holding the registration: OPSP0002, yet registered.
                return registry.HeldBeforeReconnect(identity.AppKey, tr.TrId, message.TrKey) && faults.AlreadySubscribedOnReconnect(identity.AppKey)
                    ? ControlReply.AlreadySubscribed(tr.TrId, message.TrKey, tr.Encrypted)
                    : ControlReply.Subscribed(tr.TrId, message.TrKey, tr.Encrypted, session.AesIv, session.AesKey);
        }
    }

    private string Unsubscribe(WsSession session, WsClientIdentity identity, ClientMessage message)
    {
        var tr = RealtimeTr.Find(message.TrId);
        if (tr is null || !tr.AvailableTo(identity.IsPaper))
        {
            metrics.RegistrationRejected("OPSP8991");
            return ControlReply.InvalidTrId(message.TrId, message.TrKey);
        }

        if (session.Unregister(tr.TrId, message.TrKey) == RegistrationResult.Removed)
        {
            metrics.Unregistered(tr.TrId);
            return ControlReply.Unsubscribed(tr.TrId, message.TrKey, tr.Encrypted);
        }

        metrics.RegistrationRejected("OPSP0003");
        return ControlReply.NotSubscribed(tr.TrId, message.TrKey, tr.Encrypted);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "WebSocket session {SessionId} opened on {Path}")]
    private static partial void LogOpened(ILogger logger, long sessionId, string path);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "WebSocket session {SessionId} closed")]
    private static partial void LogClosed(ILogger logger, long sessionId);
}
