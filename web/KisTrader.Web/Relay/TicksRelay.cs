using KisTrader.GrainInterfaces;
using KisTrader.Web.Alerts;
using KisTrader.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Orleans.Streams;

namespace KisTrader.Web.Relay;

/// <summary>
/// Relays <c>ticks/&lt;symbol&gt;</c> of the symbols some connection follows (<see cref="SymbolInterest"/>): items are
/// folded per symbol (<see cref="QuoteBatcher"/>) and sent to the symbol's group as <c>quote</c> every
/// <see cref="FlushInterval"/> (at most 4 a second per symbol, whatever the tick rate); a quote whose move reaches a
/// follower's minimum move (<see cref="MoveAlerts"/>) is also sent to that connection as <c>move</c>. After a cluster recovery every followed symbol is subscribed again.
/// </summary>
internal sealed class TicksRelay(IClusterClient client, IHubContext<TradingHub> hub, SymbolInterest interest, MoveAlerts moves, ClusterReconnects reconnects, ILogger<TicksRelay> logger) : BackgroundService
{
    /// <summary>Wall time: quotes are batched for people's screens, whatever the simulated clock's speed.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);

    private readonly QuoteBatcher _batcher = new();
    private readonly Dictionary<string, StreamSubscriptionHandle<MarketDataEvent>> _handles = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var flusher = FlushAsync(stoppingToken);
        try
        {
            var recovered = reconnects.Next;
            while (true)
            {
                var changed = interest.Changes.WaitToReadAsync(stoppingToken).AsTask();
                if (await Task.WhenAny(changed, recovered) == recovered)
                {
                    recovered = reconnects.Next;
                    await ResubscribeAsync(stoppingToken);
                    continue;
                }

                if (!await changed)
                {
                    break;
                }

                while (interest.Changes.TryRead(out var change))
                {
                    await ApplyAsync(change.Symbol, change.Wanted, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            foreach (var (symbol, handle) in _handles)
            {
                await StreamSubscriber.UnsubscribeAsync(handle, logger, "ticks/" + symbol);
            }
        }

        await flusher;
    }

    private async Task ApplyAsync(string symbol, bool wanted, CancellationToken stoppingToken)
    {
        if (wanted && !_handles.ContainsKey(symbol))
        {
            var handle = await StreamSubscriber.SubscribeAsync<MarketDataEvent>(client, StreamIds.Ticks(symbol),
                item => { _batcher.Add(item); return Task.CompletedTask; }, logger, stoppingToken);
            if (handle is not null)
            {
                _handles[symbol] = handle;
            }
        }
        else if (!wanted && _handles.Remove(symbol, out var handle))
        {
            await StreamSubscriber.UnsubscribeAsync(handle, logger, "ticks/" + symbol);
            _batcher.Forget(symbol);
        }
    }

    /// <summary>After a cluster recovery: every followed symbol's subscription dropped and made again.</summary>
    private async Task ResubscribeAsync(CancellationToken stoppingToken)
    {
        RelayLog.Resubscribing(logger, _handles.Count);
        foreach (var symbol in _handles.Keys.ToList())
        {
            await StreamSubscriber.UnsubscribeAsync(_handles[symbol], logger, "ticks/" + symbol);
            _handles.Remove(symbol);
            await ApplyAsync(symbol, wanted: true, stoppingToken);
        }
    }

    private async Task FlushAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var quote in _batcher.Take())
                {
                    try
                    {
                        await hub.Clients.Group(HubGroups.Symbol(quote.Symbol)).SendAsync(HubGroups.QuoteMethod, quote, stoppingToken);
                        if (moves.Crossed(quote.Symbol, quote.ChangeRate, interest.Followers(quote.Symbol)) is { Count: > 0 } crossed)
                        {
                            await hub.Clients.Clients(crossed).SendAsync(HubGroups.MoveMethod, quote, stoppingToken);
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        RelayLog.SendFailed(logger, e, "quote " + quote.Symbol);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
