using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Sessions;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>The console words every payload grains publish (grains carry data only); one line each, times in KST.</summary>
public sealed class EventWordingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 6, 30, 2, TimeSpan.Zero); // 15:30:02 KST
    private static readonly Guid Run = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static TheoryData<TradingEventPayload, string> Payloads => new()
    {
        { new SessionPhaseChanged(Day, SessionPhase.Scheduled, null, 0, SessionChangeCause.Created), "session 2026-11-23: scheduled (session created)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 1, SessionChangeCause.ScheduledStart), "session 2026-11-23: screening (15:30 schedule)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 2, SessionChangeCause.ScheduledStart, ResumesAtStage: 3), "session 2026-11-23: screening (15:30 schedule, attempt 2 resumes at stage 3)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 1, SessionChangeCause.ManualStart, "kim", "check"), "session 2026-11-23: screening (manual start by kim: check)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 2, SessionChangeCause.Rerun, "kim", "fresh quotes"), "session 2026-11-23: screening (re-run by kim: fresh quotes)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 2, SessionChangeCause.Resumed), "session 2026-11-23: screening (resumed after a restart)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screened, Run, 1, SessionChangeCause.ScreenFinished), "session 2026-11-23: screened (run 0f8fad5bd9cb469fa16570867728950e finished)" },
        { new SessionPhaseChanged(Day, SessionPhase.Scheduled, null, 1, SessionChangeCause.ScreenFailed), "session 2026-11-23: scheduled (screen failed; finished stages kept)" },
        { new SessionPhaseChanged(Day, SessionPhase.Screened, Run, 3, SessionChangeCause.RerunFailed), "session 2026-11-23: screened (re-run failed; run 0f8fad5bd9cb469fa16570867728950e stays the screen)" },
        { new SessionPhaseChanged(Day, SessionPhase.AfterHours, Run, 1, SessionChangeCause.AfterHoursStarted), "session 2026-11-23: after-hours (the after-hours session started)" },
        { new SessionPhaseChanged(Day, SessionPhase.Holding, Run, 1, SessionChangeCause.AfterHoursEnded), "session 2026-11-23: holding (the after-hours session ended; positions held overnight)" },
        { new SessionPhaseChanged(Day, SessionPhase.Closed, Run, 1, SessionChangeCause.AfterHoursEnded), "session 2026-11-23: closed (the after-hours session ended with nothing to hold)" },
        { new SessionPhaseChanged(Day, SessionPhase.Closed, Run, 1, SessionChangeCause.PositionsSettled), "session 2026-11-23: closed (every position is flat)" },
        { new SessionPhaseChanged(Day, SessionPhase.Closed, Run, 1, SessionChangeCause.ExitDayClosed), "session 2026-11-23: closed (the exit day closed with positions not flat [ALERT])" },
        {
            new SessionClosed(Day, Day.AddDays(1), 2, [], 2, 1, 1, 0.5m, 0.0125m, 30_500m, 50_000m, -19_500m, 0.00305m, 2.5641m, 19_500m,
                System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, int>("TakeProfit", 1), new KeyValuePair<string, int>("StopLoss", 1), new KeyValuePair<string, int>("ForcedExit", 0)]), 1, 30_500m, 0.5m),
            "session 2026-11-23 closed, exit day 2026-11-24: 2 trades (1 won, 1 lost) of 2 positions, net P&L +30,500 won (+0.31% of the budget); win rate 50.0%, average net return +1.25%, profit factor 2.56, gross profit +50,000 won, gross loss 19,500 won, max drawdown 19,500 won; exits: StopLoss 1, TakeProfit 1; overall 1 session, net P&L +30,500 won, win rate 50.0%"
        },
        {
            new SessionClosed(Day, Day.AddDays(1), 1, ["005930"], 0, 0, 0, null, null, 0m, 0m, 0m, null, null, 0m, System.Collections.Immutable.ImmutableDictionary<string, int>.Empty, 3, -1_000m, 0.4m),
            "session 2026-11-23 closed, exit day 2026-11-24: 0 trades (0 won, 0 lost) of 1 position, net P&L 0 won (n/a of the budget); win rate n/a, average net return n/a, profit factor n/a (no loss), gross profit 0 won, gross loss 0 won, max drawdown 0 won; exits: none; overall 3 sessions, net P&L -1,000 won, win rate 40.0%; NOT FLAT at the exit day's close: 005930 [ALERT]"
        },
        { new ScreeningRequested(Day, ScreeningCommandKind.Start, "kim", "why", false, SessionRefusalKind.AlreadyRunning, null), "session 2026-11-23: manual screen by kim refused: a screen is already running" },
        { new ScreeningRequested(Day, ScreeningCommandKind.Rerun, "kim", "why", true, null, Run), "session 2026-11-23: re-run by kim started run 0f8fad5bd9cb469fa16570867728950e" },
        { new ScreeningFinished(Day, Run, "Rerun", "Base", 12, ["005930"], 1234, TimeSpan.FromSeconds(61.25), Guid.NewGuid()), "session 2026-11-23: screen 0f8fad5bd9cb469fa16570867728950e: 12 candidates at Base, 1,234 broker calls, 61.3 s (re-run)" },
        { new AccountSnapshotTaken("1234****-01", At, 2_000_000m, 1_500_000.5m, 9m, 2), "account 1234****-01: orderable cash 1,500,001 won, settled cash 2,000,000 won, 2 holdings" },
        { new ScheduleActionTaken(new ScheduleActionView(ScheduleActionKind.Screen, Day, At.AddSeconds(-2), At, new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1))), "schedule: Screen for 2026-11-23 (due 15:30:00 KST): session screening, attempt 1" },
        { new RateBudgetChanged("k1", RateBudgetChange.HolderJoined, "silo-a", 6, 6, 18, null, 2), "KIS budget k1: holder silo-a joined (2 holders, limit 18 per window)" },
        { new RateBudgetChanged("k1", RateBudgetChange.HolderReclaimed, "silo-a", 0, 6, 18, null, 1, At, 6), "KIS budget k1: holder silo-a silent since 15:30:02 KST; its quota 6 is free again" },
        { new RateBudgetChanged("k1", RateBudgetChange.Paused, "silo-a", 6, 6, 18, At.AddSeconds(30), 1), "KIS budget k1: EGW00201 reported by silo-a; every silo pauses until 15:30:32 KST" },
        { new RateBudgetChanged("k1", RateBudgetChange.Recovering, null, 0, 0, 0, At.AddMinutes(1)), "KIS budget k1: reactivated with quota out; no new quota until 15:31:02 KST" },
        { new KisAuthChanged("k1", KisAuthChange.TokenIssued, At, At.AddDays(1)), "KIS key k1: token issued, expires 2026-11-24 15:30 KST" },
        { new KisAuthChanged("k1", KisAuthChange.TokenRenewed, At, At.AddDays(1)), "KIS key k1: token renewed, expires 2026-11-24 15:30 KST" },
        { new KisAuthChanged("k1", KisAuthChange.TokenInvalidated, null, null), "KIS key k1: stored token invalidated (KIS refused it)" },
        { new KisAuthChanged("k1", KisAuthChange.ApprovalKeySaved, null, null), "KIS key k1: WebSocket approval key stored" },
        { new KisAuthChanged("k1", KisAuthChange.ApprovalKeyRemoved, null, null), "KIS key k1: WebSocket approval key removed" },
        { new MarketDataChanged(MarketDataChange.Subscribed, "005930", MarketDataKinds.Trades, "web", MarketDataPriority.WatchList, 1, 1, 0, 3, 41, null), "market data: Subscribed 005930 Trades for web (3/41 registrations)" },
        { new MarketDataChanged(MarketDataChange.ConnectionLost, null, MarketDataKinds.None, null, null, 0, 0, 0, 3, 41, "socket closed"), "market data: ConnectionLost (3/41 registrations): socket closed" },
        { new SymbolChanged("005930", SymbolChange.Watched, null, [], null, false, "web", MarketDataKinds.Trades, MarketDataPriority.WatchList, 1, null), "005930: watched by web (Trades)" },
        { new SymbolChanged("005930", SymbolChange.WatchRefused, null, [], null, false, "web", MarketDataKinds.Trades, MarketDataPriority.WatchList, 0, "cap reached"), "005930: watch by web refused (Trades): cap reached" },
        { new SymbolChanged("005930", SymbolChange.Unwatched, null, [], null, false, "web", MarketDataKinds.Trades, null, 1, null), "005930: unwatched by web (Trades, 1 holds)" },
        { new PositionChanged("2026-12-03/005930", new DateOnly(2026, 12, 3), "005930", PositionChange.ExitPlaced, PositionStatus.Open, 100, 10_000m, 10_500m, 0m, "2026-12-03/005930/S1", KisTrader.Trading.Exits.ExitReason.TakeProfit, 100, 10_500m, 0.05m, null, "Morning"), "position 2026-12-03/005930: TakeProfit (09:00–13:00 window): sell 100 limit 10,500, r +5.00% (2026-12-03/005930/S1)" },
        { new PositionChanged("2026-12-03/005930", new DateOnly(2026, 12, 3), "005930", PositionChange.Closed, PositionStatus.Closed, 0, 0m, 10_500m, 47_593m, null, null, 0, null, null, null, null), "position 2026-12-03/005930: closed, net P&L 47,593 won" },
        { new RiskChanged("a1", RiskChange.KillSwitchSet, KillSwitchMode.Flattening, "kim", "market crash"), "risk a1: kill switch \"flatten\" by kim: market crash" },
        { new RiskChanged("a1", RiskChange.Resumed, KillSwitchMode.Active, "kim", "calm again"), "risk a1: kill switch off (trading resumed) by kim: calm again" },
        { new RiskChanged("a1", RiskChange.KillSwitchReachedPositions, KillSwitchMode.EntriesHalted, "kim", "x", PositionsReached: 2, PositionsFailed: []), "risk a1: kill switch \"halt entries\" reached 2 positions" },
        { new RiskChanged("a1", RiskChange.KillSwitchReachedPositions, KillSwitchMode.Flattening, "kim", "x", PositionsReached: 1, PositionsFailed: ["2026-11-23/005930"]), "risk a1: kill switch \"flatten\" reached 1 positions, FAILED for 2026-11-23/005930" },
        { new RiskChanged("a1", RiskChange.SymbolHalted, KillSwitchMode.Active, null, "ambiguous-order", Symbol: "005930"), "risk a1: 005930 halted (ambiguous-order)" },
        { new RiskChanged("a1", RiskChange.OrderRefused, KillSwitchMode.Active, "strategy", "16:30", "005930", "price-limit", "price 13,010 above the upper limit 13,000 (previous close 10,000)", "2026-11-23/005930/B1", Day), "risk: order 2026-11-23/005930/B1 (005930) refused by the price-limit gate: price 13,010 above the upper limit 13,000 (previous close 10,000)" },
        { new RiskChanged("a1", RiskChange.ReconciliationHaltCleared, KillSwitchMode.Active, "kim", "sold by hand"), "risk a1: reconciliation halt cleared by kim: sold by hand" },
        { new PortfolioConfigChanged("a1", 2, new PortfolioOverrides(SessionBudget: 5_000_000m), new PortfolioSettings(5_000_000m, 5, 5, AllocationMode.Equal), "api:alice", "smaller"), "portfolio a1 v2 by api:alice (smaller): budget 5,000,000 won, 5 selected + 5 backups, Equal" },
        { new ReconciliationFinished("a1", "schedule", true, [], false, 1, 0, 1, 0, null), "reconciliation a1 (schedule): clean (1 holdings, 0 open orders, 1 positions)" },
        { new ReconciliationFinished("a1", "activation", false, ["005930 holding: ours 0, broker's 10"], true, 1, 0, 0, 0, null), "reconciliation a1 (activation): NEW ENTRIES HALTED: 005930 holding: ours 0, broker's 10" },
        { new SymbolChanged("005930", SymbolChange.ListingChanged, null, ["Name", "BasePrice"], null, false, null, MarketDataKinds.None, null, 0, null), "005930: listing changed (Name, BasePrice)" },
        { new OrderChanged(OrderId, OrderChange.Filled, Order(4), new OrderFillView("n:x", 4, 70_100m, At, true), null, null, false), "order 2026-11-23/005930/B1: buy 10 005930 70,100 (AfterHoursSinglePrice, Entry 16:30): filled 4 @ 70,100 (found by polling), 4/10 in total" },
        { new OrderChanged(OrderId, OrderChange.Rejected, Order(0), null, "APBK0952", "주문가능금액을 초과 했습니다", true), "order 2026-11-23/005930/B1: buy 10 005930 70,100 (AfterHoursSinglePrice, Entry 16:30): rejected: APBK0952 주문가능금액을 초과 했습니다 [ALERT]" },
        { new AfterHoursChanged(Day, AfterHoursChange.Started, null, 0.02m, 0.02m, null, 0m, 10_000_000m, [], ["900100", "900200"]), "after-hours 2026-11-23: watching 900100, 900200; budget 10,000,000 won, threshold 2.0%" },
        {
            new AfterHoursChanged(Day, AfterHoursChange.Checkpoint, new TimeOnly(16, 30), 0.015m, 0.015m, 99_985_002m, 1_999_850m, 10_000_000m,
                [
                    new AfterHoursDecisionView("900100", 1, "Buy", 10_600m, 10_800m, "Match", "Feed", 200m / 10_600m, 0.015m, 10_810m, 185, false, null),
                    new AfterHoursDecisionView("900120", 4, "Drop", 10_400m, 10_190m, "Match", "Rest", -210m / 10_400m, 0.015m, null, 0, false, "900230"),
                    new AfterHoursDecisionView("900200", 2, "NoData", 20_800m, null, null, null, null, 0.015m, null, 0, false, null),
                ],
                ["900100", "900120", "900200"]),
            "after-hours 16:30: threshold 1.5% → 1.5%, orderable cash 99,985,002 won; 900100 10,800 (Match, Feed, +1.89%) Buy 185 @ 10,810; 900120 10,190 (Match, Rest, -2.02%) Drop → 900230; 900200 no price NoData"
        },
        { new AfterHoursChanged(Day, AfterHoursChange.Researched, new TimeOnly(17, 0), 0.01m, 0.01m, 99_985_002m, 0m, 10_000_000m, [], ["900240"]), "after-hours re-search after 17:00: added 900240" },
        { new AfterHoursChanged(Day, AfterHoursChange.EntryHanded, new TimeOnly(16, 30), 0.015m, 0.015m, null, 1_999_850m, 10_000_000m, [], ["900100"]), "after-hours 16:30: buy of 900100 handed to its position" },
        { new AfterHoursChanged(Day, AfterHoursChange.Ended, null, 0.01m, 0.01m, null, 1_999_850m, 10_000_000m, [], ["900100"]), "after-hours 2026-11-23 over: 1,999,850 won committed (900100); unfilled buys lapse" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Word_EachPayload_IsOneLineForPeople(TradingEventPayload payload, string expected)
    {
        var line = EventWording.Word(Event(payload));

        Assert.Equal(expected, line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Word_EveryPayloadType_HasItsOwnWording()
    {
        var worded = Payloads.Select(row => row.Data.Item1.GetType()).ToHashSet();
        var declared = typeof(TradingEventPayload).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TradingEventPayload)) && !t.IsAbstract);

        Assert.Empty(declared.Except(worded));
    }

    [Fact]
    public void EventLine_StartsWithTheEventsKstTime()
    {
        var line = SimulationConsole.EventLine(Event(new KisAuthChanged("k1", KisAuthChange.ApprovalKeySaved, null, null)));

        Assert.Equal("[15:30:02] KIS key k1: WebSocket approval key stored", line);
    }

    [Fact]
    public void Event_WritesTheEventLine()
    {
        using var output = new StringWriter();
        var e = Event(new AccountSnapshotTaken("1234****-01", At, 1m, 2m, 3m, 0));

        new SimulationConsole(output).Event(e);

        Assert.Equal(SimulationConsole.EventLine(e) + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Printed_OnlyWhatThePollsDoNotShow()
    {
        Assert.True(ScreenMonitor.Printed(Event(new KisAuthChanged("k1", KisAuthChange.TokenIssued, At, At.AddDays(1)))));
        Assert.True(ScreenMonitor.Printed(Event(new AccountSnapshotTaken("1234****-01", At, 1m, 2m, 3m, 0))));
        Assert.True(ScreenMonitor.Printed(Event(new RateBudgetChanged("k1", RateBudgetChange.Paused, "a", 1, 1, 18, At))));
        Assert.True(ScreenMonitor.Printed(Event(new ScreeningRequested(Day, ScreeningCommandKind.Start, "kim", "why", true, null, Run))));
        Assert.False(ScreenMonitor.Printed(Event(new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 1, SessionChangeCause.ScheduledStart))));
        Assert.False(ScreenMonitor.Printed(Event(new ScheduleActionTaken(new ScheduleActionView(ScheduleActionKind.Screen, Day, At, At, new ScheduleActionResult(ScheduleResultKind.SessionAnswered))))));
        Assert.True(ScreenMonitor.Printed(Event(new SessionPhaseChanged(Day, SessionPhase.Holding, Run, 1, SessionChangeCause.AfterHoursEnded))));
        Assert.True(ScreenMonitor.Printed(Event(new SessionClosed(Day, null, 0, [], 0, 0, 0, null, null, 0m, 0m, 0m, null, null, 0m, System.Collections.Immutable.ImmutableDictionary<string, int>.Empty, 1, 0m, null))));
        Assert.False(ScreenMonitor.Printed(Event(new RateBudgetChanged("k1", RateBudgetChange.HolderJoined, "silo-a", 6, 6, 18, null, 2))));
        Assert.False(ScreenMonitor.Printed(Event(new SymbolChanged("005930", SymbolChange.Watched, null, [], null, false, "web", MarketDataKinds.Trades, null, 1, null))));
    }

    private const string OrderId = "2026-11-23/005930/B1";

    private static OrderView Order(long filled) => new(
        new OrderIntent(OrderId, Day, "a1", "005930", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 10, 70_100m, OrderPurpose.Entry, "2026-11-23/005930", "16:30", "strategy"),
        filled == 0 ? OrderState.Rejected : OrderState.PartiallyFilled, null, null, filled, filled == 0 ? null : 70_100m, [], 1, null, null, At);

    private static TradingEvent Event(TradingEventPayload payload) =>
        new(7, payload.Category, payload.Subject, payload.GetType().Name, At.ToOffset(TimeSpan.FromHours(9)), payload.SessionDate, payload);
}
