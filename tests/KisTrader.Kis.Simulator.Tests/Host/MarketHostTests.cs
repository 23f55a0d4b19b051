using System.Globalization;
using KisTrader.Kis.Simulator.Tests.Infrastructure;
using KisTrader.Kis.Simulator.Tests.Scenario;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>The market behind a started host, over raw HTTP/WebSocket: seeds, scenario pinning via /sim/scenario, after-hours frames.</summary>
public sealed class MarketHostTests
{
    private const string Q = "/uapi/domestic-stock/v1/quotations/";

    private static async Task<string> PriceTextAsync(SimulatorFixture sim, string code)
    {
        var caller = await sim.CallerAsync();
        var price = await sim.GetAsync(KisCalls.InquirePrice, KisCalls.InquirePriceTr, caller, [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code)]);
        Assert.Equal(200, price.Status);
        return price.Body.GetProperty("output").GetRawText();
    }

    [Fact]
    public async Task SameSeed_IdenticalAnswers_OtherSeed_DifferentMarket()
    {
        await using var a = await SimulatorFixture.StartAsync(s => s["Market:Seed"] = "42");
        await using var b = await SimulatorFixture.StartAsync(s => s["Market:Seed"] = "42");
        await using var c = await SimulatorFixture.StartAsync(s => s["Market:Seed"] = "43");

        var first = await PriceTextAsync(a, "005930");

        Assert.Equal(first, await PriceTextAsync(b, "005930"));
        Assert.NotEqual(first, await PriceTextAsync(c, "005930"));
    }

    [Fact]
    public async Task ScenarioLoadedOverHttp_PinnedRowsAndBarsReturnedExactly()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();

        var loaded = await sim.ControlAsync(HttpMethod.Post, "/sim/scenario", ScenarioSamples.Example);
        var status = await sim.ControlAsync(HttpMethod.Get, "/sim");
        var daily = await sim.GetAsync(Q + "inquire-daily-itemchartprice", "FHKST03010100", caller,
            [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "900010"), ("FID_INPUT_DATE_1", "20261119"), ("FID_INPUT_DATE_2", "20261120"), ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0")]);
        var bars = await sim.GetAsync(Q + "inquire-time-itemchartprice", "FHKST03010200", caller,
            [("FID_ETC_CLS_CODE", ""), ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "900010"), ("FID_INPUT_HOUR_1", "140000"), ("FID_PW_DATA_INCU_YN", "Y")]);
        var price = await sim.GetAsync(KisCalls.InquirePrice, KisCalls.InquirePriceTr, caller, [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "900010")]);

        Assert.Equal(200, loaded.Status);
        Assert.Equal("strong closer on 2026-11-23", status["scenario"]);
        var rows = daily.Body.GetProperty("output2").EnumerateArray()
            .Select(r => (r.S("stck_bsop_date"), r.S("stck_oprc"), r.S("stck_hgpr"), r.S("stck_lwpr"), r.S("stck_clpr"), r.S("acml_vol"))).ToList();
        // acml_vol of 11-20 = the pinned 420,000 + its 1,500 closing-price-session volume.
        Assert.Equal([("20261120", "10000", "10100", "9950", "10050", "421500"), ("20261119", "9900", "10050", "9850", "10000", "400000")], rows);
        var bar = bars.Body.GetProperty("output2").EnumerateArray().First();
        Assert.Equal(("140000", "10080", "10500", "10080", "10450", "120000"), (bar.S("stck_cntg_hour"), bar.S("stck_oprc"), bar.S("stck_hgpr"), bar.S("stck_lwpr"), bar.S("stck_prpr"), bar.S("cntg_vol")));
        // 기준가 = the pinned previous close; the limits are ±30% of it on the tick grid.
        var output = price.Body.GetProperty("output");
        Assert.Equal("10050", output.S("stck_sdpr"));
        Assert.Equal("13060", output.S("stck_mxpr"));
        Assert.Equal("7040", output.S("stck_llam"));
    }

    [Fact]
    public async Task AfterHoursFrames_AtTheScriptedAuction_H0STOUP0AndH0STOAA0FieldCounts()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Clock:Start"] = "2026-11-23T16:05:00+09:00");
        var caller = await sim.CallerAsync();
        // The example's http500 window (15:30–15:35) is already over at 16:05.
        Assert.Equal(200, (await sim.ControlAsync(HttpMethod.Post, "/sim/scenario", ScenarioSamples.Example)).Status);
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        foreach (var tr in new[] { "H0STOUP0", "H0STOAA0", "H0STOAC0" })
        {
            Assert.Equal("OPSP0000", (await ws.RequestAsync(approval, tr, "900010")).GetProperty("body").S("msg_cd"));
        }

        await sim.StepAsync();
        sim.Clock.JumpTo(new DateTimeOffset(2026, 11, 23, 16, 10, 0, TimeSpan.FromHours(9)));
        await sim.StepAsync();

        var frames = sim.Metrics.Snapshot().WebSocket.FramesByTrId;
        var received = new List<string[]>();
        for (var i = 0; i < frames.Values.Sum(); i++)
        {
            received.Add((await ws.ReceiveAsync()).Split('|', 4));
        }

        var expected = new Dictionary<string, int>(StringComparer.Ordinal) { ["H0STOUP0"] = 43, ["H0STOAA0"] = 54, ["H0STOAC0"] = 43 };
        Assert.NotEmpty(received);
        Assert.All(received, f => Assert.Equal(int.Parse(f[2], CultureInfo.InvariantCulture) * expected[f[1]], f[3].Split('^').Length));
        var match = received.Where(f => f[1] == "H0STOUP0").Select(f => f[3].Split('^')).Last();
        // The 16:10 single-price match of the scenario: 10,600 for 3,000 shares.
        Assert.Equal(("900010", "161000", "10600"), (match[0], match[1], match[2]));
        Assert.Contains(received, f => f[1] == "H0STOAA0");
    }
}
