using System.Globalization;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// Several prints of one listing in one second (one HHMMSS), as KIS sends them: each H0STCNT0 record carries the running
/// cumulative fields through its own print, the REST answers at the end of that second agree with the last record, and
/// prints falling in one pump step come as one multi-record frame.
/// </summary>
public sealed class SubSecondPrintTests
{
    private const string Samsung = "005930";
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task PrintsSharingASecond_RecordsAccumulatePrintByPrint_LastEqualsInquirePriceAtTheSecondsEnd()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Clock:Start"] = Start.ToString("O"));
        var market = sim.Service<ISimMarket>();
        // A second with several prints, two of them in the same 100 ms pump step.
        var second = market.Trades(Samsung, Start, Start.AddMinutes(5))
            .Where(t => t.Side != SimSide.Auction)
            .GroupBy(t => t.At.AddTicks(-(t.At.Ticks % TimeSpan.TicksPerSecond)))
            .First(g => g.Key > Start && g.Count() >= 3 && g.GroupBy(t => t.At.Millisecond / 100).Any(b => b.Count() > 1));
        var prints = second.ToList();
        var caller = await sim.CallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        sim.Clock.Advance(second.Key.AddMilliseconds(-1) - sim.Clock.GetUtcNow());
        await sim.StepAsync();                                        // the feed runs up to just before the second
        var before = market.Quote(Samsung, sim.Clock.GetUtcNow())!;
        Assert.Equal("OPSP0000", (await ws.RequestAsync(approval, "H0STCNT0", Samsung)).GetProperty("body").S("msg_cd"));

        // Ten 100 ms pump steps through the second (as at 1×): 0.000–0.099, …, 0.900–0.999.
        for (var step = 0; step < 10; step++)
        {
            sim.Clock.Advance(TimeSpan.FromMilliseconds(100));
            await sim.StepAsync();
        }

        var frames = sim.Metrics.Snapshot().WebSocket.FramesByTrId["H0STCNT0"];
        var records = new List<string[]>();
        var counts = new List<int>();
        for (var i = 0; i < frames; i++)
        {
            var parts = (await ws.ReceiveAsync()).Split('|', 4);
            var count = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var fields = parts[3].Split('^');
            counts.Add(count);
            records.AddRange(Enumerable.Range(0, count).Select(r => fields[(r * 46)..((r + 1) * 46)]));
        }

        long L(string[] record, int field) => long.Parse(record[field], CultureInfo.InvariantCulture);
        Assert.Equal(prints.Count, records.Count);
        Assert.Contains(counts, c => c > 1);                          // two prints in one step: one frame, two records
        Assert.All(records, r => Assert.Equal(second.Key.ToString("HHmmss", CultureInfo.InvariantCulture), r[1]));
        var volume = before.Volume;
        var value = before.TradingValue;
        for (var k = 0; k < prints.Count; k++)
        {
            volume += prints[k].Volume;
            value += (long)prints[k].Price * prints[k].Volume;
            Assert.Equal(prints[k].Volume, L(records[k], 12));        // CNTG_VOL: this print
            Assert.Equal(volume, L(records[k], 13));                  // ACML_VOL: through this print, strictly rising
            Assert.Equal(value, L(records[k], 14));                   // ACML_TR_PBMN: through this print
            Assert.Equal(prints[k].Price, L(records[k], 2));
        }

        // inquire-price at the end of the second answers what the last record said; inquire-ccnl lists the same prints.
        var price = await sim.GetAsync(KisCalls.InquirePrice, KisCalls.InquirePriceTr, caller, KisCalls.SamsungQuery);
        var output = price.Body.GetProperty("output");
        var last = records[^1];
        Assert.Equal((last[13], last[14], last[2]), (output.S("acml_vol"), output.S("acml_tr_pbmn"), output.S("stck_prpr")));
        Assert.Equal((last[6], last[8], last[9]), (output.S("wghn_avrg_stck_prc"), output.S("stck_hgpr"), output.S("stck_lwpr")));
        var ccnl = await sim.GetAsync("/uapi/domestic-stock/v1/quotations/inquire-ccnl", "FHKST01010300", caller, KisCalls.SamsungQuery);
        var rows = ccnl.Body.GetProperty("output").EnumerateArray().Take(prints.Count).Reverse().ToList();
        for (var k = 0; k < prints.Count; k++)
        {
            Assert.Equal((records[k][1], records[k][12], records[k][18]), (rows[k].S("stck_cntg_hour"), rows[k].S("cntg_vol"), rows[k].S("tday_rltv")));
        }
    }
}
