using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>Builders for after-hours tests. Default close 10,000 (tick 10), allocation 2,000,000, budget 10,000,000.</summary>
internal static class AfterHoursTestData
{
    public const decimal Budget = 10_000_000m;

    /// <summary>More orderable cash than any test spends.</summary>
    public const decimal PlentyOfCash = 100_000_000m;

    public static readonly TimeOnly C1600 = new(16, 0);
    public static readonly TimeOnly C1630 = new(16, 30);
    public static readonly TimeOnly C1700 = new(17, 0);
    public static readonly TimeOnly C1730 = new(17, 30);

    public static AfterHoursPlanner Planner(AfterHoursOptions? options = null) => new(options ?? new AfterHoursOptions(), PriceGrid.Default);

    public static WatchEntry Selected(string code, int rank, decimal close = 10_000m, decimal allocation = 2_000_000m) =>
        new(code, rank, close, close, false, allocation);

    public static WatchEntry Backup(string code, int rank, decimal close = 10_000m, decimal allocation = 0m) =>
        new(code, rank, close, close, true, allocation);

    public static AfterHoursObservation Match(string code, decimal price) => new(code, price, null);

    public static AfterHoursObservation Indicative(string code, decimal price) => new(code, null, price);

    public static AfterHoursState Start(AfterHoursPlanner planner, params WatchEntry[] entries) => planner.Start(entries, Budget);

    public static AfterHoursDecision Only(this AfterHoursCheckpointResult result, string code) =>
        Assert.Single(result.Decisions, d => d.Code == code);
}
