using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Holds: the persisted table of who holds what, and one client reference per hold. The client counts the references
/// (a registration is sent once and released with its last holder) and applies the cap and priorities; this file only
/// takes and gives back references, all or nothing per call, and persists the table before answering.
/// </summary>
internal sealed partial class RealtimeGrain
{
    private readonly Dictionary<(string Symbol, MarketDataKinds Kind, string Owner), RealtimeSubscription> _handles = [];

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

        return await HoldAsync(symbol, MarketDataFeeds.Split(kinds), kinds, owner, priority);
    }

    public async Task<MarketDataSubscription> SubscribeFillsAsync(string owner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (string.IsNullOrWhiteSpace(webSocketOptions.Value.HtsId))
        {
            const string reason = "Fill notices need the HTS ID (Kis:HtsId): 체결통보 is registered per HTS ID.";
            await TellAsync(MarketDataChange.Refused, null, MarketDataKinds.FillNotices, owner, null, 0, 0, 0, reason);
            return Answer(false, string.Empty, owner, MarketDataKinds.FillNotices, 0, reason);
        }

        // Stored at the higher market-data priority; the client holds 체결통보 at its own Account priority, above both.
        return await HoldAsync(string.Empty, [MarketDataKinds.FillNotices], MarketDataKinds.FillNotices, owner, MarketDataPriority.Position);
    }

    public Task<int> UnsubscribeAsync(string symbol, MarketDataKinds kinds, string owner)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(owner);
        return ReleaseAsync(symbol, MarketDataFeeds.Split(kinds & MarketDataKinds.All), kinds, owner);
    }

    public Task<int> UnsubscribeFillsAsync(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return ReleaseAsync(string.Empty, [MarketDataKinds.FillNotices], MarketDataKinds.FillNotices, owner);
    }

    private async Task<MarketDataSubscription> HoldAsync(string symbol, IReadOnlyList<MarketDataKinds> kinds, MarketDataKinds asked, string owner, MarketDataPriority priority)
    {
        await _restore;
        var acquired = new List<(MarketDataKinds Kind, RealtimeSubscription Handle)>();
        var newRegistrations = 0;
        foreach (var kind in kinds.Where(k => !_handles.ContainsKey((symbol, k, owner))))
        {
            var (trId, trKey) = Registration(symbol, kind);
            var registered = client.Registrations.Any(r => r.TrId == trId && r.TrKey == trKey);
            try
            {
                acquired.Add((kind, await AcquireAsync(symbol, kind, priority, _stop.Token)));
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
                var refused = Answer(false, symbol, owner, asked, 0, ex.Message);
                await TellAsync(MarketDataChange.Refused, NullIfEmpty(symbol), asked, owner, priority, 0, 0, 0, ex.Message);
                return refused;
            }
        }

        if (acquired.Count > 0)
        {
            await PersistHoldsAsync(symbol, owner, priority, acquired);
            await KeepAliveAsync();
        }

        var answer = Answer(true, symbol, owner, asked, newRegistrations, null);
        logger.Subscribed(owner, asked, symbol, priority, newRegistrations, answer.RegistrationsUsed, answer.RegistrationsLimit);
        if (acquired.Count > 0)
        {
            var taken = acquired.Aggregate(MarketDataKinds.None, (all, a) => all | a.Kind);
            await TellAsync(MarketDataChange.Subscribed, NullIfEmpty(symbol), taken, owner, priority, acquired.Count, newRegistrations, 0, null);
        }

        return answer;
    }

    /// <summary>Adds the holds to the table and writes it; on a failed write the references are given back and nothing is held.</summary>
    private async Task PersistHoldsAsync(string symbol, string owner, MarketDataPriority priority, List<(MarketDataKinds Kind, RealtimeSubscription Handle)> acquired)
    {
        var since = clock.GetUtcNow();
        foreach (var (kind, handle) in acquired)
        {
            _handles[(symbol, kind, owner)] = handle;
            if (!state.State.Entries.Any(e => e.Is(symbol, kind, owner)))
            {
                state.State.Entries.Add(new MarketDataEntry(symbol, kind, owner, priority, since));
            }
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
    }

    private async Task<int> ReleaseAsync(string symbol, IReadOnlyList<MarketDataKinds> kinds, MarketDataKinds asked, string owner)
    {
        await _restore;
        var released = 0;
        var releasedKinds = MarketDataKinds.None;
        foreach (var kind in kinds)
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
        logger.Unsubscribed(owner, released, symbol, asked);
        await TellAsync(MarketDataChange.Released, NullIfEmpty(symbol), releasedKinds, owner, null, released, 0, 0, null);
        if (state.State.Entries.Count == 0)
        {
            await IdleAsync();
        }

        return released;
    }

    /// <summary>Takes one client reference: 체결통보 of the configured HTS ID, or a per-symbol kind at its priority.</summary>
    private Task<RealtimeSubscription> AcquireAsync(string symbol, MarketDataKinds kind, MarketDataPriority priority, CancellationToken cancellationToken) =>
        kind == MarketDataKinds.FillNotices
            ? client.SubscribeFillNoticesAsync(cancellationToken)
            : client.SubscribeAsync(MarketDataFeeds.TrId(kind), symbol, MarketDataFeeds.ToClient(priority), cancellationToken);

    /// <summary>The client's (TR ID, key) of a hold.</summary>
    private (string TrId, string TrKey) Registration(string symbol, MarketDataKinds kind) =>
        kind == MarketDataKinds.FillNotices
            ? (webSocketOptions.Value.FillNoticeTrId, webSocketOptions.Value.HtsId ?? string.Empty)
            : (MarketDataFeeds.TrId(kind), symbol);

    private MarketDataSubscription Answer(bool accepted, string symbol, string owner, MarketDataKinds kinds, int newRegistrations, string? reason) =>
        new(accepted, symbol, owner, kinds, newRegistrations, RegistrationsUsed(), Limit, reason);

    private static string? NullIfEmpty(string symbol) => symbol.Length == 0 ? null : symbol;

    /// <summary>Gives back every client reference (deactivation); the persisted table stays. Returns how many there were.</summary>
    private async Task<int> ReleaseHandlesAsync()
    {
        var holds = _handles.Count;
        foreach (var handle in _handles.Values)
        {
            await handle.DisposeAsync();
        }

        _handles.Clear();
        return holds;
    }
}
