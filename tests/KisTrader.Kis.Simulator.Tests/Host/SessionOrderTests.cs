using System.Globalization;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// Order type vs session window through a started host (kis-api.md §4.9, §8.5): a regular-session type after 15:30 is
/// APBK0918; ORD_DVSN 07 only 16:00–18:00, matched at the scripted after-hours auction price, unfilled orders lapse at
/// 18:00. The host loads its scenario from a file (Market:ScenarioPath, the --scenario flag).
/// </summary>
public sealed class SessionOrderTests : IAsyncLifetime
{
    private const string Scenario = """
        {
          "name": "after-hours auctions of 900010", "seed": 42,
          "symbols": [
            {
              "code": "900010", "name": "시나리오전자", "market": "KOSDAQ", "kind": "stock", "listedShares": 20000000, "price": 10000,
              "daily": [ { "date": "2026-11-20", "open": 10000, "high": 10100, "low": 9950, "close": 10050, "volume": 420000 } ],
              "days": [
                {
                  "date": "2026-11-23",
                  "openingAuction": { "price": 10050, "volume": 5000 },
                  "bars": [ { "time": "14:00", "open": 10080, "high": 10500, "low": 10080, "close": 10450, "buyVolume": 90000, "sellVolume": 30000 } ],
                  "closingAuction": { "price": 10500, "volume": 40000 },
                  "afterHours": [ { "time": "16:10", "price": 10600, "volume": 3000 }, { "time": "16:30", "price": 10800, "volume": 5000 } ]
                }
              ]
            }
          ]
        }
        """;

    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sim-session-{Guid.NewGuid():N}.json");

    public async ValueTask InitializeAsync() => await File.WriteAllTextAsync(_file, Scenario, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }

    private Task<SimulatorFixture> StartAsync() => SimulatorFixture.StartAsync(s => s["Market:ScenarioPath"] = _file);

    private static DateTimeOffset At(int hour, int minute, int second = 0) => new(2026, 11, 23, hour, minute, second, Kst);

    [Fact]
    public async Task RegularSessionTypesAfterTheClose_Apbk0918()
    {
        await using var sim = await StartAsync();
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        sim.Clock.JumpTo(At(15, 31));

        var limit = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "00", 1, 10500);
        var conditional = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "02", 1, 10500);
        var market = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "01", 1, 0);

        foreach (var refused in new[] { limit, conditional, market })
        {
            Assert.Equal(500, refused.Status);
            Assert.Equal(("1", "APBK0918", "장운영시간이 아닙니다.(장종료동시마감(129) 주문불가시간)"), (refused.RtCd, refused.MsgCd, refused["msg1"]));
        }

        Assert.Equal(3, sim.Metrics.Snapshot().Orders.Rejections["APBK0918"]);
    }

    [Fact]
    public async Task AfterHoursSinglePrice_OnlyFrom1600To1800()
    {
        await using var sim = await StartAsync();
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);

        sim.Clock.JumpTo(At(15, 59, 59));
        var early = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 10500);
        sim.Clock.JumpTo(At(16, 0));
        var open = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 10500);
        sim.Clock.JumpTo(At(17, 59, 59));
        var last = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 10500);
        sim.Clock.JumpTo(At(18, 0));
        var late = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 10500);

        Assert.Equal(("APBK0918", "장운영시간이 아닙니다.(시간외 주문불가시간)"), (early.MsgCd, early["msg1"]));
        Assert.Equal((200, "APBK0013"), (open.Status, open.MsgCd));
        Assert.Equal((200, "APBK0013"), (last.Status, last.MsgCd));
        Assert.Equal((500, "APBK0918"), (late.Status, late.MsgCd));
    }

    [Fact]
    public async Task AfterHoursSinglePrice_OutsideTenPercentOfTheClose_Apbk0508()
    {
        await using var sim = await StartAsync();
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        sim.Clock.JumpTo(At(16, 5));

        // Close 10,500: band 9,450–11,550 (tick 10).
        var above = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 11560);
        var top = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 11550);
        var below = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 1, 9440);

        Assert.Equal((500, "APBK0508"), (above.Status, above.MsgCd));
        Assert.Equal(200, top.Status);
        Assert.Equal((500, "APBK0508"), (below.Status, below.MsgCd));
    }

    [Fact]
    public async Task AfterHoursSinglePrice_FillsAtTheAuctionPrice_UnfilledLapsesAt1800()
    {
        await using var sim = await StartAsync();
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        sim.Clock.JumpTo(At(16, 5));
        await sim.StepAsync();

        var filling = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 10, 10600);
        var resting = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "900010", "07", 5, 9450);
        var fillingNo = filling.Body.GetProperty("output").S("ODNO");
        var restingNo = resting.Body.GetProperty("output").S("ODNO");

        sim.Clock.JumpTo(At(17, 59, 59));
        await sim.StepAsync();
        var cancelableBefore = await CancelableAsync(sim, caller, cano);
        sim.Clock.JumpTo(At(18, 0));
        await sim.StepAsync();
        var cancelableAfter = await CancelableAsync(sim, caller, cano);
        var executions = await sim.DailyCcldAsync(caller, cano, "20261123");
        var balance = await sim.BalanceAsync(caller, cano);

        Assert.Equal([restingNo], cancelableBefore);
        Assert.Empty(cancelableAfter);
        var rows = executions.Body.GetProperty("output1").EnumerateArray().ToDictionary(r => r.S("odno"));
        // 10 at the 16:10 auction price 10,600 (not the 16:30 one); the 9,450 bid never matched and lapsed at 18:00.
        Assert.Equal(("10", "10600", "0"), (rows[fillingNo].S("tot_ccld_qty"), rows[fillingNo].S("avg_prvs"), rows[fillingNo].S("rmn_qty")));
        Assert.Equal(("0", "0"), (rows[restingNo].S("tot_ccld_qty"), rows[restingNo].S("rmn_qty")));
        var holding = Assert.Single(balance.Body.GetProperty("output1").EnumerateArray());
        Assert.Equal(("900010", "10", "10600"), (holding.S("pdno"), holding.S("hldg_qty"), decimal.Parse(holding.S("pchs_avg_pric"), CultureInfo.InvariantCulture).ToString("0", CultureInfo.InvariantCulture)));
    }

    private static async Task<string[]> CancelableAsync(SimulatorFixture sim, KisCaller caller, string cano)
    {
        var answer = await sim.GetAsync(HostCalls.Trading + "inquire-psbl-rvsecncl", "TTTC0084R", caller,
            [("CANO", cano), ("ACNT_PRDT_CD", "01"), ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", ""), ("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")]);
        Assert.Equal(200, answer.Status);
        return [.. answer.Body.GetProperty("output").EnumerateArray().Select(r => r.S("odno"))];
    }
}
