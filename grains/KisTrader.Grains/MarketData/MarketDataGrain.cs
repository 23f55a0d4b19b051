using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace KisTrader.Grains.MarketData;

/// <summary>
/// The cluster's one owner of the KIS WebSocket session (<see cref="IMarketDataGrain"/>, key <see cref="GrainKeys.MarketData"/>).
/// It holds one client reference per (symbol, kind, owner), so the KIS client's reference counting, 41-cap and priority
/// eviction apply unchanged, and keeps the same table in grain storage. Two loops on the grain's scheduler read the
/// client's channels: market events go to <c>ticks/&lt;symbol&gt;</c>, notices (connection, eviction) to the log. While it
/// holds anything, a keep-alive timer stops idle collection and a durable reminder brings it back on a live silo after
/// its silo dies; the activation restores the table. Changes worth telling (a hold taken or released, a refusal, an
/// eviction and its return, the session lost and reconnected, the table restored) are journaled and published on
/// <c>events/all</c> as <see cref="MarketDataChanged"/> through <see cref="TradingEventPublisher.TryPublishAsync"/>: a journal
/// outage is logged and never stops market data. Ticks are not events. See README.md.
/// </summary>
internal sealed class MarketDataGrain(
    [PersistentState("market-data", ProviderNames.GrainStorage)] IPersistentState<MarketDataState> state,
    IKisRealtimeClient client,
    IOptions<KisWebSocketOptions> webSocketOptions,
    IOptions<MarketDataOptions> options,
    ILocalSiloDetails silo,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<MarketDataGrain> logger) : Grain, IMarketDataGrain, IRemindable, IDisposable
{
    /// <summary>The durable reminder that re-activates the grain after its silo died.</summary>
    internal const string ReminderName = "market-data-restore";

    private readonly Dictionary<(string Symbol, MarketDataKinds Kind, string Owner), RealtimeSubscription> _handles = [];
    private readonly Dictionary<string, IAsyncStream<MarketDataEvent>> _streams = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task _restore = Task.CompletedTask;
    private bool _restoring;
    private bool _pumping;
    private bool _reminderRegistered;
    private IGrainTimer? _keepAlive;
    private DateTimeOffset _activatedAt;
    private DateTimeOffset? _lastPublishedAt;
    private long _published;
    private bool _connectionLost;

    private MarketDataOptions Options => options.Value;

    private string SiloName => silo.SiloAddress.ToString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!string.Equals(this.GetPrimaryKeyString(), GrainKeys.MarketData, StringComparison.Ordinal))
        {
            // The silo has one KIS WebSocket client: a second market-data grain would share (and split) its session.
            throw new InvalidOperationException($"The market-data grain is a singleton: use the key '{GrainKeys.MarketData}' (GrainKeys.MarketData), not '{this.GetPrimaryKeyString()}'.");
        }

        _activatedAt = clock.GetUtcNow();
        if (state.State.Entries.Count > 0)
        {
            // Not awaited: the broker may be unreachable for a while, and the activation (and GetStatus) must not wait for it.
            // Subscribe and Unsubscribe wait for the restore before they touch the table.
            logger.Restoring(SiloName, state.State.Entries.Count);
            StartPumps();
            _restoring = true;
            _restore = RestoreAsync(_stop.Token);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();

        // A restore still running ends on the cancellation; waiting for it means no handle it takes is left behind.
        await _restore;
        _keepAlive?.Dispose();
        _keepAlive = null;
        var holds = _handles.Count;
        foreach (var handle in _handles.Values)
        {
            await handle.DisposeAsync();
        }

        _handles.Clear();

        // The session belongs to whichever silo hosts the grain: close it here so the next activation (maybe on another
        // silo) does not meet OPSP8996 (one session per app key).
        try
        {
            await client.StopAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.StopFailed(ex);
        }

        logger.Deactivated(reason, holds);
    }

    public void Dispose() => _stop.Dispose();

    public async Task<MarketDataSubscription> SubscribeAsync(string symbol, MarketDataKinds kinds, string owner, MarketDataPriority priority)
    {
        GrainKeys.Symbol(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (!MarketDataFeeds.IsValid(kinds))
        {
            throw new ArgumentException($"'{kinds}' names no market-data kind (or an unknown one).", nameof(kinds));
        }

        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown market-data priority.");
        }

        await _restore;
        StartPumps();
        var acquired = new List<(MarketDataKinds Kind, RealtimeSubscription Handle)>();
        var newRegistrations = 0;
        foreach (var kind in MarketDataFeeds.Split(kinds))
        {
            if (_handles.ContainsKey((symbol, kind, owner)))
            {
                continue;
            }

            var registered = IsHeld(symbol, kind);
            try
            {
                acquired.Add((kind, await client.SubscribeAsync(MarketDataFeeds.TrId(kind), symbol, MarketDataFeeds.ToClient(priority), _stop.Token)));
                newRegistrations += registered ? 0 : 1;
            }
            catch (Exception ex) when (ex is KisWebSocketException or TimeoutException)
            {
                // All or nothing: what this call took is given back before answering.
                foreach (var (_, handle) in acquired)
                {
                    await handle.DisposeAsync();
                }

                logger.SubscribeRefused(owner, kind, symbol, ex.Message);
                var refused = Answer(false, symbol, owner, kinds, 0, ex.Message);
                await TellAsync(MarketDataChange.Refused, symbol, kinds, owner, priority, 0, 0, 0, refused.RegistrationsUsed, ex.Message);
                return refused;
            }
        }

        if (acquired.Count > 0)
        {
            var since = clock.GetUtcNow();
            foreach (var (kind, handle) in acquired)
            {
                _handles[(symbol, kind, owner)] = handle;
                state.State.Entries.Add(new MarketDataEntry(symbol, kind, owner, priority, since));
            }

            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                foreach (var (kind, handle) in acquired)
                {
                    _handles.Remove((symbol, kind, owner));
                    state.State.Entries.RemoveAll(e => e.Is(symbol, kind, owner));
                    await handle.DisposeAsync();
                }

                throw;
            }

            await KeepAliveAsync();
        }

        var answer = Answer(true, symbol, owner, kinds, newRegistrations, null);
        logger.Subscribed(owner, kinds, symbol, priority, newRegistrations, answer.RegistrationsUsed, answer.RegistrationsLimit);
        if (acquired.Count > 0)
        {
            var taken = acquired.Aggregate(MarketDataKinds.None, (all, a) => all | a.Kind);
            await TellAsync(MarketDataChange.Subscribed, symbol, taken, owner, priority, acquired.Count, newRegistrations, 0, answer.RegistrationsUsed, null);
        }

        return answer;
    }

    public async Task<int> UnsubscribeAsync(string symbol, MarketDataKinds kinds, string owner)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(owner);
        await _restore;
        var released = 0;
        var releasedKinds = MarketDataKinds.None;
        foreach (var kind in MarketDataFeeds.Split(kinds & MarketDataKinds.All))
        {
            if (_handles.Remove((symbol, kind, owner), out var handle))
            {
                await handle.DisposeAsync();
            }

            var removed = state.State.Entries.RemoveAll(e => e.Is(symbol, kind, owner));
            released += removed;
            releasedKinds |= removed > 0 ? kind : MarketDataKinds.None;
        }

        if (released == 0)
        {
            return 0;
        }

        await state.WriteStateAsync();
        logger.Unsubscribed(owner, released, symbol, kinds);
        await TellAsync(MarketDataChange.Released, symbol, releasedKinds, owner, null, released, 0, 0, RegistrationsUsed(), null);
        if (state.State.Entries.Count == 0)
        {
            await IdleAsync();
        }

        return released;
    }

    public Task<MarketDataStatus> GetStatusAsync()
    {
        var registrations = client.Registrations;
        var byKey = registrations.ToDictionary(r => (r.TrId, r.TrKey));
        var views = state.State.Entries
            .GroupBy(e => (e.Symbol, e.Kind))
            .OrderBy(g => g.Key.Symbol, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Kind)
            .Select(g =>
            {
                var trId = MarketDataFeeds.TrId(g.Key.Kind);
                var parked = byKey.TryGetValue((trId, g.Key.Symbol), out var r) && r.Parked;
                var held = g.Any(e => _handles.ContainsKey((e.Symbol, e.Kind, e.Owner)));
                return new MarketDataRegistrationView(
                    g.Key.Symbol,
                    g.Key.Kind,
                    trId,
                    [.. g.Select(e => new MarketDataHolder(e.Owner, e.Priority, e.Since))],
                    parked,
                    held && !parked);
            })
            .ToImmutableArray();
        var statistics = client.Statistics;
        return Task.FromResult(new MarketDataStatus(
            SiloName,
            client.State.ToString(),
            _restoring,
            registrations.Count(r => !r.Parked),
            webSocketOptions.Value.MaxRegistrations,
            views,
            statistics.Connections,
            Math.Max(0, statistics.Connections - 1),
            _published,
            statistics.DroppedMarketEvents,
            _activatedAt,
            _lastPublishedAt));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Its work is done by arriving: an activation restores the persisted table. A reminder left over from a table
        // that has since emptied is removed.
        logger.ReminderTick(reminderName, state.State.Entries.Count, client.State);
        return state.State.Entries.Count == 0 && !_restoring ? IdleAsync() : Task.CompletedTask;
    }

    private bool IsHeld(string symbol, MarketDataKinds kind) =>
        _handles.Keys.Any(k => k.Kind == kind && string.Equals(k.Symbol, symbol, StringComparison.Ordinal));

    private MarketDataSubscription Answer(bool accepted, string symbol, string owner, MarketDataKinds kinds, int newRegistrations, string? reason) =>
        new(accepted, symbol, owner, kinds, newRegistrations, RegistrationsUsed(), webSocketOptions.Value.MaxRegistrations, reason);

    private int RegistrationsUsed() => client.Registrations.Count(r => !r.Parked);

    /// <summary>Journals and publishes a change; a journal or stream failure is logged by the publisher and never thrown.</summary>
    private Task<TradingEvent?> TellAsync(
        MarketDataChange change, string? symbol, MarketDataKinds kinds, string? owner, MarketDataPriority? priority, int holds, int newRegistrations, int dropped, int used, string? detail)
    {
        var payload = new MarketDataChanged(change, symbol, kinds, owner, priority, holds, newRegistrations, dropped, used, webSocketOptions.Value.MaxRegistrations, detail);
        return events.TryPublishAsync(
            ServiceProvider.GetKeyedService<IStreamProvider>(ProviderNames.Streams), TradingEventCategory.MarketData, GrainKeys.MarketData, clock.GetUtcNow(), null, Summary(payload), payload);
    }

    private static string Summary(MarketDataChanged e)
    {
        var what = e.Symbol is null ? string.Empty : $" {e.Symbol} {e.Kinds}";
        var who = e.Owner is null ? string.Empty : $" ({e.Owner})";
        var why = e.Detail is null ? string.Empty : $": {e.Detail}";
        return e.Change switch
        {
            MarketDataChange.Subscribed => $"실시간 등록{what}{who}, +{e.NewRegistrations} → {e.RegistrationsUsed}/{e.RegistrationsLimit}",
            MarketDataChange.Released => $"실시간 해제{what}{who}, {e.Holds} holds → {e.RegistrationsUsed}/{e.RegistrationsLimit}",
            MarketDataChange.Refused => $"실시간 등록 거부{what}{who} at {e.RegistrationsUsed}/{e.RegistrationsLimit}{why}",
            MarketDataChange.Parked => $"실시간 등록 대기 (parked){what}{why}",
            MarketDataChange.Unparked => $"실시간 등록 복귀 (unparked){what} → {e.RegistrationsUsed}/{e.RegistrationsLimit}",
            MarketDataChange.ConnectionLost => $"WebSocket 연결 끊김{why}",
            MarketDataChange.Reconnected => $"WebSocket 재연결{why}",
            MarketDataChange.Restored => $"실시간 등록 복원 {e.Holds} holds, {e.Dropped} dropped → {e.RegistrationsUsed}/{e.RegistrationsLimit}{why}",
            MarketDataChange.RestoreDropped => $"실시간 등록 복원 실패, dropped{what}{who}{why}",
            _ => e.Change.ToString(),
        };
    }

    private async Task RestoreAsync(CancellationToken stop)
    {
        try
        {
            await KeepAliveAsync();
            var entries = state.State.Entries.ToList();
            var dropped = new List<MarketDataEntry>();
            foreach (var entry in entries)
            {
                var reason = await RestoreOneAsync(entry, stop);
                if (reason is not null)
                {
                    logger.RestoreDropped(entry.Owner, entry.Kind, entry.Symbol, reason);
                    dropped.Add(entry);
                    await TellAsync(MarketDataChange.RestoreDropped, entry.Symbol, entry.Kind, entry.Owner, entry.Priority, 0, 0, 0, RegistrationsUsed(), reason);
                }
            }

            if (dropped.Count > 0)
            {
                state.State.Entries.RemoveAll(dropped.Contains);
                await state.WriteStateAsync(stop);
            }

            logger.Restored(entries.Count - dropped.Count, entries.Count, SiloName);
            await TellAsync(MarketDataChange.Restored, null, MarketDataKinds.None, null, null, entries.Count - dropped.Count, 0, dropped.Count, RegistrationsUsed(), $"on silo {SiloName}");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.RestoreFailed(ex);
        }
        finally
        {
            _restoring = false;
        }
    }

    /// <summary>Re-takes one persisted hold; returns why it had to be dropped, or null when it is held again.</summary>
    private async Task<string?> RestoreOneAsync(MarketDataEntry entry, CancellationToken stop)
    {
        while (true)
        {
            try
            {
                _handles[(entry.Symbol, entry.Kind, entry.Owner)] =
                    await client.SubscribeAsync(MarketDataFeeds.TrId(entry.Kind), entry.Symbol, MarketDataFeeds.ToClient(entry.Priority), stop);
                return null;
            }
            catch (Exception ex) when (ex is TimeoutException or KisAppKeyInUseException)
            {
                // Passing: no reply in time, or the dead silo's session still holds the app key until KIS drops it.
                logger.RestoreRetry(entry.Kind, entry.Symbol, ex.Message, Options.RestoreRetryDelay);
                await Task.Delay(Options.RestoreRetryDelay, clock, stop);
            }
            catch (KisWebSocketException ex)
            {
                return ex.Message;
            }
        }
    }

    /// <summary>While anything is held: a keep-alive timer (no idle collection) and the durable reminder (re-activation elsewhere).</summary>
    private async Task KeepAliveAsync()
    {
        _keepAlive ??= this.RegisterGrainTimer(
            static _ => Task.CompletedTask,
            new GrainTimerCreationOptions(Options.KeepAlivePeriod, Options.KeepAlivePeriod) { KeepAlive = true, Interleave = true });
        if (!_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(ReminderName, Options.ReminderPeriod, Options.ReminderPeriod);
            _reminderRegistered = true;
        }
    }

    private async Task IdleAsync()
    {
        _keepAlive?.Dispose();
        _keepAlive = null;
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderRegistered = false;

        logger.Idle();
    }

    /// <summary>Starts the two channel readers once per activation; they run on the grain's scheduler until deactivation.</summary>
    private void StartPumps()
    {
        if (_pumping)
        {
            return;
        }

        _pumping = true;
        _ = PublishLoopAsync(_stop.Token);
        _ = NoticeLoopAsync(_stop.Token);
    }

    private async Task PublishLoopAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var record in client.MarketEvents.ReadAllAsync(stop))
            {
                var item = MarketDataMapper.ToEvent(record, _published + 1);
                if (item is null)
                {
                    continue;
                }

                try
                {
                    await StreamOf(item.Symbol).OnNextAsync(item);
                    _published++;
                    _lastPublishedAt = clock.GetUtcNow();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException && !stop.IsCancellationRequested)
                {
                    logger.PublishFailed(item.TrId, item.Symbol, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LoopFailed("publish", ex);
        }
    }

    private async Task NoticeLoopAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var notice in client.Notices.ReadAllAsync(stop))
            {
                switch (notice)
                {
                    case ConnectionStateChanged change:
                        logger.ConnectionChanged(change.State, change.Reason);
                        await TellConnectionAsync(change);
                        break;
                    case SubscriptionLost lost:
                        logger.SubscriptionLost(lost.TrId, lost.TrKey, lost.Reason, lost.Message);
                        await TellRegistrationAsync(MarketDataChange.Parked, lost.TrId, lost.TrKey, lost.Message);
                        break;
                    case SubscriptionRestored restored:
                        logger.SubscriptionRestored(restored.TrId, restored.TrKey);
                        await TellRegistrationAsync(MarketDataChange.Unparked, restored.TrId, restored.TrKey, null);
                        break;
                    case FillNotice:
                        logger.FillNoticeIgnored();
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LoopFailed("notice", ex);
        }
    }

    /// <summary>A dropped session and the reconnect after it (not the first connect, the stop or the interim "connecting").</summary>
    private async Task TellConnectionAsync(ConnectionStateChanged change)
    {
        if (change.State == RealtimeConnectionState.Reconnecting)
        {
            _connectionLost = true;
            await TellAsync(MarketDataChange.ConnectionLost, null, MarketDataKinds.None, null, null, 0, 0, 0, RegistrationsUsed(), change.Reason);
        }
        else if (change.State == RealtimeConnectionState.Connected && _connectionLost)
        {
            _connectionLost = false;
            await TellAsync(MarketDataChange.Reconnected, null, MarketDataKinds.None, null, null, state.State.Entries.Count, 0, 0, RegistrationsUsed(), change.Reason);
        }
    }

    /// <summary>An eviction (or a refusal on re-send) and a parked registration's return, for the kinds this grain holds.</summary>
    private Task TellRegistrationAsync(MarketDataChange change, string trId, string symbol, string? detail)
    {
        var kind = MarketDataFeeds.KindOf(trId);
        if (kind == MarketDataKinds.None)
        {
            return Task.CompletedTask;
        }

        var holders = state.State.Entries.Where(e => e.Kind == kind && string.Equals(e.Symbol, symbol, StringComparison.Ordinal)).ToList();
        MarketDataPriority? priority = holders.Count == 0 ? null : holders.Max(e => e.Priority);
        return TellAsync(change, symbol, kind, null, priority, holders.Count, 0, 0, RegistrationsUsed(), detail);
    }

    private IAsyncStream<MarketDataEvent> StreamOf(string symbol)
    {
        if (!_streams.TryGetValue(symbol, out var stream))
        {
            stream = this.GetStreamProvider(ProviderNames.Streams).GetStream<MarketDataEvent>(StreamId.Create(ProviderNames.TicksNamespace, symbol));
            _streams[symbol] = stream;
        }

        return stream;
    }
}
