using KisTrader.GrainInterfaces;
using KisTrader.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Orleans.Streams;

namespace KisTrader.Web.Relay;

/// <summary>
/// Relays <c>ticks/&lt;symbol&gt;</c> of the symbols some connection follows (<see cref="SymbolInterest"/>): items are
/// folded per symbol (<see cref="QuoteBatcher"/>) and sent to the symbol's group as <c>quote</c> every
/// <see cref="FlushInterval"/> (at most 4 a second per symbol, whatever the tick rate).
/// </summary>
internal sealed class TicksRelay(IClusterClient client, IHubContext<TradingHub> hub, SymbolInterest interest, ILogger<TicksRelay> logger) : BackgroundService
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
            await foreach (var (symbol, wanted) in interest.Changes.ReadAllAsync(stoppingToken))
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
