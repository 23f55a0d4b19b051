using KisTrader.Testing.Simulator;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>One <see cref="OrderCluster"/> at Mon 2026-11-23 10:00 KST and ten cheap listings, each test on its own.</summary>
public sealed class OrderFixture : IAsyncLifetime
{
    public OrderCluster Orders { get; private set; } = null!;

    public IReadOnlyList<(string Symbol, decimal Price)> Symbols { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Orders = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-test-key-0001");
        Symbols = await Orders.CheapSymbolsAsync(10);
    }

    public async ValueTask DisposeAsync()
    {
        if (Orders is not null)
        {
            await Orders.DisposeAsync();
        }
    }
}
