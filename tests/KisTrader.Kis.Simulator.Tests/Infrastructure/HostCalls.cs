using System.Net.WebSockets;
using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Tests.Infrastructure;

/// <summary>Raw-protocol helpers over a started <see cref="SimulatorFixture"/> host: WebSocket sessions, accounts, orders, pump steps.</summary>
internal static class HostCalls
{
    public const string Trading = "/uapi/domestic-stock/v1/trading/";

    /// <summary>Opens a WebSocket on /tryitout and waits until the server has created its session.</summary>
    public static async Task<WsClient> ConnectWsAsync(this SimulatorFixture sim, string path = "/tryitout")
    {
        var registry = sim.Service<WsSessionRegistry>();
        var before = registry.Snapshot().Select(s => s.Id).ToHashSet();
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(sim.WebSocketUrl, path), TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => registry.Snapshot().Any(s => !before.Contains(s.Id)), "the server has opened the session");
        return new WsClient(socket);
    }

    /// <summary>The account of an app key from GET /sim/accounts/{appKey}: (CANO, HTS ID).</summary>
    public static async Task<(string Cano, string HtsId)> AccountAsync(this SimulatorFixture sim, string appKey)
    {
        var account = await sim.ControlAsync(HttpMethod.Get, "/sim/accounts/" + Uri.EscapeDataString(appKey));
        Assert.Equal(200, account.Status);
        return (account["cano"], account["htsId"]);
    }

    /// <summary>POST order-cash with the six classic keys (kis-api.md §4.9).</summary>
    public static Task<KisResponse> OrderCashAsync(this SimulatorFixture sim, KisCaller caller, string trId, string cano, string code, string dvsn, long qty, decimal price) =>
        sim.PostAsync(
            Trading + "order-cash",
            trId,
            caller,
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["CANO"] = cano,
                ["ACNT_PRDT_CD"] = "01",
                ["PDNO"] = code,
                ["ORD_DVSN"] = dvsn,
                ["ORD_QTY"] = qty.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ORD_UNPR"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));

    /// <summary>GET inquire-balance (TTTC8434R / VTTC8434R).</summary>
    public static Task<KisResponse> BalanceAsync(this SimulatorFixture sim, KisCaller caller, string cano, bool paper = false) =>
        sim.GetAsync(Trading + "inquire-balance", paper ? "VTTC8434R" : "TTTC8434R", caller, KisCalls.BalanceQuery(cano));

    /// <summary>GET inquire-daily-ccld for one day (TTTC0081R), all orders, oldest first.</summary>
    public static Task<KisResponse> DailyCcldAsync(this SimulatorFixture sim, KisCaller caller, string cano, string yyyymmdd) =>
        sim.GetAsync(Trading + "inquire-daily-ccld", "TTTC0081R", caller,
        [
            ("CANO", cano), ("ACNT_PRDT_CD", "01"), ("INQR_STRT_DT", yyyymmdd), ("INQR_END_DT", yyyymmdd), ("SLL_BUY_DVSN_CD", "00"),
            ("INQR_DVSN", "01"), ("PDNO", ""), ("CCLD_DVSN", "00"), ("ORD_GNO_BRNO", ""), ("ODNO", ""), ("INQR_DVSN_3", "00"),
            ("INQR_DVSN_1", ""), ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", ""),
        ]);

    /// <summary>One step of the host's own trading pump at the simulated now (book, market frames, heartbeat).</summary>
    public static Task StepAsync(this SimulatorFixture sim) => sim.Service<SimTradingPump>().StepAsync(TestContext.Current.CancellationToken);

    /// <summary>The upper price limit (stck_mxpr) of a code from inquire-price.</summary>
    public static async Task<decimal> UpperLimitAsync(this SimulatorFixture sim, KisCaller caller, string code)
    {
        var price = await sim.GetAsync(KisCalls.InquirePrice, KisCalls.InquirePriceTr, caller, [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code)]);
        Assert.Equal(200, price.Status);
        return decimal.Parse(price.Body.GetProperty("output").GetProperty("stck_mxpr").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string S(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
