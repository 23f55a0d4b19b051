using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Trading.AfterHours;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.AfterHours;

internal sealed partial class AfterHoursGrain
{
    private const MarketDataKinds Feeds = MarketDataKinds.AfterHoursTrades | MarketDataKinds.AfterHoursExpected | MarketDataKinds.AfterHoursQuotes;

    private async Task EvaluateAsync(AfterHoursCheckpoint checkpoint)
    {
        var before = S.ToPlanner();
        var (connected, registered) = await FeedAsync();
        var observations = new List<AfterHoursObservation>();
        var fromRest = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var symbol in before.Active.Where(s => s.Status == WatchStatus.Monitored))
        {
            try
            {
                var q = await GrainFactory.GetGrain<ISymbolGrain>(GrainKeys.Symbol(symbol.Code))
                    .ObserveAfterHoursAsync(Date, connected && registered.Contains(symbol.Code));
                observations.Add(new AfterHoursObservation(symbol.Code, q.LastMatchPrice, q.IndicativePrice));
                fromRest[symbol.Code] = q.FromRest;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // No price is no decision for that symbol (the planner says NoData).
                logger.ObservationFailed(e, Date, symbol.Code);
            }
        }

        var cash = await OrderableCashAsync(before);
        var result = planner.Evaluate(before, checkpoint.BaseTime, observations, cash);
        var decisions = result.Decisions.Select(d => d.ToView(fromRest.TryGetValue(d.Code, out var rest) ? rest : null)).ToImmutableArray();
        foreach (var buy in result.Buys)
        {
            S.Symbols.First(r => r.Code == buy.Code).BuyObserved = buy.Observed ?? 0m;
        }

        S.Apply(result.State);
        var view = new AfterHoursCheckpointView(
            checkpoint.BaseTime, time.GetUtcNow(), cash, connected, result.Threshold, result.NextThreshold, result.ThresholdLowered,
            result.Research is not null, [], decisions);
        S.Checkpoints.Add(view);
        // Persisted before anything leaves the grain: a restart never evaluates this checkpoint again.
        await state.WriteStateAsync();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.CheckpointEvaluated(Date, checkpoint.BaseTime, result.Threshold, result.NextThreshold, result.Buys.Count(), cash);
        }
        await RecordCheckpointAsync(result, view);
        await PublishAsync(AfterHoursChange.Checkpoint, checkpoint.BaseTime, cash, [.. decisions.Select(d => d.Code)], decisions, result.Threshold, result.NextThreshold);
        if (result.Research is { } research)
        {
            await ResearchAsync(research, cash);
        }

        await WatchActiveAsync();
        foreach (var r in S.Symbols.Where(r => r.Watched && r.Status is nameof(WatchStatus.Dropped)))
        {
            await UnwatchAsync(r);
        }

        await state.WriteStateAsync();
        await RecordWatchListAsync();
    }

    private async Task ResearchAsync(ResearchRequest research, decimal cash)
    {
        var watched = S.Codes(_ => true);
        var screen = await GrainFactory.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Date)).ResearchAsync(research.RelaxLevels, watched, cash);
        var entries = screen is null ? [] : WatchList.From(screen);
        var merge = AfterHoursPlanner.AddResearchedSymbols(S.ToPlanner(), entries.Select(e => e.Entry));
        S.Apply(merge.State, entries.ToDictionary(e => e.Entry.Code, e => (e.Name, e.Score), StringComparer.Ordinal));
        S.Checkpoints[^1] = S.Checkpoints[^1] with { ResearchAdded = merge.Added };
        await state.WriteStateAsync();
        logger.Researched(Date, research.RequestedAt, merge.Added.Length, screen?.FinalLevel);
        await PublishAsync(AfterHoursChange.Researched, research.RequestedAt, cash, merge.Added);
    }

    private async Task HandBuysAsync()
    {
        foreach (var r in S.Symbols.Where(r => r.Status == nameof(WatchStatus.Bought) && !r.Handed).ToList())
        {
            var entry = new PositionEntry(Date, r.Code, S.AccountKey, r.BuyQuantity, r.BuyPrice, r.Close, r.BuyObserved, r.BuyCheckpoint!.Value, r.Rank, r.Score);
            try
            {
                await GrainFactory.GetGrain<IPositionGrain>(GrainKeys.Position(Date, r.Code)).EnterAsync(entry);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Retried at the next tick (the position's entry is idempotent for the same decision).
                logger.HandOverFailed(e, Date, r.Code);
                continue;
            }

            r.Handed = true;
            await state.WriteStateAsync();
            logger.HandedOver(Date, r.Code, r.BuyQuantity, r.BuyPrice);
            await PublishAsync(AfterHoursChange.EntryHanded, r.BuyCheckpoint, null, [r.Code]);
        }
    }

    private async Task<decimal> OrderableCashAsync(AfterHoursState s)
    {
        // nrcvb_buy_amt does not depend on the symbol; any watched one (and its close as the price) makes the query.
        var probe = s.Active.FirstOrDefault() ?? s.Symbols.First();
        try
        {
            var power = await trading.GetBuyingPowerAsync(
                new BuyingPowerRequest(trading.Account, probe.Code, probe.Entry.Close, OrderDivision.AfterHoursSinglePrice), KisLane.Account);
            return power.NoMarginAmount;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Fail closed: without a known orderable cash nothing is bought at this checkpoint.
            logger.CashUnknown(e, Date);
            return 0m;
        }
    }

    private async Task<(bool Connected, HashSet<string> Registered)> FeedAsync()
    {
        try
        {
            var status = await GrainFactory.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).GetStatusAsync();
            var registered = status.Registrations
                .Where(r => r.Kind == MarketDataKinds.AfterHoursTrades && r.Registered && r.Holders.Any(h => h.Owner == Owner))
                .Select(r => r.Symbol)
                .ToHashSet(StringComparer.Ordinal);
            return (string.Equals(status.Connection, "Connected", StringComparison.Ordinal), registered);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.FeedUnknown(e, Date);
            return (false, []);
        }
    }

    // Subscriptions are not awaited in the board's turn: a realtime session that cannot connect must not hold the
    // checkpoints (their prices then come over REST; the market-data status says what is registered).
    private Task WatchActiveAsync()
    {
        foreach (var r in S.Symbols.Where(r => !r.Watched && r.Status is nameof(WatchStatus.Monitored)))
        {
            r.Watched = true;
            _ = WatchAsync(r.Code);
        }

        return Task.CompletedTask;
    }

    private async Task WatchAsync(string code)
    {
        try
        {
            var answer = await GrainFactory.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code)).WatchAsync(Owner, Feeds, MarketDataPriority.WatchList);
            if (!answer.Accepted)
            {
                logger.WatchRefused(Date, code, answer.Reason);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not registered: its prices come over REST at each checkpoint.
            logger.WatchFailed(e, Date, code);
        }
    }

    private async Task UnwatchAsync(WatchedSymbolRecord r)
    {
        try
        {
            await GrainFactory.GetGrain<ISymbolGrain>(GrainKeys.Symbol(r.Code)).UnwatchAsync(Owner, Feeds);
            r.Watched = false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.WatchFailed(e, Date, r.Code);
        }
    }

    private async Task RecordCheckpointAsync(AfterHoursCheckpointResult result, AfterHoursCheckpointView view)
    {
        var rows = result.Decisions.Zip(view.Decisions, (d, v) => new AfterHoursObservationRecord(
            d.Code, d.Observed, d.Source is null ? null : $"{d.Source}/{v.Feed}", d.Change, d.Action.ToString(), d.Reason));
        var note = $"{result.ThresholdReason}; orderable cash {view.OrderableCash}";
        try
        {
            await journal.RecordCheckpointAsync(new AfterHoursCheckpointRecord(
                Date, result.Checkpoint, view.EvaluatedAt, result.Threshold, result.NextThreshold, result.Buys.Count(), note, [.. rows]));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The grain state is the record of the decision; the journal row is its history.
            logger.JournalFailed(e, Date);
        }
    }

    private async Task RecordWatchListAsync()
    {
        var at = time.GetUtcNow();
        var rows = S.Symbols.Select(r => new WatchListRecord(
            Date, r.Code, r.Name, r.Round > 0 ? "Research" : r.IsBackup ? "Backup" : "Selected", r.Rank, r.Close, r.Allocation, r.Status,
            r.Round > 0 ? null : S.RunId, at)).ToList();
        try
        {
            await journal.UpsertWatchListAsync(rows);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.JournalFailed(e, Date);
        }
    }

    private Task<TradingEvent?> PublishAsync(
        AfterHoursChange change, TimeOnly? checkpoint, decimal? cash, ImmutableArray<string> codes,
        ImmutableArray<AfterHoursDecisionView> decisions = default, decimal? threshold = null, decimal? next = null) =>
        events.TryPublishAsync(
            new AfterHoursChanged(Date, change, checkpoint, threshold ?? S.Threshold, next ?? S.Threshold, cash, S.Committed, S.Budget,
                decisions.IsDefault ? [] : decisions, codes),
            time.GetUtcNow());
}
