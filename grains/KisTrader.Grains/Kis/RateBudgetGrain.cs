using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Kis;

/// <summary>
/// One app key's REST budget across silos (<see cref="IRateBudgetGrain"/>). Invariant: the quotas of all holders add up
/// to at most the limit. Quota only grows from the unallocated rest, and holders give quota back only when it is free
/// on their side, so at any instant the permits in use or cooling across the cluster are at most the limit.
/// A holder silent for its lease plus <see cref="KisClusterOptions.BudgetReclaimGrace"/> loses its quota (it stopped using
/// it when its own lease lapsed, and its last permits have cooled by then).
/// Changes worth telling (a holder joined or was reclaimed with quota — not an idle holder's coming and going,
/// <see cref="BudgetNotices"/> —, an EGW00201 pause began, recovery after a reactivation) are
/// journaled and published as <see cref="RateBudgetChanged"/>; routine quota syncs are not. A journal outage is logged and
/// never blocks the budget (<see cref="TradingEventPublisher.TryPublishAsync"/>).
/// </summary>
internal sealed class RateBudgetGrain(
    [PersistentState("rateBudget", ProviderNames.GrainStorage)] IPersistentState<RateBudgetState> state,
    IOptions<KisClusterOptions> options,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<RateBudgetGrain> logger) : Grain, IRateBudgetGrain
{
    private readonly KisClusterOptions _options = options.Value;
    private readonly Dictionary<string, Holder> _holders = new(StringComparer.Ordinal);
    private readonly BudgetNotices _notices = new();
    private DateTimeOffset _recoveryUntil;
    private DateTimeOffset _pausedUntil;
    private int _limit;

    private string KeyId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (state.State.QuotaOutstanding)
        {
            // A previous activation died with quota out: holders we do not know yet may still be using it.
            _recoveryUntil = now + _options.BudgetLeaseDuration + _options.BudgetReclaimGrace;
            logger.BudgetRecovering(KeyId, _recoveryUntil);
            await TellAsync(now, RateBudgetChange.Recovering, null, 0, _recoveryUntil);
        }
    }

    public async Task<RateBudgetGrant> SyncAsync(RateBudgetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(report.PermitsPerWindow, 1);
        var now = clock.GetUtcNow();
        var reclaimed = Reclaim(now);

        var joined = false;
        if (!_holders.TryGetValue(report.HolderId, out var holder))
        {
            holder = new Holder(report.HolderId);
            _holders.Add(report.HolderId, holder);
            joined = true;
        }

        holder.LastSeen = now;
        holder.Quota = Math.Max(0, report.Held);
        holder.PermitsPerWindow = report.PermitsPerWindow;
        holder.BestWaitingLane = report.BestWaitingLane;
        var pauseBegins = report.RateLimitedReports > 0 && _pausedUntil <= now;
        if (report.RateLimitedReports > 0)
        {
            // The key is shared with something we do not control (or a limit changed): everyone backs off, not one silo.
            var until = now + report.BackoffDelay;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
            logger.BudgetRateLimited(KeyId, holder.Id, report.BackoffDelay);
        }

        _limit = _holders.Values.Min(h => h.PermitsPerWindow);
        holder.Wanted = Math.Clamp(report.Wanted, 0, _limit);
        AssignTargets();

        var allocated = _holders.Values.Sum(h => h.Quota);
        if (now >= _recoveryUntil && holder.Quota < holder.Target && allocated < _limit)
        {
            var grant = Math.Min(holder.Target - holder.Quota, _limit - allocated);
            holder.Quota += grant;
            holder.LastIncrease = now;
            allocated += grant;
        }

        await PersistOutstandingAsync(allocated > 0);
        foreach (var gone in reclaimed.Where(g => _notices.TellReclaim(g.Id, g.Quota)))
        {
            await TellAsync(now, RateBudgetChange.HolderReclaimed, gone.Id, 0, null, gone.LastSeen, gone.Quota);
        }

        if (joined && _notices.TellJoin(holder.Id))
        {
            await TellAsync(now, RateBudgetChange.HolderJoined, holder.Id, holder.Quota, null);
        }

        if (pauseBegins)
        {
            await TellAsync(now, RateBudgetChange.Paused, holder.Id, holder.Quota, _pausedUntil);
        }

        var pause = _pausedUntil > now ? _pausedUntil - now : TimeSpan.Zero;
        return new RateBudgetGrant(holder.Quota, holder.Target, _options.BudgetLeaseDuration, pause);
    }

    public ValueTask<RateBudgetStatus> GetStatusAsync()
    {
        var holders = _holders.Values
            .OrderBy(h => h.Id, StringComparer.Ordinal)
            .Select(h => new RateBudgetHolder(h.Id, h.Quota, h.Target, h.Wanted, h.LastSeen))
            .ToImmutableArray();
        return ValueTask.FromResult(new RateBudgetStatus(_limit, holders.Sum(h => h.Quota), holders));
    }

    /// <summary>
    /// Max-min fair split of the limit over what holders want, one permit at a time: holders waiting in a higher lane
    /// first, then the one whose quota grew least recently (so with fewer permits than silos they take turns).
    /// </summary>
    private void AssignTargets()
    {
        var order = _holders.Values
            .Where(h => h.Wanted > 0)
            .OrderBy(h => h.BestWaitingLane ?? int.MaxValue)
            .ThenBy(h => h.LastIncrease)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var h in _holders.Values)
        {
            h.Target = 0;
        }

        var left = _limit;
        var progress = true;
        while (left > 0 && progress)
        {
            progress = false;
            foreach (var h in order)
            {
                if (left == 0)
                {
                    break;
                }

                if (h.Target < h.Wanted)
                {
                    h.Target++;
                    left--;
                    progress = true;
                }
            }
        }
    }

    private Task<TradingEvent?> TellAsync(
        DateTimeOffset at, RateBudgetChange change, string? holderId, int quota, DateTimeOffset? until, DateTimeOffset? lastSeen = null, int freed = 0) =>
        events.TryPublishAsync(
            new RateBudgetChanged(KeyId, change, holderId, quota, _holders.Values.Sum(h => h.Quota), _limit, until, _holders.Count, lastSeen, freed), at);

    private List<Holder> Reclaim(DateTimeOffset now)
    {
        var silence = _options.BudgetLeaseDuration + _options.BudgetReclaimGrace;
        var reclaimed = _holders.Values.Where(h => now - h.LastSeen > silence).ToList();
        foreach (var holder in reclaimed)
        {
            _holders.Remove(holder.Id);
            logger.BudgetHolderReclaimed(KeyId, holder.Id, holder.LastSeen, holder.Quota);
        }

        return reclaimed;
    }

    private async Task PersistOutstandingAsync(bool outstanding)
    {
        if (state.State.QuotaOutstanding != outstanding)
        {
            state.State.QuotaOutstanding = outstanding;
            await state.WriteStateAsync();
        }
    }

    private sealed class Holder(string id)
    {
        public string Id { get; } = id;

        public int Quota { get; set; }

        public int Target { get; set; }

        public int Wanted { get; set; }

        public int PermitsPerWindow { get; set; }

        public int? BestWaitingLane { get; set; }

        public DateTimeOffset LastSeen { get; set; }

        public DateTimeOffset LastIncrease { get; set; }
    }
}
