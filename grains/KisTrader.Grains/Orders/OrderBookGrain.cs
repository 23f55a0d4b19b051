using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace KisTrader.Grains.Orders;

/// <summary>
/// One account's order book (<see cref="IOrderBookGrain"/>, key = the account key = the key of <c>fills/&lt;account&gt;</c>),
/// keyed by (trading date, branch, order number): KIS order numbers are unique per day and branch only.
/// Implicitly subscribed, so every activation on any silo receives the account's notices without pub-sub rows. Each notice
/// goes one-way to the order owning its number (or the original number of a modification or cancel); a notice no order
/// owns yet is kept (bounded, persisted) and handed over when the order registers the number — a fill notice can arrive
/// before the HTTP answer that tells the order its number. On the first registration of an activation it takes the
/// 체결통보 registration at the market-data grain.
/// </summary>
[ImplicitStreamSubscription(ProviderNames.FillsNamespace)]
internal sealed class OrderBookGrain(
    [PersistentState("orderbook", ProviderNames.GrainStorage)] IPersistentState<OrderBookState> state,
    IOptions<OrderOptions> options,
    ILogger<OrderBookGrain> logger) : Grain, IOrderBookGrain
{
    private bool _fillsTaken;
    private IGrainTimer? _taking;

    private string AccountKey => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stream = this.GetStreamProvider(ProviderNames.Streams).GetStream<FillNoticeEvent>(StreamIds.Fills(AccountKey));
        await stream.SubscribeAsync(OnNoticeAsync, e =>
        {
            logger.BookStreamFailed(AccountKey, e);
            return Task.CompletedTask;
        });

        // KIS never replays the 체결통보 of fills made while the registration is not live: take it as soon as the book is
        // awake, not only when the first order registers its number (that order's fills could otherwise come by polling only).
        TakeFills();
    }

    public Task<ImmutableArray<FillNoticeEvent>> RegisterAsync(string orderNumber, string clientOrderId, DateOnly tradingDate) =>
        RegisterOrderAsync(orderNumber, null, clientOrderId, tradingDate);

    public async Task<ImmutableArray<FillNoticeEvent>> RegisterOrderAsync(string orderNumber, string? orgNumber, string clientOrderId, DateOnly tradingDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var s = state.State;
        var number = orderNumber.Trim();
        var org = string.IsNullOrWhiteSpace(orgNumber) ? null : orgNumber.Trim();
        // An entry of the same day and number stored without its branch (or under the bare number) is this one.
        foreach (var same in s.Orders.Where(o => o.Value.ClientOrderId == clientOrderId && o.Value.Is(o.Key, tradingDate, org, number)).Select(o => o.Key).ToList())
        {
            s.Orders.Remove(same);
        }

        s.Orders[OrderBookEntry.Key(tradingDate, org, number)] = new OrderBookEntry(clientOrderId, tradingDate, number, org);
        var oldest = tradingDate.AddDays(-options.Value.OrderNumberRetentionDays);
        foreach (var old in s.Orders.Where(o => o.Value.TradingDate < oldest).Select(o => o.Key).ToList())
        {
            s.Orders.Remove(old);
        }

        var kept = s.Unrouted.Where(n => Owns(number, tradingDate, n)).ToImmutableArray();
        s.Unrouted.RemoveAll(n => Owns(number, tradingDate, n));
        await state.WriteStateAsync();
        TakeFills();
        return kept;
    }

    public Task<ImmutableArray<string>> GetKnownOrderNumbersAsync() =>
        Task.FromResult(state.State.Orders.Select(o => o.Value.NumberOf(o.Key)).Distinct(StringComparer.Ordinal).ToImmutableArray());

    public Task<ImmutableArray<string>> GetKnownOrderNumbersOnAsync(DateOnly tradingDate) =>
        Task.FromResult(state.State.Orders.Where(o => o.Value.TradingDate == tradingDate)
            .Select(o => o.Value.NumberOf(o.Key)).Distinct(StringComparer.Ordinal).ToImmutableArray());

    private static bool Owns(string orderNumber, DateOnly tradingDate, FillNoticeEvent n) =>
        KrxTime.DateOf(n.At) == tradingDate
        && (string.Equals(n.OrderNumber.Trim(), orderNumber, StringComparison.Ordinal) || string.Equals(n.OriginalOrderNumber.Trim(), orderNumber, StringComparison.Ordinal));

    private async Task OnNoticeAsync(FillNoticeEvent notice, StreamSequenceToken? token)
    {
        // Notices carry the number and the instant, not the branch: every order of that day under the number (or the
        // original number of a modification) gets it, and each refuses one of another side or symbol.
        var date = KrxTime.DateOf(notice.At);
        var owners = state.State.Orders
            .Where(o => o.Value.Is(o.Key, date, null, notice.OrderNumber))
            .Concat(string.IsNullOrWhiteSpace(notice.OriginalOrderNumber) ? [] : state.State.Orders.Where(o => o.Value.Is(o.Key, date, null, notice.OriginalOrderNumber)))
            .Select(o => o.Value.ClientOrderId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (owners.Count > 0)
        {
            foreach (var owner in owners)
            {
                await GrainFactory.GetGrain<IOrderGrain>(owner).OnFillNoticeAsync(notice);
            }

            return;
        }

        logger.NoticeKept(AccountKey, notice.OrderNumber);
        var unrouted = state.State.Unrouted;
        unrouted.Add(notice);
        if (unrouted.Count > options.Value.UnroutedNoticeLimit)
        {
            unrouted.RemoveRange(0, unrouted.Count - options.Value.UnroutedNoticeLimit);
        }

        await state.WriteStateAsync();
    }

    /// <summary>
    /// Takes the 체결통보 registration once per activation, from an interleaving timer: connecting the session can take long
    /// (or fail while KIS is unreachable) and must never hold up an order registering its number.
    /// </summary>
    private void TakeFills()
    {
        if (_fillsTaken || _taking is not null)
        {
            return;
        }

        _taking = this.RegisterGrainTimer(
            static (OrderBookGrain self, CancellationToken _) => self.TakeFillsAsync(),
            this,
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private async Task TakeFillsAsync()
    {
        try
        {
            var answer = await GrainFactory.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).SubscribeFillsAsync(OrderOptions.FillNoticeOwner);
            _fillsTaken = answer.Accepted;
            if (!answer.Accepted)
            {
                logger.FillsNotSubscribed(AccountKey, answer.Reason);
            }
        }
        catch (Exception e)
        {
            logger.FillsNotSubscribed(AccountKey, e.GetType().Name);
        }
        finally
        {
            _taking?.Dispose();
            _taking = null;
        }
    }
}
