using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// The whole broker through a started SimulatorHost, raw HTTP + raw WebSocket only: token → approval key → 체결통보
/// registration → order-cash → receipt notice → fill by the host's own pump on the wall clock → fill notice → balance and
/// daily executions → metrics.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly DateTimeOffset Close = new(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9));

    /// <summary>The test's own decryption: Base64 → AES-256-CBC (key/IV = the subscribe reply's strings as UTF-8) → PKCS7 → UTF-8.</summary>
    internal static string[] OpenNotice(string frame, string trId, string key, string iv)
    {
        var parts = frame.Split('|', 4);
        Assert.Equal(("1", trId, "001"), (parts[0], parts[1], parts[2]));
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        aes.IV = Encoding.UTF8.GetBytes(iv);
        var cipher = Convert.FromBase64String(parts[3]);
        var fields = Encoding.UTF8.GetString(aes.DecryptCbc(cipher, aes.IV, PaddingMode.PKCS7)).Split('^');
        Assert.Equal(26, fields.Length);
        return fields;
    }

    [Fact]
    public async Task BuyInTheClosingAuction_FillsAtTheClose_NoticesAndBalanceAgree()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.NewCallerAsync();
        var (cano, htsId) = await sim.AccountAsync(caller.AppKey);
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        var subscribed = await ws.RequestAsync(approval, "H0STCNI0", htsId);
        Assert.Equal("OPSP0000", subscribed.GetProperty("body").S("msg_cd"));
        Assert.Equal("Y", subscribed.GetProperty("header").S("encrypt"));
        var key = subscribed.GetProperty("body").GetProperty("output").S("key");
        var iv = subscribed.GetProperty("body").GetProperty("output").S("iv");
        var upper = await sim.UpperLimitAsync(caller, "005930");

        // 15:25, closing auction: a limit buy at the upper limit waits for the 15:30 single price.
        var order = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 3, upper);

        Assert.Equal(200, order.Status);
        Assert.Equal(("0", "APBK0013"), (order.RtCd, order.MsgCd));
        var odno = order.Body.GetProperty("output").S("ODNO");
        Assert.Equal(10, odno.Length);
        var receipt = OpenNotice(await ws.ReceiveAsync(), "H0STCNI0", key, iv);
        // CUST_ID, ACNT_NO, ODER_NO, SELN_BYOV_CLS 02 buy, PDNO, 주문수량/주문가격 in 10/11, CNTG_YN 1 receipt.
        Assert.Equal((htsId, cano + "01", odno, "02", "005930", "3", upper.ToString(CultureInfo.InvariantCulture), "152500", "1"),
            (receipt[0], receipt[1], receipt[2], receipt[4], receipt[8], receipt[9], receipt[10], receipt[11], receipt[13]));

        // The host's own pump (a wall-clock timer) matches the auction once the simulated clock reads 15:30.
        sim.Clock.JumpTo(Close);
        sim.Wall.Advance(TimeSpan.FromMilliseconds(100));
        var fill = OpenNotice(await ws.ReceiveAsync(), "H0STCNI0", key, iv);
        Assert.Equal((odno, "005930", "3", "153000", "2"), (fill[2], fill[8], fill[9], fill[11], fill[13]));
        var fillPrice = decimal.Parse(fill[10], CultureInfo.InvariantCulture);
        Assert.True(fillPrice > 0 && fillPrice <= upper);

        var balance = await sim.BalanceAsync(caller, cano);
        Assert.Equal(200, balance.Status);
        var holding = Assert.Single(balance.Body.GetProperty("output1").EnumerateArray());
        Assert.Equal(("005930", "3"), (holding.S("pdno"), holding.S("hldg_qty")));
        Assert.Equal(fillPrice, decimal.Parse(holding.S("pchs_avg_pric"), CultureInfo.InvariantCulture));
        Assert.Equal(fillPrice * 3, decimal.Parse(holding.S("pchs_amt"), CultureInfo.InvariantCulture));
        var summary = Assert.Single(balance.Body.GetProperty("output2").EnumerateArray());
        // 1억 − 3 × price − commission (0.015%, floored to the won): the deposit after the buy.
        var commission = Math.Floor(fillPrice * 3 * 0.00015m);
        Assert.Equal(100_000_000m - (fillPrice * 3) - commission, decimal.Parse(summary.S("prvs_rcdl_excc_amt"), CultureInfo.InvariantCulture));

        var executions = await sim.DailyCcldAsync(caller, cano, "20261123");
        Assert.Equal(200, executions.Status);
        var row = Assert.Single(executions.Body.GetProperty("output1").EnumerateArray());
        Assert.Equal((odno, "3", "3", "0"), (row.S("odno"), row.S("ord_qty"), row.S("tot_ccld_qty"), row.S("rmn_qty")));
        Assert.Equal(fillPrice, decimal.Parse(row.S("avg_prvs"), CultureInfo.InvariantCulture));

        var metrics = await sim.ControlAsync(HttpMethod.Get, "/sim/metrics");
        var orders = metrics.Body.GetProperty("orders");
        Assert.Equal((1, 1, 3), (orders.GetProperty("accepted").GetInt64(), orders.GetProperty("fills").GetInt64(), orders.GetProperty("filledQuantity").GetInt64()));
        var rest = metrics.Body.GetProperty("rest").GetProperty("byTrId");
        Assert.Equal((1, 1, 1, 1), (rest.GetProperty("TTTC0012U").GetInt64(), rest.GetProperty("TTTC8434R").GetInt64(), rest.GetProperty("TTTC0081R").GetInt64(), rest.GetProperty("FHKST01010100").GetInt64()));
        var ws1 = metrics.Body.GetProperty("webSocket");
        Assert.Equal((1, 1), (ws1.GetProperty("sessionsOpen").GetInt64(), ws1.GetProperty("registrationsByTrId").GetProperty("H0STCNI0").GetInt64()));
        Assert.Equal(2, ws1.GetProperty("framesByTrId").GetProperty("H0STCNI0").GetInt64());
    }

    [Fact]
    public async Task SharedTimeProvider_InProcess_TheProcessClockDrivesTokensAndFills()
    {
        // The one-process default: the simulator runs on the process's simulated TimeProvider (here a fake, also its wall clock).
        var shared = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 25, 0, TimeSpan.Zero));   // 15:25 KST
        var options = new SimulatorHostOptions { WallClock = shared };
        options.Settings["Market:KospiListings"] = "100";
        options.Settings["Market:KosdaqListings"] = "100";
        await using var host = await SimulatorHost.StartAsync(options, shared, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var tokenReply = await http.PostAsync("/oauth2/tokenP", new StringContent("""{"grant_type":"client_credentials","appkey":"K","appsecret":"S"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var token = System.Text.Json.JsonDocument.Parse(await tokenReply.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var account = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/sim/accounts/K", TestContext.Current.CancellationToken)).RootElement;
        var cano = account.GetProperty("cano").GetString()!;
        async Task<System.Text.Json.JsonElement> KisAsync(HttpMethod method, string path, string trId, string? body = null)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
            request.Headers.Add("appkey", "K");
            request.Headers.Add("appsecret", "S");
            request.Headers.Add("tr_id", trId);
            request.Headers.Add("custtype", "P");
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        }

        var price = await KisAsync(HttpMethod.Get, KisCalls.InquirePrice + "?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930", KisCalls.InquirePriceTr);
        var upper = price.GetProperty("output").S("stck_mxpr");
        var order = await KisAsync(HttpMethod.Post, HostCalls.Trading + "order-cash", "TTTC0012U",
            $$"""{"CANO":"{{cano}}","ACNT_PRDT_CD":"01","PDNO":"005930","ORD_DVSN":"00","ORD_QTY":"2","ORD_UNPR":"{{upper}}"}""");
        shared.Advance(TimeSpan.FromMinutes(5));                     // 15:30 KST: the host's pump runs on the same clock
        var query = string.Join("&", KisCalls.BalanceQuery(cano).Select(p => $"{p.Name}={p.Value}"));
        var holdings = 0;
        // The pump step runs on a timer thread after Advance: poll until it has filled the order.
        await Eventually.TrueAsync(
            async () => (holdings = (await KisAsync(HttpMethod.Get, KisCalls.InquireBalance + "?" + query, "TTTC8434R")).GetProperty("output1").GetArrayLength()) > 0,
            "the closing auction filled the order");

        Assert.Equal("2026-11-24 15:25:00", token.RootElement.GetProperty("access_token_token_expired").GetString());
        Assert.Equal("APBK0013", order.S("msg_cd"));
        Assert.Equal(1, holdings);
        Assert.Same(shared, host.Clock);
    }
}
