using KisTrader.GrainInterfaces;
using KisTrader.Kis.Master;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using OrderSide = KisTrader.Trading.Money.OrderSide;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>Orders placed the way a grain places them (the order grain of the fixture's traded account).</summary>
public static class Orders
{
    /// <summary>The fixture cluster's traded account key.</summary>
    public static string AccountKey(WebClusterFixture fixture) =>
        GrainKeys.Account(fixture.Simulation.KisSettings["Kis:AccountNumber"]!, fixture.Simulation.KisSettings.GetValueOrDefault("Kis:AccountProductCode") ?? "01");

    /// <summary>A listed common stock of the simulator's master file (the <paramref name="index"/>-th, by code).</summary>
    public static async Task<string> SymbolAsync(WebClusterFixture fixture, int index)
    {
        var master = fixture.SiloServices.GetRequiredService<IMasterFileSource>();
        var kospi = await master.GetAsync(KrxMarket.Kospi, TestContext.Current.CancellationToken);
        return kospi.Instruments.Where(i => i.GroupCode == "ST" && !i.IsHalted && GrainKeys.IsSymbol(i.Symbol))
            .OrderBy(i => i.Symbol, StringComparer.Ordinal).Skip(index).First().Symbol;
    }

    /// <summary>A manual order intent of the fixture's trading day (Monday 2026-11-23).</summary>
    public static OrderIntent Intent(WebClusterFixture fixture, string id, string symbol, OrderKind kind, long quantity, decimal? price) =>
        new(id, new DateOnly(2026, 11, 23), AccountKey(fixture), symbol, OrderSide.Buy, kind, quantity, price, OrderPurpose.Manual, null, "web test", "web-tests");
}
