using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>What a finished broker-fault run decided and left, read from outside its processes.</summary>
internal sealed partial class BrokerFaultRun
{
    private static readonly string[] Bought = ["900100", "900110", "900200", "900230"];

    /// <summary>
    /// The run's decisions (<see cref="ScenarioComparison"/>): the board and its checkpoints from the board grain (through an
    /// Orleans client of the cluster, as a front end reads it), the orders' intents (as decided, before any conversion to
    /// market), fills and conversions from the journal's tables, the trades from the trade journal (the product's PostgreSQL reader).
    /// </summary>
    public ScenarioDecisions Decisions { get; private set; } = null!;

    /// <summary>Every order's final view (its grain), by client order id.</summary>
    public OrderView[] OrderViews { get; private set; } = [];

    /// <summary>The four bought positions' status and shares left (their grains).</summary>
    public (string Code, PositionStatus Status, long Quantity)[] Positions { get; private set; } = [];

    /// <summary>How many times an order entered OutcomeUnknown (the journal's order_state_changes).</summary>
    public int OutcomeUnknownEntered { get; private set; }

    private async Task ReadAsync()
    {
        var grains = _client!.Client;
        var views = new List<OrderView>();
        var orders = await BrokerFaultJournal.OrdersAsync(ConnectionString);
        foreach (var order in orders)
        {
            views.Add(await grains.GetGrain<IOrderGrain>(order.Id).GetAsync());
        }

        OrderViews = [.. views];
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        var trades = await new PostgresTradeJournal(dataSource, NullLogger<PostgresTradeJournal>.Instance).ReadTradesAsync(Day, Day, TestContext.Current.CancellationToken);
        Decisions = await ScenarioDecisions.ReadAsync(
            grains, orders, await BrokerFaultJournal.FillsAsync(ConnectionString), trades, await BrokerFaultJournal.ConversionsAsync(ConnectionString));
        var positions = new List<(string, PositionStatus, long)>();
        foreach (var code in Bought)
        {
            var view = await grains.GetGrain<IPositionGrain>(GrainKeys.Position(Day, code)).GetAsync();
            positions.Add((code, view.Status, view.Quantity));
        }

        Positions = [.. positions];
        OutcomeUnknownEntered = await BrokerFaultJournal.StateEnteredAsync(ConnectionString, nameof(OrderState.OutcomeUnknown));
    }
}
