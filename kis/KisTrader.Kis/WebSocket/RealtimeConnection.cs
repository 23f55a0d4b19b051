using System.Net.WebSockets;
using System.Text;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// One open WebSocket: its sends (serialised), the one control request in flight, what is registered on it (KIS
/// registrations are per connection) and the AES key/IV per encrypted TR from this connection's subscribe replies.
/// </summary>
internal sealed class RealtimeConnection(ClientWebSocket socket, long number) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Lock _sync = new();
    private readonly HashSet<(string TrId, string TrKey)> _registered = [];
    private readonly Dictionary<string, NoticeCipher> _ciphers = new(StringComparer.Ordinal);
    private PendingRequest? _pending;
    private string? _closedReason;

    public ClientWebSocket Socket { get; } = socket;

    /// <summary>1 for the first connection, then +1 per reconnect.</summary>
    public long Number { get; } = number;

    public bool IsClosed
    {
        get
        {
            lock (_sync)
            {
                return _closedReason is not null;
            }
        }
    }

    public async Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame (best effort) before the socket is aborted.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client stopping", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public PendingRequest BeginRequest(string trId, string trKey)
    {
        lock (_sync)
        {
            if (_closedReason is { } reason)
            {
                throw new RealtimeDisconnectedException(reason);
            }

            if (_pending is not null)
            {
                throw new InvalidOperationException("A control request is already in flight on this connection.");
            }

            _pending = new PendingRequest(trId, trKey);
            return _pending;
        }
    }

    public void EndRequest(PendingRequest request)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_pending, request))
            {
                _pending = null;
            }
        }
    }

    /// <summary>Hands a control reply to the request it answers; false when nothing waits for it.</summary>
    public bool TryComplete(ControlReply reply)
    {
        PendingRequest? request;
        lock (_sync)
        {
            request = _pending;
            if (request is null || !request.Matches(reply))
            {
                return false;
            }

            _pending = null;
        }

        request.Complete(reply);
        return true;
    }

    /// <summary>Marks the connection gone: the request in flight fails with <see cref="RealtimeDisconnectedException"/>.</summary>
    public void MarkClosed(string reason)
    {
        PendingRequest? request;
        lock (_sync)
        {
            _closedReason ??= reason;
            request = _pending;
            _pending = null;
        }

        request?.Fail(new RealtimeDisconnectedException(reason));
    }

    public void SetRegistered((string TrId, string TrKey) key, bool registered)
    {
        lock (_sync)
        {
            _ = registered ? _registered.Add(key) : _registered.Remove(key);
        }
    }

    public bool IsRegistered((string TrId, string TrKey) key)
    {
        lock (_sync)
        {
            return _registered.Contains(key);
        }
    }

    public void SetCipher(string trId, NoticeCipher cipher)
    {
        lock (_sync)
        {
            if (_ciphers.Remove(trId, out var previous))
            {
                previous.Dispose();
            }

            _ciphers[trId] = cipher;
        }
    }

    public NoticeCipher? Cipher(string trId)
    {
        lock (_sync)
        {
            return _ciphers.GetValueOrDefault(trId);
        }
    }

    public void Dispose()
    {
        MarkClosed("disposed");
        Socket.Dispose();
        lock (_sync)
        {
            foreach (var cipher in _ciphers.Values)
            {
                cipher.Dispose();
            }

            _ciphers.Clear();
        }

        _sendLock.Dispose();
    }
}
