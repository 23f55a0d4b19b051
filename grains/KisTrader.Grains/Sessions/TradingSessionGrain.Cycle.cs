using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Sessions;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// The session's cycle after the screen (<see cref="SessionLifecycle.Advance"/>): screened → after-hours at the day's
/// after-hours start → holding when its board opened positions (else closed) at its end → closed on the exit day once
/// every position is closed or abandoned, or 5 minutes after that day's close (the closing auction's fills)
/// with an alert naming the ones not flat. One one-shot
/// grain timer at the next instant the rule gives (a background check every minute while holding); on close the day's
/// statistics are written (<c>TradingStatistics.RecordSessionClosedAsync</c>) and published as
/// <see cref="SessionClosed"/>. Nothing here holds the simulated clock (no work scope): it waits on timers only.
/// </summary>
internal sealed partial class TradingSessionGrain
{
    private IGrainTimer? _cycle;

    private void ResumeCycle()
    {
        if (Phase is SessionPhase.Screened or SessionPhase.AfterHours or SessionPhase.Holding || (Phase == SessionPhase.Closed && !S.ResultRecorded))
        {
            ArmCycle(time.GetUtcNow());
        }
    }

    private void ArmCycle(DateTimeOffset? at)
    {
        _cycle?.Dispose();
        _cycle = null;
        if (at is not { } due)
        {
            return;
        }

        var delay = due - time.GetUtcNow();
        _cycle = this.RegisterGrainTimer(
            static (grain, _) => grain.CheckCycleAsync(),
            this,
            new GrainTimerCreationOptions(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task CheckCycleAsync()
    {
        DateTimeOffset? next;
        try
        {
            next = await AdvanceAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.CycleCheckFailed(e, Date);
            next = time.GetUtcNow() + SessionLifecycle.HoldingCheckEvery;
        }

        ArmCycle(next);
    }

    /// <summary>Moves the session on as far as the rule allows now; returns when to check again.</summary>
    private async Task<DateTimeOffset?> AdvanceAsync()
    {
        while (true)
        {
            if (Phase == SessionPhase.Closed)
            {
                await RecordResultAsync();
                return null;
            }

            var now = time.GetUtcNow();
            var positions = Phase is SessionPhase.AfterHours or SessionPhase.Holding ? await PositionsAsync() : SessionPositions.None;
            var step = _lifecycle.Advance(Date, Phase, positions, now);
            if (!step.Changed)
            {
                return step.NextCheck;
            }

            var cause = (Phase, step.Phase) switch
            {
                (_, SessionPhase.AfterHours) => SessionChangeCause.AfterHoursStarted,
                (SessionPhase.AfterHours, _) => SessionChangeCause.AfterHoursEnded,
                _ when step.NotFlat => SessionChangeCause.ExitDayClosed,
                _ => SessionChangeCause.PositionsSettled,
            };
            S.Phase = step.Phase;
            S.Positions = positions.Total;
            S.NotFlat = step.NotFlat ? [.. positions.NotFlat] : [];
            await state.WriteStateAsync();
            await RecordAsync(cause);
            if (step.NotFlat)
            {
                await AlertNotFlatAsync(positions.NotFlat, now);
            }

            if (step.Phase != SessionPhase.Closed && step.NextCheck is { } next && next > now)
            {
                return next;
            }
        }
    }

    // strategy.md §7: every position is flat by the exit day's close. A failed alert write is logged, never thrown.
    private async Task AlertNotFlatAsync(IReadOnlyList<string> symbols, DateTimeOffset now)
    {
        var list = string.Join(", ", symbols);
        logger.ClosedNotFlat(Date, list);
        try
        {
            if (alerts is not null)
            {
                await alerts.RaiseAsync(new RiskAlert(now, "Critical", "session", Date, "not-flat", $"session {Date:yyyy-MM-dd} closed at the exit day's close with positions not flat: {list}"));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.CycleCheckFailed(e, Date);
        }
    }

    // The positions the board handed a buy to; a position that was never entered counts as settled (nothing held).
    private async Task<SessionPositions> PositionsAsync()
    {
        var board = await GrainFactory.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Date)).GetAsync();
        var codes = board.Symbols.Where(s => s.HandedToPosition).Select(s => s.Code).Distinct(StringComparer.Ordinal).ToArray();
        var views = await Task.WhenAll(codes.Select(c => GrainFactory.GetGrain<IPositionGrain>(GrainKeys.Position(Date, c)).GetAsync().AsTask()));
        var notFlat = codes.Zip(views).Where(p => p.Second.Status is PositionStatus.Entering or PositionStatus.Open).Select(p => p.First).ToArray();
        return new SessionPositions(codes.Length, codes.Length - notFlat.Length, notFlat);
    }

    private async Task RecordResultAsync()
    {
        if (S.ResultRecorded)
        {
            return;
        }

        if (statistics is null)
        {
            // A host without the statistics (some test clusters): nothing to write or publish.
            S.ResultRecorded = true;
            await state.WriteStateAsync();
            return;
        }

        var rows = await statistics.RecordSessionClosedAsync(Date);
        var report = await statistics.BuildReportAsync(Date, Date);
        var day = report.Days.FirstOrDefault(d => d.From == Date) ?? report.Overall;
        var overall = rows.FirstOrDefault(r => r.Kind == PeriodKind.Overall);
        var at = time.GetUtcNow();
        var exitDate = S.Positions > 0 && calendar.IsTradingDay(Date) ? calendar.NextTradingDay(Date) : (DateOnly?)null;
        await events.PublishAsync(Result(day, exitDate, overall), at);
        S.ResultRecorded = true;
        await state.WriteStateAsync();
    }

    private SessionClosed Result(PerformanceSummary day, DateOnly? exitDate, DailyStatisticsRow? overall) => new(
        Date,
        exitDate,
        S.Positions,
        [.. S.NotFlat],
        day.Trades,
        day.Wins,
        day.Losses,
        day.WinRate,
        day.AverageNetReturn,
        day.TotalNetPnL,
        day.GrossProfit,
        day.GrossLoss,
        day.CumulativeReturn,
        day.ProfitFactor,
        day.MaxDrawdown,
        day.ExitReasons.ToImmutableDictionary(r => r.Reason.ToString(), r => r.Trades, StringComparer.Ordinal),
        overall?.Sessions ?? day.Sessions,
        overall?.NetPnL ?? day.TotalNetPnL,
        overall is { Trades: > 0 } o ? (decimal)o.Wins / o.Trades : day.WinRate);
}
