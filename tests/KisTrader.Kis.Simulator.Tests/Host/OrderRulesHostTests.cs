using System.Globalization;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>Order validation and continuous-session matching through a started host at 10:00 (kis-api.md §4.9–§4.10, §7).</summary>
public sealed class OrderRulesHostTests
{
    private static Task<SimulatorFixture> StartAsync() => SimulatorFixture.StartAsync(s =>
    {
        s["Simulator:Clock:Start"] = "2026-11-24T10:00:00+09:00";
        s["Simulator:Accounts:StartingCash"] = "3000000";
    });

    [Fact]
    public async Task Validation_LikeKis_EachRuleItsCode()
    {
        await using var sim = await StartAsync();
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        var upper = await sim.UpperLimitAsync(caller, "005930");
        var price = await sim.GetAsync(KisCalls.InquirePrice, KisCalls.InquirePriceTr, caller, KisCalls.SamsungQuery);
        var tick = decimal.Parse(price.Body.GetProperty("output").S("aspr_unit"), CultureInfo.InvariantCulture);

        var offGrid = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 1, upper - tick - 1);
        var aboveLimit = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 1, upper + tick);
        var tooMuch = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 1000, upper);
        var nothingHeld = await sim.OrderCashAsync(caller, "TTTC0011U", cano, "005930", "00", 1, upper);
        var otherAccount = await sim.OrderCashAsync(caller, "TTTC0012U", "69999999", "005930", "00", 1, upper);
        var unknownCode = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "999999", "00", 1, 1000);
        var badType = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "99", 1, upper);
        var zeroQty = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 0, upper);

        Assert.Equal("APBK0506", offGrid.MsgCd);
        Assert.Equal("APBK0507", aboveLimit.MsgCd);
        Assert.Equal(("APBK0952", "주문가능금액을 초과 했습니다"), (tooMuch.MsgCd, tooMuch["msg1"]));
        Assert.Equal("APBK0400", nothingHeld.MsgCd);
        Assert.Equal("OPSQ2000", otherAccount.MsgCd);
        Assert.Equal("APBK0656", unknownCode.MsgCd);
        Assert.Equal("APBK0521", badType.MsgCd);
        Assert.Equal("APBK0563", zeroQty.MsgCd);
        Assert.All(new[] { offGrid, aboveLimit, tooMuch, nothingHeld, otherAccount, unknownCode, badType, zeroQty }, r => Assert.Equal((500, "1"), (r.Status, r.RtCd)));
        Assert.Equal(8, sim.Metrics.Snapshot().Orders.Rejected);
    }

    [Fact]
    public async Task MarketBuyThenSell_FillAtOnceAgainstTheBook_TaxOnTheSell()
    {
        await using var sim = await StartAsync();
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);

        var buy = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "01", 5, 0);
        var afterBuy = await sim.BalanceAsync(caller, cano);
        var sellTooMany = await sim.OrderCashAsync(caller, "TTTC0801U", cano, "005930", "01", 6, 0);   // old sell TR ID
        var sell = await sim.OrderCashAsync(caller, "TTTC0801U", cano, "005930", "01", 5, 0);
        var executions = await sim.DailyCcldAsync(caller, cano, "20261124");

        Assert.Equal((200, "APBK0013"), (buy.Status, buy.MsgCd));
        var holding = Assert.Single(afterBuy.Body.GetProperty("output1").EnumerateArray());
        Assert.Equal(("005930", "5", "5"), (holding.S("pdno"), holding.S("hldg_qty"), holding.S("ord_psbl_qty")));
        Assert.Equal("APBK0400", sellTooMany.MsgCd);
        Assert.Equal((200, "APBK0013"), (sell.Status, sell.MsgCd));
        var rows = executions.Body.GetProperty("output1").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(("5", "0"), (r.S("tot_ccld_qty"), r.S("rmn_qty"))));
        var bought = decimal.Parse(rows.Single(r => r.S("sll_buy_dvsn_cd") == "02").S("tot_ccld_amt"), CultureInfo.InvariantCulture);
        var sold = decimal.Parse(rows.Single(r => r.S("sll_buy_dvsn_cd") == "01").S("tot_ccld_amt"), CultureInfo.InvariantCulture);
        var summary = Assert.Single((await sim.BalanceAsync(caller, cano)).Body.GetProperty("output2").EnumerateArray());
        // D+2 deposit: 3,000,000 − bought − commission(bought) + sold − commission(sold) − 0.20% tax(sold), each floored to the won.
        var expected = 3_000_000m - bought - Math.Floor(bought * 0.00015m) + sold - Math.Floor(sold * 0.00015m) - Math.Floor(sold * 0.0020m);
        Assert.Equal(expected, decimal.Parse(summary.S("prvs_rcdl_excc_amt"), CultureInfo.InvariantCulture));
        var orders = sim.Metrics.Snapshot().Orders;
        Assert.Equal((2, 10), (orders.Accepted, orders.FilledQuantity));
    }
}
