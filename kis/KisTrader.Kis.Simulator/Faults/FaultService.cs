using KisTrader.Kis.Simulator.Auth;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Faults;

/// <summary>A fault as GET /sim/faults lists it.</summary>
/// <param name="Id">Id for DELETE /sim/faults/{id}.</param>
/// <param name="Source">"api" (POST /sim/faults) or "scenario".</param>
/// <param name="Spec">The definition.</param>
/// <param name="Hits">Calls hit so far (instant faults: 1 once fired).</param>
/// <param name="Remaining">Hits left when <c>count</c> was given.</param>
/// <param name="Done">Spent (count reached, or fired).</param>
internal sealed record FaultView(long Id, string Source, FaultSpec Spec, long Hits, long? Remaining, bool Done);

/// <summary>What the faults do to one request: extra latency, then optionally a terminal fault.</summary>
internal readonly record struct FaultOutcome(TimeSpan Delay, FaultSpec? Terminal)
{
    public bool IsNone => Delay == TimeSpan.Zero && Terminal is null;
}

/// <summary>
/// The fault schedule (README "Fault injection"): request faults the gateway applies to /uapi calls, and instant faults
/// (token invalidation/expiry, WebSocket drops) fired when the simulated clock reaches their instant. The gateway calls
/// <see cref="RunDue"/> before each request, the clock after each change, and <see cref="FaultScheduler"/> on a wall
/// cadence, so a scheduled drop fires whether or not traffic arrives.
/// </summary>
internal sealed class FaultService(TokenStore tokens, WsSessionRegistry sessions, SimMetrics metrics, IOptions<SimMarketOptions> market)
{
    public const string ApiSource = "api";
    public const string ScenarioSource = "scenario";

    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private readonly int _seed = market.Value.Seed;
    private long _lastId;
    private volatile int _requestFaults;
    private volatile int _registrationFaults;
    private long _nextDueTicks = long.MaxValue;

    /// <summary>Adds faults; instant faults without <c>at</c> fire at once (at <paramref name="now"/>).</summary>
    public IReadOnlyList<FaultView> Add(IReadOnlyList<FaultSpec> specs, string source, DateTimeOffset now)
    {
        List<FaultView> added;
        lock (_gate)
        {
            added = [.. specs.Select(s => AddLocked(s, source).View())];
        }

        RunDue(now);
        return [.. added.Select(a => Find(a.Id) ?? a)];
    }

    /// <summary>Replaces the faults that came from the previous scenario (api faults stay).</summary>
    public void ReplaceScenarioFaults(IReadOnlyList<FaultSpec> specs, DateTimeOffset now)
    {
        lock (_gate)
        {
            _entries.RemoveAll(e => e.Source == ScenarioSource);
            foreach (var spec in specs)
            {
                AddLocked(spec, ScenarioSource);
            }

            RecomputeLocked();
        }

        RunDue(now);
    }

    public IReadOnlyList<FaultView> List()
    {
        lock (_gate)
        {
            return [.. _entries.Select(e => e.View())];
        }
    }

    public bool Remove(long id)
    {
        lock (_gate)
        {
            var removed = _entries.RemoveAll(e => e.Id == id) > 0;
            RecomputeLocked();
            return removed;
        }
    }

    public int Clear()
    {
        lock (_gate)
        {
            var count = _entries.Count;
            _entries.Clear();
            RecomputeLocked();
            return count;
        }
    }

    /// <summary>Fires the instant faults due at <paramref name="now"/>.</summary>
    public void RunDue(DateTimeOffset now)
    {
        if (now.UtcTicks < Interlocked.Read(ref _nextDueTicks))
        {
            return;
        }

        List<Entry> due;
        lock (_gate)
        {
            due = [.. _entries.Where(e => e.Spec.IsInstant && !e.Done && (e.Spec.At is null || e.Spec.At <= now))];
            foreach (var entry in due)
            {
                entry.Done = true;
                entry.Hits = 1;
            }

            RecomputeLocked();
        }

        foreach (var entry in due)
        {
            Fire(entry.Spec, now);
        }
    }

    /// <summary>The faults that hit one /uapi call (draws and counts are consumed here).</summary>
    public FaultOutcome Match(string trId, string appKey, bool isOrder, DateTimeOffset now)
    {
        if (_requestFaults == 0)
        {
            return default;
        }

        var delay = TimeSpan.Zero;
        FaultSpec? terminal = null;
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                var spec = entry.Spec;
                if (!spec.IsRequestFault || entry.Done || (spec.Kind == FaultKind.OrderReject && !isOrder) || (terminal is not null && spec.Kind != FaultKind.Slow)
                    || (spec.From is { } from && now < from) || (spec.To is { } to && now >= to)
                    || (spec.AppKey is { } key && key != appKey) || (spec.TrIds is { } trIds && !trIds.Contains(trId, StringComparer.Ordinal)))
                {
                    continue;
                }

                if (spec.Rate is { } rate && (decimal)entry.Random.NextDouble() >= rate)
                {
                    continue;
                }

                entry.Hits++;
                if (spec.Count is { } count && entry.Hits >= count)
                {
                    entry.Done = true;
                }

                if (spec.Kind == FaultKind.Slow)
                {
                    delay += spec.Delay!.Value;
                }
                else
                {
                    terminal = spec;
                }
            }

            RecomputeLocked();
        }

        if (delay > TimeSpan.Zero)
        {
            metrics.FaultInjected("slow");
        }

        if (terminal is not null)
        {
            metrics.FaultInjected(Name(terminal.Kind));
        }

        return new FaultOutcome(delay, terminal);
    }

    /// <summary>
    /// Whether a registration re-sent after a reconnect is answered "ALREADY IN SUBSCRIBE" (an active wsAlreadySubscribed
    /// fault for the app key; draws and counts are consumed here).
    /// </summary>
    public bool MatchAlreadySubscribed(string appKey, DateTimeOffset now)
    {
        if (_registrationFaults == 0)
        {
            return false;
        }

        var hit = false;
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                var spec = entry.Spec;
                if (hit || spec.Kind != FaultKind.WsAlreadySubscribed || entry.Done
                    || (spec.From is { } from && now < from) || (spec.To is { } to && now >= to) || (spec.AppKey is { } key && key != appKey)
                    || (spec.Rate is { } rate && (decimal)entry.Random.NextDouble() >= rate))
                {
                    continue;
                }

                entry.Hits++;
                entry.Done = spec.Count is { } count && entry.Hits >= count;
                hit = true;
            }

            RecomputeLocked();
        }

        if (hit)
        {
            metrics.FaultInjected(Name(FaultKind.WsAlreadySubscribed));
        }

        return hit;
    }

    private FaultView? Find(long id)
    {
        lock (_gate)
        {
            return _entries.FirstOrDefault(e => e.Id == id)?.View();
        }
    }

    private void Fire(FaultSpec spec, DateTimeOffset now)
    {
        switch (spec.Kind)
        {
            case FaultKind.InvalidateTokens:
                tokens.InvalidateAll(spec.AppKey);
                break;
            case FaultKind.ExpireTokens:
                tokens.ExpireAll(spec.AppKey, now);
                break;
            case FaultKind.WsDrop:
                sessions.Drop(spec.AppKey);
                break;
            case FaultKind.WsMalformed or FaultKind.WsTruncated:
                sessions.CorruptFrames(spec.AppKey, spec.Kind == FaultKind.WsMalformed ? FrameCorruption.Malformed : FrameCorruption.Truncated, spec.Count ?? 1);
                break;
            default:
                return;
        }

        metrics.FaultInjected(Name(spec.Kind));
    }

    private Entry AddLocked(FaultSpec spec, string source)
    {
        var id = ++_lastId;
        var entry = new Entry(id, source, spec, new Random(unchecked(((spec.Seed ?? _seed) * 397) + (int)id)));
        _entries.Add(entry);
        RecomputeLocked();
        return entry;
    }

    private void RecomputeLocked()
    {
        _requestFaults = _entries.Count(e => e.Spec.IsRequestFault && !e.Done);
        _registrationFaults = _entries.Count(e => e.Spec.Kind == FaultKind.WsAlreadySubscribed && !e.Done);
        var next = _entries.Where(e => e.Spec.IsInstant && !e.Done).Select(e => e.Spec.At?.UtcTicks ?? long.MinValue).DefaultIfEmpty(long.MaxValue).Min();
        Interlocked.Exchange(ref _nextDueTicks, next);
    }

    public static string Name(FaultKind kind) => kind switch
    {
        FaultKind.Http500 => "http500",
        FaultKind.Timeout => "timeout",
        FaultKind.Slow => "slow",
        FaultKind.OrderReject => "orderReject",
        FaultKind.InvalidateTokens => "invalidateTokens",
        FaultKind.ExpireTokens => "expireTokens",
        FaultKind.ReplyLost => "replyLost",
        FaultKind.WsAlreadySubscribed => "wsAlreadySubscribed",
        FaultKind.WsMalformed => "wsMalformed",
        FaultKind.WsTruncated => "wsTruncated",
        FaultKind.RateLimit => "rateLimit",
        _ => "wsDrop",
    };

    private sealed class Entry(long id, string source, FaultSpec spec, Random random)
    {
        public long Id { get; } = id;

        public string Source { get; } = source;

        public FaultSpec Spec { get; } = spec;

        public Random Random { get; } = random;

        public long Hits { get; set; }

        public bool Done { get; set; }

        public FaultView View() => new(Id, Source, Spec, Hits, Spec.Count is { } c ? Math.Max(0, c - Hits) : null, Done);
    }
}
