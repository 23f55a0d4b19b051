using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Sessions;
using KisTrader.Web.Wording;

namespace KisTrader.Web.Tests.Wording;

/// <summary>Shared figures of the wording tests, and one filled-in sample of every payload type grains publish.</summary>
internal static class WordingSamples
{
    public const string AccountKey = "a1b2c3d4e5f60718";
    public const string OrderId = "2026-11-23/005930/B1";
    public static readonly DateOnly Day = new(2026, 11, 23);
    public static readonly DateTimeOffset At = new(2026, 11, 23, 6, 30, 2, TimeSpan.Zero); // 15:30:02 KST
    public static readonly Guid Run = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static OrderIntent Buy { get; } = new(OrderId, Day, AccountKey, "005930", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 10, 70_100m,
        OrderPurpose.Entry, "2026-11-23/005930", "16:30", "strategy");

    public static OrderView Order(OrderState state, long filled, string? brokerNumber = null, OrderIntent? intent = null) =>
        new(intent ?? Buy, state, brokerNumber, null, filled, filled == 0 ? null : 70_100m, [], 1, null, null, At);

    public static TradingEvent Event(TradingEventPayload payload) =>
        new(7, payload.Category, payload.Subject, payload.GetType().Name, At.ToOffset(TimeSpan.FromHours(9)), payload.SessionDate, payload);

    public static string Word(TradingEventPayload payload) => KoreanWording.Word(Event(payload));

    public static PositionChanged Position(PositionChange change, PositionStatus status, long quantity = 100, decimal average = 10_000m,
        decimal? last = null, decimal pnl = 0m, string? orderId = null, ExitReason? exit = null, long orderQuantity = 0,
        decimal? limit = null, decimal? r = null, string? by = null, string? reason = null) =>
        new("2026-12-03/005930", new DateOnly(2026, 12, 3), "005930", change, status, quantity, average, last, pnl, orderId, exit, orderQuantity, limit, r, by, reason);

    public static AfterHoursChanged AfterHours(AfterHoursChange change, TimeOnly? checkpoint, ImmutableArray<AfterHoursDecisionView> decisions, params string[] codes) =>
        new(Day, change, checkpoint, 0.015m, 0.01m, 99_985_002m, 1_999_850m, 10_000_000m, decisions, [.. codes]);

    /// <summary>One sample of each payload type, every field filled in (the enum sweeps vary each enum from here).</summary>
    public static IReadOnlyList<TradingEventPayload> OnePerType() =>
    [
        new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 2, SessionChangeCause.Rerun, "kim", "fresh quotes", 3),
        new ScreeningRequested(Day, ScreeningCommandKind.Start, "kim", "check", false, SessionRefusalKind.BeforeClose, null, At),
        new ScreeningFinished(Day, Run, "Schedule", "Relax1", 12, ["005930", "000660"], 1234, TimeSpan.FromSeconds(61.25), null),
        new SessionClosed(Day, Day.AddDays(1), 2, ["005930"], 2, 1, 1, 0.5m, 0.0125m, 30_500m, 50_000m, -19_500m, 0.00305m, 2.5641m, 19_500m,
            ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, int>("TakeProfit", 1), new KeyValuePair<string, int>("StopLoss", 1)]), 1, 30_500m, 0.5m),
        new AccountSnapshotTaken("1234****-01", At, 2_000_000m, 1_500_000m, 3_000_000m, 2),
        new ScheduleActionTaken(new ScheduleActionView(ScheduleActionKind.Screen, Day, At.AddSeconds(-2), At, new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1))),
        new RateBudgetChanged("k1", RateBudgetChange.Paused, "silo-a", 6, 6, 18, At.AddSeconds(30), 2, At, 6),
        new KisAuthChanged("k1", KisAuthChange.TokenIssued, At, At.AddDays(1)),
        new MarketDataChanged(MarketDataChange.Subscribed, "005930", MarketDataKinds.Trades, "web", MarketDataPriority.WatchList, 1, 1, 0, 3, 41, "socket closed"),
        new SymbolChanged("005930", SymbolChange.Watched, null, ["name"], null, false, "web", MarketDataKinds.Trades, MarketDataPriority.WatchList, 1, "cap reached"),
        new OrderChanged(OrderId, OrderChange.Filled, Order(OrderState.PartiallyFilled, 4, "0000012345"), new OrderFillView("n:x", 4, 70_100m, At, true), "APBK0952", "주문가능금액을 초과 했습니다", true),
        Position(PositionChange.ExitPlaced, PositionStatus.Open, last: 10_500m, pnl: 1_000m, orderId: "2026-12-03/005930/S1", exit: ExitReason.TakeProfit,
            orderQuantity: 100, limit: 10_500m, r: 0.05m, by: "kim", reason: "Morning"),
        AfterHours(AfterHoursChange.Checkpoint, new TimeOnly(16, 30),
            [new AfterHoursDecisionView("900100", 1, "Buy", 10_600m, 10_800m, "Match", "Feed", 200m / 10_600m, 0.015m, 10_810m, 185, false, "900230")], "900100"),
        new RiskChanged(AccountKey, RiskChange.OrderRefused, KillSwitchMode.EntriesHalted, "kim", "market crash", "005930", "daily-loss", "realized -1,000,000 at the limit 1,000,000", OrderId, Day, 2, ["2026-11-23/005930"]),
        new ReconciliationFinished(AccountKey, "schedule", false, ["005930 holding: ours 0, broker's 10"], true, 1, 0, 1, 0, null),
        new PortfolioConfigChanged(AccountKey, 2, new PortfolioOverrides(SessionBudget: 5_000_000m, AllocationMode: AllocationMode.ScoreWeighted),
            new PortfolioSettings(5_000_000m, 5, 5, AllocationMode.ScoreWeighted), "api:alice", "smaller budget"),
    ];
}
