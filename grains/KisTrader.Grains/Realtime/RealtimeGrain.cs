using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// The cluster's one owner of the KIS realtime session (<see cref="IMarketDataGrain"/>, key <see cref="GrainKeys.MarketData"/>).
/// It connects (through the silo's <see cref="IKisRealtimeClient"/>, which reconnects and re-registers by itself), keeps
/// itself alive while it holds anything, and after its silo dies comes back on a survivor (a durable reminder) and
/// restores its persisted table of holds (RealtimeGrain.Restore.cs). Registrations are counted in one place, the client
/// (one reference per owner's hold; the 41 cap, priorities and eviction are the client's); the grain persists who holds
/// what (RealtimeGrain.Holds.cs). Three pumps run on its scheduler: <see cref="TickPump"/> (the silo's <see cref="ITickDispatcher"/> to the deciding grains, then ticks/&lt;symbol&gt;),
/// <see cref="FillPump"/> (fills/&lt;account&gt;: in order, never dropped, once) and <see cref="SessionNoticePump"/>.
/// Changes worth telling are published as typed <see cref="MarketDataChanged"/> through one method, <see cref="TellAsync"/>.
/// See README.md.
/// </summary>
internal sealed partial class RealtimeGrain(
    [PersistentState("market-data", ProviderNames.GrainStorage)] IPersistentState<MarketDataState> state,
    IKisRealtimeClient client,
    IOptions<KisWebSocketOptions> webSocketOptions,
    IOptions<MarketDataOptions> options,
    IOptions<RealtimeOptions> realtimeOptions,
    ILocalSiloDetails silo,
    ITickDispatcher dispatcher,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<RealtimeGrain> logger) : Grain, IMarketDataGrain, IRemindable, IDisposable
{
    /// <summary>The durable reminder that re-activates the grain after its silo died (a stored name: do not rename).</summary>
    internal const string ReminderName = "market-data-restore";

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _pumps = [];
    private TickPump? _ticks;
    private FillPump? _fills;
    private DateTimeOffset _activatedAt;

    private string SiloName => silo.SiloAddress.ToString();

    private int Limit => webSocketOptions.Value.MaxRegistrations;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!string.Equals(this.GetPrimaryKeyString(), GrainKeys.MarketData, StringComparison.Ordinal))
        {
            // The silo has one KIS WebSocket client: a second realtime grain would share (and split) its session.
            throw new InvalidOperationException($"The market-data grain is a singleton: use the key '{GrainKeys.MarketData}' (GrainKeys.MarketData), not '{this.GetPrimaryKeyString()}'.");
        }

        _activatedAt = clock.GetUtcNow();
        StartPumps();
        if (state.State.Entries.Count > 0)
        {
            StartRestore();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();

        // A restore still running ends on the cancellation; waiting for it means no handle it takes is left behind.
        await _restore;
        var holds = await ReleaseHandlesAsync();

        // The session belongs to whichever silo hosts the grain: close it here so the next activation (maybe on another
        // silo) does not meet OPSP8996 (one session per app key). Then nothing more arrives, and the fill notices still
        // buffered are published before the activation goes.
        try
        {
            await client.StopAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.StopFailed(ex);
        }

        await Task.WhenAll(_pumps);
        if (_fills is not null)
        {
            await _fills.DrainAsync();
        }

        logger.Deactivated(reason, holds);
    }

    public void Dispose() => _stop.Dispose();

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
                var (trId, trKey) = Registration(g.Key.Symbol, g.Key.Kind);
                var parked = byKey.TryGetValue((trId, trKey), out var r) && r.Parked;
                var held = g.Any(e => _handles.ContainsKey(e.Key));
                return new MarketDataRegistrationView(
                    g.Key.Symbol, g.Key.Kind, trId, [.. g.Select(e => new MarketDataHolder(e.Owner, e.Priority, e.Since))], parked, held && !parked);
            })
            .ToImmutableArray();
        var statistics = client.Statistics;
        return Task.FromResult(new MarketDataStatus(
            SiloName,
            client.State.ToString(),
            _restoring,
            RegistrationsUsed(),
            Limit,
            views,
            statistics.Connections,
            Math.Max(0, statistics.Connections - 1),
            _ticks?.Published ?? 0,
            statistics.DroppedMarketEvents,
            _activatedAt,
            _ticks?.LastPublishedAt,
            _fills?.Published ?? 0,
            _fills?.Duplicates ?? 0,
            statistics.FillNoticeWaits));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Its work is done by arriving: an activation restores the persisted table. A reminder left over from a table
        // that has since emptied is removed.
        logger.ReminderTick(reminderName, state.State.Entries.Count, client.State);
        return state.State.Entries.Count == 0 && !_restoring ? IdleAsync() : Task.CompletedTask;
    }

    /// <summary>Starts the three channel readers once per activation; they run on the grain's scheduler until deactivation.</summary>
    private void StartPumps()
    {
        var streams = this.GetStreamProvider(ProviderNames.Streams);
        _ticks = new TickPump(client, dispatcher, streams, clock, logger);
        _fills = new FillPump(client, streams, realtimeOptions.Value, clock, logger);
        var notices = new SessionNoticePump(client, TellChangeAsync, logger);
        _pumps.AddRange([_ticks.RunAsync(_stop.Token), _fills.RunAsync(_stop.Token), notices.RunAsync(_stop.Token)]);
    }

    private int RegistrationsUsed() => client.Registrations.Count(r => !r.Parked);

    /// <summary>A pump's change, with the holders this grain knows of the registration concerned.</summary>
    private async Task TellChangeAsync(RealtimeChange change)
    {
        var holders = change.Kind is { } kind
            ? [.. state.State.Entries.Where(e => e.Kind == kind && string.Equals(e.Symbol, change.Symbol, StringComparison.Ordinal))]
            : new List<MarketDataEntry>();
        MarketDataPriority? priority = holders.Count == 0 ? null : holders.Max(e => e.Priority);
        var holds = change.Kind is null && change.Change == MarketDataChange.Reconnected ? state.State.Entries.Count : holders.Count;
        await TellAsync(change.Change, change.Symbol, change.Kind ?? MarketDataKinds.None, null, priority, holds, 0, 0, change.Detail);
    }

    /// <summary>
    /// The one call to the event publisher: journals and publishes a typed change (no text for people: the front end words
    /// it). A journal or stream failure is logged by the publisher and never thrown.
    /// </summary>
    private Task<TradingEvent?> TellAsync(
        MarketDataChange change, string? symbol, MarketDataKinds kinds, string? owner, MarketDataPriority? priority, int holds, int newRegistrations, int dropped, string? detail)
    {
        var payload = new MarketDataChanged(change, symbol, kinds, owner, priority, holds, newRegistrations, dropped, RegistrationsUsed(), Limit, detail);
        return events.TryPublishAsync(payload, clock.GetUtcNow());
    }
}
