using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.WebSocket;

namespace KisTrader.Kis.Simulator.Metrics;

/// <summary>
/// The simulator's counters, read by GET /sim/metrics, tests and benchmarks. The gateway and auth endpoints count REST
/// calls, rejections and issuance; the trading book reports orders and fills (<see cref="ITradingMetrics"/>), the
/// WebSocket server sessions, registrations and frames (<see cref="IRealtimeMetrics"/>). <see cref="Reset"/> zeroes all
/// counters except the gauges of what is open right now (sessions, registrations).
/// </summary>
internal sealed class SimMetrics : ITradingMetrics, IRealtimeMetrics
{
    private readonly CounterSet _restByTrId = new();
    private readonly CounterSet _restRejections = new();
    private readonly CounterSet _auth = new();
    private readonly CounterSet _orderRejections = new();
    private readonly CounterSet _wsRegistrationsByTrId = new();
    private readonly CounterSet _wsRegistrationRejections = new();
    private readonly CounterSet _wsFramesByTrId = new();
    private readonly CounterSet _wsRecordsByTrId = new();
    private readonly CounterSet _faults = new();
    private long _restCalls;
    private long _restAccepted;
    private long _rateLimited;
    private long _ordersAccepted;
    private long _fills;
    private long _filledQuantity;
    private long _sessionsOpened;
    private long _sessionsClosed;
    private long _sessionsOpen;
    private long _registrationsActive;
    private long _unregistrations;

    // REST (gateway) ---------------------------------------------------------------------------------------------

    /// <summary>A /uapi call reached the gateway (counted by its tr_id header; "" when missing).</summary>
    public void RestCall(string trId)
    {
        Interlocked.Increment(ref _restCalls);
        _restByTrId.Add(trId.Length == 0 ? "(none)" : trId);
    }

    /// <summary>The gateway passed the call to its endpoint.</summary>
    public void RestAccepted() => Interlocked.Increment(ref _restAccepted);

    /// <summary>The gateway rejected a call with <paramref name="msgCd"/>.</summary>
    public void RestRejected(string msgCd)
    {
        _restRejections.Add(msgCd);
        if (msgCd == "EGW00201")
        {
            Interlocked.Increment(ref _rateLimited);
        }
    }

    // Auth -------------------------------------------------------------------------------------------------------
    public void TokenIssued() => _auth.Add("tokensIssued");

    public void TokenReused() => _auth.Add("tokensReused");

    public void TokenRevoked() => _auth.Add("tokensRevoked");

    public void ApprovalKeyIssued() => _auth.Add("approvalKeysIssued");

    public void HashKeyIssued() => _auth.Add("hashKeys");

    /// <summary>An oauth2/hashkey request was refused with <paramref name="code"/> (EGW00133, EGW00103 …).</summary>
    public void AuthRejected(string code) => _auth.Add("rejected:" + code);

    // Faults -----------------------------------------------------------------------------------------------------
    public void FaultInjected(string kind) => _faults.Add(kind);

    // ITradingMetrics ----------------------------------------------------------------------------------------------
    public void OrderAccepted() => Interlocked.Increment(ref _ordersAccepted);

    public void OrderRejected(string msgCd) => _orderRejections.Add(msgCd);

    public void Filled(long quantity)
    {
        Interlocked.Increment(ref _fills);
        Interlocked.Add(ref _filledQuantity, quantity);
    }

    // IRealtimeMetrics ---------------------------------------------------------------------------------------------
    public void SessionOpened()
    {
        Interlocked.Increment(ref _sessionsOpened);
        Interlocked.Increment(ref _sessionsOpen);
    }

    public void SessionClosed()
    {
        Interlocked.Increment(ref _sessionsClosed);
        Interlocked.Decrement(ref _sessionsOpen);
    }

    public void Registered(string trId)
    {
        _wsRegistrationsByTrId.Add(trId);
        Interlocked.Increment(ref _registrationsActive);
    }

    public void Unregistered(string trId)
    {
        Interlocked.Increment(ref _unregistrations);
        Interlocked.Decrement(ref _registrationsActive);
    }

    public void RegistrationRejected(string msgCd) => _wsRegistrationRejections.Add(msgCd);

    public void FramesSent(string trId, int frames, int records)
    {
        _wsFramesByTrId.Add(trId, frames);
        _wsRecordsByTrId.Add(trId, records);
    }

    // Reading ------------------------------------------------------------------------------------------------------
    public MetricsSnapshot Snapshot() => new(
        new RestMetrics(Interlocked.Read(ref _restCalls), Interlocked.Read(ref _restAccepted), Interlocked.Read(ref _rateLimited), _restByTrId.Snapshot(), _restRejections.Snapshot()),
        new AuthMetrics(_auth.Get("tokensIssued"), _auth.Get("tokensReused"), _auth.Get("tokensRevoked"), _auth.Get("approvalKeysIssued"), _auth.Get("hashKeys"),
            _auth.Snapshot().Where(p => p.Key.StartsWith("rejected:", StringComparison.Ordinal)).ToDictionary(p => p.Key["rejected:".Length..], p => p.Value)),
        new WebSocketMetrics(
            Interlocked.Read(ref _sessionsOpened),
            Interlocked.Read(ref _sessionsClosed),
            Interlocked.Read(ref _sessionsOpen),
            _wsRegistrationsByTrId.Total,
            Interlocked.Read(ref _unregistrations),
            Interlocked.Read(ref _registrationsActive),
            _wsRegistrationsByTrId.Snapshot(),
            _wsRegistrationRejections.Snapshot(),
            _wsFramesByTrId.Snapshot(),
            _wsRecordsByTrId.Snapshot()),
        new OrderMetrics(Interlocked.Read(ref _ordersAccepted), _orderRejections.Total, _orderRejections.Snapshot(), Interlocked.Read(ref _fills), Interlocked.Read(ref _filledQuantity)),
        _faults.Snapshot());

    /// <summary>Zeroes every counter; the open-session and active-registration gauges keep describing what is open.</summary>
    public void Reset()
    {
        foreach (var set in new[] { _restByTrId, _restRejections, _auth, _orderRejections, _wsRegistrationsByTrId, _wsRegistrationRejections, _wsFramesByTrId, _wsRecordsByTrId, _faults })
        {
            set.Clear();
        }

        Interlocked.Exchange(ref _restCalls, 0);
        Interlocked.Exchange(ref _restAccepted, 0);
        Interlocked.Exchange(ref _rateLimited, 0);
        Interlocked.Exchange(ref _ordersAccepted, 0);
        Interlocked.Exchange(ref _fills, 0);
        Interlocked.Exchange(ref _filledQuantity, 0);
        Interlocked.Exchange(ref _sessionsOpened, 0);
        Interlocked.Exchange(ref _sessionsClosed, 0);
        Interlocked.Exchange(ref _unregistrations, 0);
    }
}
