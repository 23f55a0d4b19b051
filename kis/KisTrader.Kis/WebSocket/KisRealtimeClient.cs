using System.Net.WebSockets;
using System.Threading.Channels;
using KisTrader.Kis.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// The KIS realtime client on <see cref="ClientWebSocket"/>, timed by <see cref="TimeProvider"/>. One background loop
/// connects to <c>{BaseUrl}{Path}</c>, receives, answers PINGPONG, and after a drop reconnects with exponential backoff
/// and jitter and re-sends every held registration (with a fresh approval key when the old one is refused).
/// Subscribe/unsubscribe messages go one at a time under a gate, so each control reply answers the one request in flight.
/// </summary>
public sealed partial class KisRealtimeClient : IKisRealtimeClient, IAsyncDisposable
{
    private readonly KisWebSocketOptions _options;
    private readonly IApprovalKeySource _approvalKeys;
    private readonly TimeProvider _time;
    private readonly TimeProvider _transport;
    private readonly ILogger _logger;
    private readonly RealtimeCounters _counters = new();
    private readonly Channel<KisMarketEvent> _market;
    private readonly Channel<KisRealtimeEvent> _notices = Channel.CreateUnbounded<KisRealtimeEvent>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Channel<FillNotice> _fills;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string TrId, string TrKey), SubscriptionEntry> _entries = [];
    private readonly Lock _sync = new();
    private readonly Uri _endpoint;
    private readonly Dictionary<string, (string Key, string Iv)> _lastCipherSecrets = new(StringComparer.Ordinal);
    private RealtimeConnection? _connection;
    private TaskCompletionSource _connected = NewSignal();
    private TaskCompletionSource _connectFailed = NewSignal();
    private CancellationTokenSource? _stop;
    private Task? _run;
    private long _connectionNumber;
    private long _sequence;
    private long _fillSequence;
    private int _state = (int)RealtimeConnectionState.Stopped;
    private bool _disposed;
    private volatile bool _stopping;
    private IReadOnlyList<RealtimeRegistration> _registrations = [];

    public KisRealtimeClient(IOptions<KisWebSocketOptions> options, IApprovalKeySource approvalKeys, TimeProvider timeProvider, ILogger<KisRealtimeClient>? logger = null,
        [FromKeyedServices(KisTimeProviders.Transport)] TimeProvider? transportClock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _approvalKeys = approvalKeys ?? throw new ArgumentNullException(nameof(approvalKeys));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _transport = transportClock ?? _time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var baseUrl = _options.BaseUrl ?? throw new OptionsValidationException(KisWebSocketOptions.SectionName, typeof(KisWebSocketOptions), ["Kis:WebSocket:BaseUrl is required (ws://host:port of the KIS WebSocket service)."]);
        _endpoint = new Uri(baseUrl, _options.Path);
        _market = Channel.CreateBounded<KisMarketEvent>(
            new BoundedChannelOptions(_options.MarketEventCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true },
            OnMarketEventDropped);
        _fills = Channel.CreateBounded<FillNotice>(
            new BoundedChannelOptions(_options.FillNoticeCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = true });
    }

    /// <inheritdoc />
    public RealtimeConnectionState State => (RealtimeConnectionState)Volatile.Read(ref _state);

    /// <inheritdoc />
    public ChannelReader<KisMarketEvent> MarketEvents => _market.Reader;

    /// <inheritdoc />
    public ChannelReader<KisRealtimeEvent> Notices => _notices.Reader;

    /// <inheritdoc />
    public ChannelReader<FillNotice> FillNotices => _fills.Reader;

    /// <inheritdoc />
    public KisRealtimeStatistics Statistics => _counters.Snapshot();

    /// <inheritdoc />
    public IReadOnlyList<RealtimeRegistration> Registrations
    {
        get
        {
            var connection = CurrentConnection();
            return [.. Volatile.Read(ref _registrations).Select(r => r with { Registered = connection?.IsRegistered((r.TrId, r.TrKey)) ?? false })];
        }
    }

    /// <summary>The WebSocket URL the client connects to.</summary>
    public Uri Endpoint => _endpoint;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => EnsureRunning().Connected.WaitAsync(cancellationToken);

    /// <summary>
    /// Starts the connection loop if it is not running; returns the signals of the next open connection and of the next
    /// failed connect attempt (already set while the client is failing to connect).
    /// </summary>
    private (Task Connected, Task ConnectFailed) EnsureRunning()
    {
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_run is null)
            {
                _stop = new CancellationTokenSource();
                _stopping = false;
                var stop = _stop.Token;
                SetState(RealtimeConnectionState.Connecting, "starting");
                _run = Task.Run(() => RunAsync(stop), CancellationToken.None);
            }

            return (_connected.Task, _connectFailed.Task);
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task? run;
        CancellationTokenSource? stop;
        RealtimeConnection? connection;
        lock (_sync)
        {
            run = _run;
            stop = _stop;
            connection = _connection;
            _run = null;
            _stop = null;
        }

        if (run is null || stop is null)
        {
            return;
        }

        // The close handshake below ends the receive loop before the cancellation does: it must not look like a drop.
        _stopping = true;

        if (connection is not null)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), _transport);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
                await connection.CloseAsync(linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                // Closing politely is best effort; the abort below ends the session either way.
            }
        }

        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await run.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stop.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _market.Writer.TryComplete();
        _notices.Writer.TryComplete();
        _fills.Writer.TryComplete();
        _gate.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RealtimeConnection? CurrentConnection()
    {
        lock (_sync)
        {
            return _connection is { IsClosed: false } connection ? connection : null;
        }
    }

    private void SetState(RealtimeConnectionState state, string reason)
    {
        Volatile.Write(ref _state, (int)state);
        _notices.Writer.TryWrite(new ConnectionStateChanged { ReceivedAt = _time.GetUtcNow(), State = state, Reason = reason });
        _logger.StateChanged(state, reason);
    }

    private void Publish(KisRealtimeEvent notice) => _notices.Writer.TryWrite(notice);

    private void OnMarketEventDropped(KisMarketEvent dropped)
    {
        var total = Interlocked.Increment(ref _counters.DroppedMarketEvents);
        if (total == 1 || total % 10_000 == 0)
        {
            _logger.MarketEventsDropped(total, _options.MarketEventCapacity);
        }
    }
}
