using KisTrader.Kis.Simulator.Market.Model;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>
/// The simulator's one KRX tick table (호가가격단위 since 2023-01-25, kis-api.md §7) at every band edge, read the same way by
/// the market (<see cref="PriceGrid"/>) and the order desk (<see cref="TickRules"/>).
/// </summary>
public sealed class TickTableTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1_999, 1)]
    [InlineData(2_000, 5)]
    [InlineData(4_999, 5)]
    [InlineData(5_000, 10)]
    [InlineData(19_999, 10)]
    [InlineData(20_000, 50)]
    [InlineData(49_999, 50)]
    [InlineData(50_000, 100)]
    [InlineData(199_999, 100)]
    [InlineData(200_000, 500)]
    [InlineData(499_999, 500)]
    [InlineData(500_000, 1_000)]
    [InlineData(3_000_000, 1_000)]
    public void Tick_AtEveryBandEdge_KrxUnitInMarketAndOrderDesk(long price, int tick)
    {
        Assert.Equal(tick, PriceGrid.Tick(price, etfTick: false));
        Assert.Equal(tick, TickRules.TickAt(price, etfTick: false));
        Assert.Equal(5, PriceGrid.Tick(price, etfTick: true));
        Assert.Equal(5m, TickRules.TickAt(price, etfTick: true));
    }

    [Theory]
    [InlineData(1_999, true)]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    [InlineData(4_995, true)]
    [InlineData(5_005, false)]
    [InlineData(19_990, true)]
    [InlineData(20_010, false)]
    [InlineData(49_950, true)]
    [InlineData(50_050, false)]
    [InlineData(199_900, true)]
    [InlineData(200_100, false)]
    [InlineData(499_500, true)]
    [InlineData(500_500, false)]
    [InlineData(501_000, true)]
    public void OnGrid_EitherSideOfEachEdge_MarketAndOrderDeskAgree(long price, bool onGrid)
    {
        Assert.Equal(onGrid, price % PriceGrid.Tick(price, false) == 0);
        Assert.Equal(onGrid, TickRules.IsOnGrid(price, false));
        Assert.Equal(PriceGrid.Down(price, false), (int)TickRules.RoundDown(price, false));
        Assert.Equal(PriceGrid.Up(price, false), (int)TickRules.RoundUp(price, false));
    }
}
