using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Trading.Money;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Positions;

/// <summary>Status from the fills: Entering → Open → Closed, or Abandoned; the journal rows and the trade result.</summary>
internal sealed partial class PositionGrain
{
    private const string WakeReminder = "position-wake";
    private static readonly TimeSpan WakeEvery = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Settles what the stored fills already decide but the status does not show yet: <see cref="ApplyAsync"/> saves the
    /// fills and then settles, so an activation lost between the two (a silo killed) leaves, say, a sell filled in full on
    /// a position still Open. The order's re-tell and the wake's re-read then find nothing new (the fills are known), so
    /// every wake asks here. Cheap when nothing is pending: no write.
    /// </summary>
    private async Task SettleIfPendingAsync(DateTimeOffset now)
    {
        if (S.Orders.FirstOrDefault(o => o.IsBuy) is not { } buy)
        {
            return;
        }

        var ledger = Ledger();
        var pending = S.Status switch
        {
            PositionStatus.Entering => ledger.BoughtQuantity > 0 || buy.Finished,
            PositionStatus.Open => !S.RiskToldOpen || (ledger.Quantity == 0 && ledger.SoldQuantity > 0 && buy.Finished && !WorkingSells.Any()),
            _ => false,
        };
        if (pending)
        {
            logger.SettlingLeftOver(Key, S.Status, ledger.BoughtQuantity, ledger.SoldQuantity);
            await SettleAsync(now);
        }
    }

    /// <summary>
    /// An open position keeps its wake reminder until it ends (it is what brings the position back after a silo loss);
    /// the activation that opened it may have been lost between saving Open and registering it.
    /// </summary>
    private async Task EnsureWakeReminderAsync()
    {
        if (S.Status == PositionStatus.Open && await this.GetReminder(WakeReminder) is null)
        {
            logger.WakeReminderRestored(Key);
            await RegisterWakeReminderAsync(clock.GetUtcNow());
        }
    }

    // Nothing is due before the exit day's watch start: the first tick then (a restart overnight loses nothing), every 5
    // minutes after it. A reminder every 5 minutes from the open also kept the simulator run's idle fast-forward from
    // jumping over the night (a counted timer was always due within its horizon).
    private Task<IGrainReminder> RegisterWakeReminderAsync(DateTimeOffset now)
    {
        var untilWatch = Schedule.WatchFrom - now;
        return this.RegisterOrUpdateReminder(WakeReminder, untilWatch > WakeEvery ? untilWatch : WakeEvery, WakeEvery);
    }

    private async Task SettleAsync(DateTimeOffset now)
    {
        var ledger = Ledger();
        var buy = S.Orders.First(o => o.IsBuy);
        if (S.Status == PositionStatus.Entering && ledger.BoughtQuantity > 0)
        {
            S.Status = PositionStatus.Open;
            await SaveAsync(now);
            logger.Opened(Key, ledger.Quantity, ledger.AveragePrice);
            await PublishAsync(PositionChange.Opened, now, buy);
            await RegisterWakeReminderAsync(now);
        }
        else if (S.Status == PositionStatus.Entering && buy.Finished)
        {
            S.Status = PositionStatus.Abandoned;
            await SaveAsync(now);
            logger.Abandoned(Key, buy.State);
            await PublishAsync(PositionChange.Abandoned, now, buy);
            if (S.RiskToldOpen)
            {
                await TellRiskAsync(false);
            }

            await EndAsync();
            return;
        }

        if (S.Status != PositionStatus.Open)
        {
            return;
        }

        if (!S.RiskToldOpen)
        {
            S.RiskToldOpen = true;
            await SaveAsync(now);
            await TellRiskAsync(true);
        }

        if (ledger.Quantity == 0 && ledger.SoldQuantity > 0 && buy.Finished && !WorkingSells.Any())
        {
            await CloseAsync(now, ledger);
            return;
        }

        await positions.SavePositionAsync(Record(ledger, PositionStatus.Open, null, now));
    }

    private async Task CloseAsync(DateTimeOffset now, PositionLedger ledger)
    {
        var entry = S.Entry!;
        var fills = S.Fills.OrderBy(f => f.At).ThenBy(f => f.Side).ToList();
        var closedAt = fills.Last(f => f.Side == OrderSide.Sell).At;
        var trade = new TradeResultRecord
        {
            PositionKey = Key,
            EntryDate = entry.EntryDate,
            ExitDate = KrxTime.DateOf(closedAt),
            Symbol = entry.Symbol,
            AccountRef = entry.AccountKey,
            Day1Close = entry.Close,
            Day2Open = S.Day2Open,
            EntryCheckpoint = entry.Checkpoint,
            Rank = entry.Rank,
            Score = entry.Score,
            Fills = [.. fills.Select(f => new TradeFillRecord(f.ClientOrderId, f.FillKey, f.Side, f.Quantity, f.Price, f.At,
                f.Side == OrderSide.Sell ? S.Orders.Find(o => o.Id == f.ClientOrderId)?.Reason : null))],
            BuyCommission = ledger.BuyCommission,
            SellCommission = ledger.SellCommission,
            SellTax = ledger.SellTax,
            NetPnL = ledger.RealisedPnL,
            NetReturn = ledger.NetReturn,
            OpenedAt = fills.First(f => f.Side == OrderSide.Buy).At,
            ClosedAt = closedAt,
        };
        await positions.SavePositionAsync(Record(ledger, PositionStatus.Closed, closedAt, now));
        await trades.RecordTradeAsync(trade);
        S.Status = PositionStatus.Closed;
        S.ResultRecorded = true;
        await SaveAsync(now);
        logger.Closed(Key, ledger.RealisedPnL, ledger.NetReturn);
        await PublishAsync(PositionChange.Closed, now, null);
        await TellRiskAsync(false);
        await EndAsync();
    }

    /// <summary>Tells the account's risk grain (one-way) that the position opened or closed; a failure is logged, never fatal.</summary>
    private async Task TellRiskAsync(bool open)
    {
        try
        {
            await GrainFactory.GetGrain<IRiskGrain>(GrainKeys.Risk(S.Entry!.AccountKey)).TrackPositionAsync(Key, open);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.RiskTellFailed(e, Key, open);
        }
    }

    /// <summary>The position is over: no more wakes, quotes or reminders.</summary>
    private async Task EndAsync()
    {
        _wake?.Dispose();
        _wake = null;
        await StopQuotesAsync();
        if (await this.GetReminder(WakeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private PositionRecord Record(PositionLedger ledger, PositionStatus status, DateTimeOffset? closedAt, DateTimeOffset now) => new(
        Key, S.Entry!.AccountKey, S.Entry.EntryDate, S.Entry.Symbol, ledger.Quantity, ledger.AveragePrice, ledger.RealisedPnL, status,
        S.Fills.Where(f => f.Side == OrderSide.Buy).Min(f => f.At), closedAt, now);

    private Task<TradingEvent> PublishAsync(PositionChange change, DateTimeOffset now, PositionOrder? order, string? requestedBy = null, string? reason = null, string? priceSource = null)
    {
        var ledger = Ledger();
        var entry = S.Entry!;
        var placed = change is PositionChange.EntryPlaced or PositionChange.ExitPlaced;
        var payload = new PositionChanged(Key, entry.EntryDate, entry.Symbol, change, S.Status, ledger.Quantity, ledger.AveragePrice, S.LastPrice,
            ledger.RealisedPnL, order?.Id, order?.Reason, placed ? order!.Intent.Quantity : 0, placed ? order!.Intent.LimitPrice : null,
            order?.Return, requestedBy, reason ?? order?.Window?.ToString(), priceSource);
        return events.PublishAsync(payload, now);
    }
}
