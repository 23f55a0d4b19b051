using System.Collections.Immutable;
using System.Diagnostics;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Replay;

/// <summary>What one replayed session decided: the 15:30 screen and every after-hours checkpoint.</summary>
/// <param name="Date">The session date D.</param>
/// <param name="NextTradingDay">D+1, when the positions would be managed.</param>
/// <param name="Schedule">D's session times (special days shift them).</param>
/// <param name="UniverseSize">Listings read from the market.</param>
/// <param name="Screen">The screen (exclusions, the level trail, candidates, selection, allocation).</param>
/// <param name="DataTime">Time spent reading the day's data from the simulated market.</param>
/// <param name="ScreenTime">Time of the screen itself (the data was already in memory).</param>
/// <param name="Checkpoints">The after-hours checkpoint decisions in order.</param>
/// <param name="Research">The re-search, when a checkpoint asked for one.</param>
/// <param name="Positions">The buys' fills and the holding day's exits (empty until <see cref="HoldingReplay"/> ran).</param>
internal sealed record ReplayReport(
    DateOnly Date,
    DateOnly NextTradingDay,
    TradingDaySchedule Schedule,
    int UniverseSize,
    ScreeningResult Screen,
    TimeSpan DataTime,
    TimeSpan ScreenTime,
    ImmutableArray<AfterHoursCheckpointResult> Checkpoints,
    ScreeningResult? Research,
    ImmutableArray<ReplayedPosition> Positions = default)
{
    /// <summary>Every buy decision of the session, in checkpoint order.</summary>
    public IEnumerable<AfterHoursDecision> Buys => Checkpoints.SelectMany(c => c.Decisions).Where(d => d.Action == AfterHoursAction.Buy);
}

/// <summary>
/// Replays one trading session's decisions over the simulator's synthetic market with the pure strategy rules: the
/// 15:30 screen (§1–§5), the after-hours checkpoints (§6) and the next day's exits (§7, see <see cref="HoldingReplay"/>
/// for the fill assumptions). No broker, no orders: it shows what the strategy would do.
/// The account's orderable cash is assumed equal to the session budget and buys are assumed to commit their amount.
/// </summary>
internal sealed class StrategyReplay(StrategyOptions options, SimulatedMarketData market)
{
    private readonly KrxCalendar _calendar = new(options.Calendar);
    private readonly Screener _screener = new(options.Screening);
    private readonly AfterHoursPlanner _planner = new(options.AfterHours, new PriceGrid(options.PriceGrid));
    private readonly HoldingReplay _holding = new(options, market);

    /// <summary>
    /// The latest session whose after-hours phase is over at <paramref name="now"/>: today after 18:00 KST (shifted on
    /// special days), otherwise an earlier trading day on both calendars (the strategy's and the simulator's).
    /// </summary>
    public DateOnly LatestCompletedSession(DateTimeOffset now)
    {
        var date = KrxTime.DateOf(now);
        for (var i = 0; i < 30; i++, date = date.AddDays(-1))
        {
            if (_calendar.IsTradingDay(date) && market.Session(date).IsTradingDay
                && new AfterHoursSessionClock(options.AfterHours, _calendar.Schedule(date)).IsOver(now))
            {
                return date;
            }
        }

        throw new InvalidOperationException($"No completed trading session in the 30 days up to {KrxTime.DateOf(now):yyyy-MM-dd}.");
    }

    /// <summary>Runs the session of <paramref name="date"/>; throws <see cref="ArgumentException"/> when it is not a trading day.</summary>
    public ReplayReport Run(DateOnly date)
    {
        if (!_calendar.IsTradingDay(date))
        {
            throw new ArgumentException($"{date:yyyy-MM-dd} is not a KRX trading day ({_calendar.ClosedReasonOf(date)}).", nameof(date));
        }

        var schedule = _calendar.Schedule(date);
        var budget = options.Screening.Allocation.SessionBudget;
        var stopwatch = Stopwatch.StartNew();
        var inputs = market.ScreeningInputs(date, options.Screening.Features.VolumeHistoryDays, input => _screener.UniverseFilter.Check(input).Length == 0);
        var dataTime = stopwatch.Elapsed;
        stopwatch.Restart();
        var screen = _screener.Screen(new ScreeningRequest(inputs, budget) { Schedule = schedule });
        stopwatch.Stop();

        var entries = screen.Selection.Selected.Select(c => new WatchEntry(c.Code, c.Rank, c.Close, c.PreviousClose, false, screen.Allocation.AmountFor(c.Code)))
            .Concat(screen.Selection.Backups.Select(c => new WatchEntry(c.Code, c.Rank, c.Close, c.PreviousClose, true, 0m)))
            .ToList();
        var checkpoints = ImmutableArray.CreateBuilder<AfterHoursCheckpointResult>();
        ScreeningResult? research = null;
        if (entries.Count > 0)
        {
            var state = _planner.Start(entries, budget);
            foreach (var checkpoint in new AfterHoursSessionClock(options.AfterHours, schedule).Checkpoints)
            {
                var observations = market.AfterHours(state.Symbols.Select(s => s.Code), checkpoint.At);
                var result = _planner.Evaluate(state, checkpoint.BaseTime, observations, state.RemainingBudget);
                checkpoints.Add(result);
                state = result.State;
                if (result.Research is { } request)
                {
                    research = _screener.Rescreen(screen, state.RemainingBudget, [.. state.Symbols.Select(s => s.Code)], request.RelaxLevels);
                    var added = research.Selection.Selected.Select(c => new WatchEntry(c.Code, c.Rank, c.Close, c.PreviousClose, false, research.Allocation.AmountFor(c.Code)))
                        .Concat(research.Selection.Backups.Select(c => new WatchEntry(c.Code, c.Rank, c.Close, c.PreviousClose, true, 0m)));
                    state = AfterHoursPlanner.AddResearchedSymbols(state, added).State;
                }
            }
        }

        var report = new ReplayReport(date, _calendar.NextTradingDay(date), schedule, inputs.Count, screen, dataTime, stopwatch.Elapsed, checkpoints.ToImmutable(), research);
        return report with { Positions = _holding.Run(report) };
    }
}
