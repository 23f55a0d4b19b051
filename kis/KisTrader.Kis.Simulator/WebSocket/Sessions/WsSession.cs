using System.Net.WebSockets;
using System.Text;
using KisTrader.Kis.Simulator.WebSocket.Frames;

namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>Outcome of a registration request on a session.</summary>
internal enum RegistrationResult
{
    Added,
    AlreadyPresent,
    LimitReached,
    Removed,
    NotPresent,
}

/// <summary>
/// One WebSocket connection: its app key (bound by the first valid subscribe), its registrations, the AES key/IV
/// handed out in subscribe replies, and liveness for PINGPONG. Sends are serialised; a failed send closes the session.
/// </summary>
internal sealed class WsSession(long id, System.Net.WebSockets.WebSocket socket, long openedAtWallTicks) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<(string TrId, string TrKey)> _registrations = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private long _lastInboundTicks = openedAtWallTicks;
    private long _lastPingTicks = openedAtWallTicks;
    private long _unansweredPingTicks;
    private int _closed;

    public long Id { get; } = id;

    public System.Net.WebSockets.WebSocket Socket { get; } = socket;

    /// <summary>The app key this session is bound to (null until the first subscribe with a valid approval key).</summary>
    public WsClientIdentity? Identity { get; set; }

    private int _corruptFrames;
    private FrameCorruption _corruption;

    /// <summary>AES-256 key (32 chars) of this session's encrypted TRs (the app key's, once bound).</summary>
    public string AesKey { get; private set; } = NoticeCipher.NewSecret(32);

    /// <summary>AES IV (16 chars) of this session's encrypted TRs (the app key's, once bound).</summary>
    public string AesIv { get; private set; } = NoticeCipher.NewSecret(16);

    /// <summary>Takes the app key's AES key and IV (they outlive a reconnect, so a kept registration stays readable).</summary>
    public void UseSecrets((string Key, string Iv) secrets) => (AesKey, AesIv) = secrets;

    /// <summary>Damages the next <paramref name="frames"/> data frames sent on this session (fault injection).</summary>
    public void CorruptNext(FrameCorruption corruption, int frames)
    {
        _corruption = corruption;
        Interlocked.Exchange(ref _corruptFrames, frames);
    }

    public CancellationToken Closing => _closing.Token;

    public bool IsClosed => Volatile.Read(ref _closed) == 1;

    public long LastInboundTicks => Interlocked.Read(ref _lastInboundTicks);

    public long LastPingTicks => Interlocked.Read(ref _lastPingTicks);

    /// <summary>Wall ticks of the oldest PINGPONG not followed by any client traffic (0 = none pending).</summary>
    public long UnansweredPingTicks => Interlocked.Read(ref _unansweredPingTicks);

    /// <summary>Any client traffic (WS pong, text echo, subscribe) answers every pending PINGPONG.</summary>
    public void MarkInbound(long wallTicks)
    {
        Interlocked.Exchange(ref _lastInboundTicks, wallTicks);
        Interlocked.Exchange(ref _unansweredPingTicks, 0);
    }

    public void MarkPing(long wallTicks)
    {
        Interlocked.Exchange(ref _lastPingTicks, wallTicks);
        Interlocked.CompareExchange(ref _unansweredPingTicks, wallTicks, 0);
    }

    public RegistrationResult Register(string trId, string trKey, int limit)
    {
        lock (_gate)
        {
            if (_registrations.Contains((trId, trKey)))
            {
                return RegistrationResult.AlreadyPresent;
            }

            if (_registrations.Count >= limit)
            {
                return RegistrationResult.LimitReached;
            }

            _registrations.Add((trId, trKey));
            return RegistrationResult.Added;
        }
    }

    public RegistrationResult Unregister(string trId, string trKey)
    {
        lock (_gate)
        {
            return _registrations.Remove((trId, trKey)) ? RegistrationResult.Removed : RegistrationResult.NotPresent;
        }
    }

    public bool IsRegistered(string trId, string trKey)
    {
        lock (_gate)
        {
            return _registrations.Contains((trId, trKey));
        }
    }

    public IReadOnlyList<(string TrId, string TrKey)> Registrations()
    {
        lock (_gate)
        {
            return [.. _registrations];
        }
    }

    /// <summary>Sends one text frame; returns false (and closes the session) when the connection is gone.</summary>
    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        if (IsClosed)
        {
            return false;
        }

        if (Volatile.Read(ref _corruptFrames) > 0 && FrameDamage.IsDataFrame(text) && Interlocked.Decrement(ref _corruptFrames) >= 0)
        {
            text = FrameDamage.Apply(text, _corruption);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                return true;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            Abort();
            return false;
        }
    }

    /// <summary>Closes with a close frame (best effort) and aborts, ending the receive loop.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await Socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The peer is already gone; aborting below is all that is left to do.
        }

        Abort();
    }

    /// <summary>Drops the connection without a close handshake (faults, failed sends).</summary>
    public void Abort()
    {
        Interlocked.Exchange(ref _closed, 1);
        try
        {
            _closing.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The session was already torn down by its receive loop.
        }

        Socket.Abort();
    }

    public void Dispose()
    {
        _sendLock.Dispose();
        _closing.Dispose();
    }
}
