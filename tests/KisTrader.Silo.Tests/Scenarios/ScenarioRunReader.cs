using System.Text.RegularExpressions;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Simulation;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>What a scenario's tests read from a finished run: the journal's orders and fills, trades, board, positions.</summary>
internal static partial class ScenarioRunReader
{
    /// <summary>Day 1, the session's date.</summary>
    public static readonly DateOnly Day = new(2026, 11, 23);

    /// <summary>One order as decided: client order id, side, ORD_DVSN kind, quantity, limit (null: market), reason.</summary>
    public sealed record Order(string Id, OrderSide Side, OrderKind Kind, long Quantity, decimal? Limit, string Reason);

    /// <summary>One fill as the journal counted it: the order's client id, quantity, price.</summary>
    public sealed record Executed(string Id, long Quantity, decimal Price);

    /// <summary>The run's order journal (in memory).</summary>
    public static InMemoryOrderJournal Journal(CycleRunFixture run) =>
        (InMemoryOrderJournal)run.Run.Host.Services.GetRequiredService<IOrderJournal>();

    /// <summary>
    /// Asserts the run's account-check line (the session's: a run may print one per closed session): the cash, buys and sells against the simulator (<paramref name="account"/>,
    /// up to the filled-orders count), then the printed-statistics checks, then the holdings and the verdict
    /// (<paramref name="verdict"/>).
    /// </summary>
    public static void AssertAccountCheck(CycleRunFixture run, string account, string verdict)
    {
        var checks = run.Output.Split('\n')
            .Where(l => l.Contains(SimulationAccountCheck.Marker, StringComparison.Ordinal))
            .Select(l => l.TrimEnd('\r')[l.IndexOf(SimulationAccountCheck.Marker, StringComparison.Ordinal)..])
            .ToArray();
        var check = Assert.Single(checks, c => c.StartsWith(account, StringComparison.Ordinal));
        Assert.EndsWith(verdict, check, StringComparison.Ordinal);
    }

    public static IGrainFactory Grains(CycleRunFixture run) => run.Run.Host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Every order the run decided, by client order id.</summary>
    public static Order[] Orders(CycleRunFixture run) =>
        [.. Journal(run).Orders.Select(o => o.Intent)
            .Select(i => new Order(i.ClientOrderId, i.Side, i.Kind, i.Quantity, i.LimitPrice, i.Reason))
            .OrderBy(o => o.Id, StringComparer.Ordinal)];

    /// <summary>Every fill the journal counted (once each), with when it executed.</summary>
    public static (Executed Fill, DateTimeOffset At)[] Fills(CycleRunFixture run)
    {
        var journal = Journal(run);
        var ids = journal.Orders.ToDictionary(o => o.OrderId, o => o.Intent.ClientOrderId);
        return [.. journal.Fills.Select(f => (new Executed(ids[f.OrderId], f.Quantity, f.Price), f.FilledAt))
            .OrderBy(f => f.Item1.Id, StringComparer.Ordinal).ThenBy(f => f.FilledAt)];
    }

    /// <summary>The session's closed trades, by symbol.</summary>
    public static async Task<TradeResultRecord[]> TradesAsync(CycleRunFixture run) =>
        [.. (await run.Run.Host.Services.GetRequiredService<ITradeJournal>().ReadTradesAsync(Day, Day, TestContext.Current.CancellationToken))
            .OrderBy(t => t.Symbol, StringComparer.Ordinal)];

    /// <summary>Each checkpoint's decisions: (code, action, observed price, order price, quantity, replacement).</summary>
    public static async Task<AfterHoursCheckpointView[]> CheckpointsAsync(CycleRunFixture run) =>
        [.. (await Grains(run).GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Day)).GetAsync()).Checkpoints];

    /// <summary>Every position of the session that bought: status and shares left.</summary>
    public static async Task<(string Code, PositionStatus Status, long Quantity)[]> PositionsAsync(CycleRunFixture run, params string[] codes)
    {
        var list = new List<(string, PositionStatus, long)>();
        foreach (var code in codes)
        {
            var view = await Grains(run).GetGrain<IPositionGrain>(GrainKeys.Position(Day, code)).GetAsync();
            list.Add((code, view.Status, view.Quantity));
        }

        return [.. list];
    }

    /// <summary>The positions' conversions to market printed: (hh:mm, code, exit reason, order, why).</summary>
    public static (string Time, string Code, string Reason, string Order, string Why)[] Conversions(CycleRunFixture run) =>
        [.. Conversion().Matches(run.Output).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value))];

    /// <summary>What the in-process run decided (<see cref="ScenarioComparison"/>).</summary>
    public static async Task<ScenarioDecisions> DecisionsAsync(CycleRunFixture run) =>
        await ScenarioDecisions.ReadAsync(
            Grains(run), Orders(run), [.. Fills(run).Select(f => f.Fill)], await TradesAsync(run), Conversions(run).Select(c => (c.Code, c.Reason, c.Order, c.Why)));

    /// <summary>Every order's final view, by client order id.</summary>
    public static async Task<OrderView[]> OrderViewsAsync(CycleRunFixture run)
    {
        var list = new List<OrderView>();
        foreach (var order in Orders(run))
        {
            list.Add(await Grains(run).GetGrain<IOrderGrain>(order.Id).GetAsync());
        }

        return [.. list];
    }

    [GeneratedRegex(@"\[(\d\d:\d\d):\d\d\] position 2026-11-23/(\d{6}): (\w+): (\S+) converted to market \((\w+)\)")]
    private static partial Regex Conversion();
}
