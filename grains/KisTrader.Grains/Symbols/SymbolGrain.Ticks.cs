using System.Collections.Immutable;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Symbols;

/// <summary>
/// The symbol's market events from the silo's tick dispatcher (one call in flight per symbol, each carrying what arrived
/// meanwhile, oldest first): the snapshot and the after-hours picture follow every event, and the trades go on, in
/// order and unthinned, to each following position before the call returns — so the next batch of a symbol reaches a
/// position only after the previous one was applied there (order kept), and a slow position slows its symbol's
/// dispatcher lane (back-pressure) instead of queueing without bound here.
/// </summary>
internal sealed partial class SymbolGrain
{
    /// <summary>Tries per position and batch (the second after a failed call) before the batch is given up for it.</summary>
    private const int ForwardAttempts = 2;

    /// <summary>The followers' keys; replaced (never mutated) so an interleaved follow never disturbs a forward in progress.</summary>
    private ImmutableArray<string> _followers = [];

    public async Task ReceiveTicksAsync(TickBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Events.IsDefaultOrEmpty)
        {
            return;
        }

        var trades = ImmutableArray.CreateBuilder<MarketDataEvent>(batch.Events.Length);
        foreach (var item in batch.Events)
        {
            _snapshot = SymbolSnapshots.Apply(_snapshot, item);
            _afterHours = SymbolAfterHours.Apply(_afterHours, item);
            if (item.Kind == MarketDataKinds.Trades && item.Tick is not null)
            {
                trades.Add(item);
            }
        }

        var followers = _followers;
        if (trades.Count == 0 || followers.IsEmpty)
        {
            return;
        }

        var forward = new TickBatch(trades.Count == batch.Events.Length ? batch.Events : trades.ToImmutable());
        if (followers.Length == 1)
        {
            await ForwardAsync(followers[0], forward);
            return;
        }

        await Task.WhenAll(followers.Select(f => ForwardAsync(f, forward)));
    }

    public async Task FollowTicksAsync(string positionKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(positionKey);
        if (!string.Equals(GrainKeys.ParsePosition(positionKey).Code, Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Position {positionKey} is not of this symbol {Code}.", nameof(positionKey));
        }

        if (state.State.Followers.Contains(positionKey, StringComparer.Ordinal))
        {
            return;
        }

        state.State.Followers.Add(positionKey);
        await state.WriteStateAsync();
        _followers = [.. state.State.Followers];
        logger.Following(Code, positionKey, true);
    }

    public async Task UnfollowTicksAsync(string positionKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(positionKey);
        if (state.State.Followers.RemoveAll(k => string.Equals(k, positionKey, StringComparison.Ordinal)) == 0)
        {
            return;
        }

        await state.WriteStateAsync();
        _followers = [.. state.State.Followers];
        logger.Following(Code, positionKey, false);
    }

    private async Task ForwardAsync(string positionKey, TickBatch batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!await GrainFactory.GetGrain<IPositionGrain>(positionKey).ReceiveTicksAsync(batch))
                {
                    // Closed (or never entered): it wants no more ticks. Dropped here at once; the persisted list is changed by
                    // a call of its own (this interleaved call must not write the state a follow may be writing).
                    _followers = _followers.Remove(positionKey, StringComparer.Ordinal);
                    _ = this.AsReference<ISymbolGrain>().UnfollowTicksAsync(positionKey);
                }

                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (attempt >= ForwardAttempts)
                {
                    logger.ForwardFailed(Code, positionKey, batch.Events.Length, e);
                    return;
                }
            }
        }
    }
}
