using System.Globalization;
using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;

namespace KisTrader.Kis.Simulator.Tests.Trading.Http;

/// <summary>The order and account endpoints over raw HTTP: paths, TR IDs, envelopes, status codes, paging headers.</summary>
public sealed class TradingEndpointTests
{
    private const string Path = "/uapi/domestic-stock/v1/trading/";

    private static string Order(string cano, string qty, string price, string dvsn = "00") =>
        $$"""{"CANO":"{{cano}}","ACNT_PRDT_CD":"01","PDNO":"005930","ORD_DVSN":"{{dvsn}}","ORD_QTY":"{{qty}}","ORD_UNPR":"{{price}}"}""";

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [Fact]
    public async Task OrderCash_BuyOnReal_Returns200WithTheKisOutput()
    {
        await using var host = await WsTestHost.StartAsync();
        var (status, _, body) = await host.CallAsync(HttpMethod.Post, Path + "order-cash", "TTTC0012U", json: Order("50000001", "10", "70000"));

        Assert.Equal(200, status);
        Assert.Equal(("0", "APBK0013", "주문 전송 완료 되었습니다."), (S(body, "rt_cd"), S(body, "msg_cd"), S(body, "msg1")));
        var output = body.GetProperty("output");
        Assert.Equal(["KRX_FWDG_ORD_ORGNO", "ODNO", "ORD_TMD"], output.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("06010", "0000000001", "152500"), (S(output, "KRX_FWDG_ORD_ORGNO"), S(output, "ODNO"), S(output, "ORD_TMD")));
    }

    [Theory]
    [InlineData("TTTC0802U", false, "APBK0013")]
    [InlineData("TTTC0801U", false, "APBK0400")]
    [InlineData("TTTC0011U", false, "APBK0400")]
    [InlineData("VTTC0012U", true, "40600000")]
    [InlineData("VTTC0802U", true, "40600000")]
    [InlineData("VTTC0801U", true, "40240000")]
    public async Task OrderCash_TrId_DecidesTheSide(string trId, bool paper, string msgCd)
    {
        await using var host = await WsTestHost.StartAsync();
        var cano = paper ? "60000001" : "50000001";
        var (status, _, body) = await host.CallAsync(HttpMethod.Post, Path + "order-cash", trId, paper, json: Order(cano, "1", "70000"));
        Assert.Equal(msgCd, S(body, "msg_cd"));
        Assert.Equal(msgCd is "APBK0013" or "40600000" ? 200 : 500, status);
    }

    [Fact]
    public async Task OrderCash_Rejection_IsHttp500WithOnlyTheEnvelope()
    {
        await using var host = await WsTestHost.StartAsync();
        var (status, _, body) = await host.CallAsync(HttpMethod.Post, Path + "order-cash", "TTTC0012U", json: Order("50000001", "1", "70010"));

        Assert.Equal(500, status);
        Assert.Equal(["rt_cd", "msg_cd", "msg1"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("1", "APBK0506", "주식주문호가단위 오류입니다."), (S(body, "rt_cd"), S(body, "msg_cd"), S(body, "msg1")));
    }

    [Fact]
    public async Task OrderRvsecncl_CancelAll_ReturnsLowerCaseOutputAndANewOrderNumber()
    {
        await using var host = await WsTestHost.StartAsync();
        var (_, _, placed) = await host.CallAsync(HttpMethod.Post, Path + "order-cash", "TTTC0012U", json: Order("50000001", "10", "69000"));
        var odno = S(placed.GetProperty("output"), "ODNO");
        var cancel = $$"""{"CANO":"50000001","ACNT_PRDT_CD":"01","KRX_FWDG_ORD_ORGNO":"06010","ORGN_ODNO":"{{odno}}","ORD_DVSN":"00","RVSE_CNCL_DVSN_CD":"02","ORD_QTY":"0","ORD_UNPR":"0","QTY_ALL_ORD_YN":"Y"}""";
        var (status, _, body) = await host.CallAsync(HttpMethod.Post, Path + "order-rvsecncl", "TTTC0013U", json: cancel);

        Assert.Equal(200, status);
        Assert.Equal(["krx_fwdg_ord_orgno", "odno", "ord_tmd"], body.GetProperty("output").EnumerateObject().Select(p => p.Name));
        Assert.Equal("0000000002", S(body.GetProperty("output"), "odno"));
        var (again, _, second) = await host.CallAsync(HttpMethod.Post, Path + "order-rvsecncl", "TTTC0803U", json: cancel);
        Assert.Equal((500, "APBK0991"), (again, S(second, "msg_cd")));
    }

    [Fact]
    public async Task InquireBalance_PaperWith21Holdings_TwoPagesWithHeadersContextAndPaddedMessages()
    {
        await using var host = await WsTestHost.StartAsync();
        host.Simulated.Set(BookHarness.At(10, 0));
        for (var i = 1; i <= 21; i++)
        {
            var code = (200_000 + i).ToString(CultureInfo.InvariantCulture);
            host.TradingMarket.List(code, $"종목{i}", 10_000m, 13_000m, 7_000m);
            host.TradingMarket.SetBook(code, BookHarness.At(9, 0), [(10_000m, 10)], [(9_990m, 10)]);
            var json = $$"""{"CANO":"60000001","ACNT_PRDT_CD":"01","PDNO":"{{code}}","ORD_DVSN":"00","ORD_QTY":"1","ORD_UNPR":"10000"}""";
            Assert.Equal(200, (await host.CallAsync(HttpMethod.Post, Path + "order-cash", "VTTC0012U", paper: true, json: json)).Status);
        }

        const string query = "inquire-balance?CANO=60000001&ACNT_PRDT_CD=01&AFHR_FLPR_YN=N&OFL_YN=&INQR_DVSN=02&UNPR_DVSN=01&FUND_STTL_ICLD_YN=N&FNCG_AMT_AUTO_RDPT_YN=N&PRCS_DVSN=00&CTX_AREA_FK100=&CTX_AREA_NK100=";
        var (status, trCont, first) = await host.CallAsync(HttpMethod.Get, Path + query, "VTTC8434R", paper: true);
        Assert.Equal((200, "F", 20, 1), (status, trCont, first.GetProperty("output1").GetArrayLength(), first.GetProperty("output2").GetArrayLength()));
        Assert.Equal("20300000", S(first, "msg_cd"));
        Assert.Equal("200020", S(first, "ctx_area_nk100"));
        Assert.Equal("60000001^01^", S(first, "ctx_area_fk100"));

        var next = query.Replace("CTX_AREA_NK100=", "CTX_AREA_NK100=" + S(first, "ctx_area_nk100"), StringComparison.Ordinal);
        var (_, lastCont, last) = await host.CallAsync(HttpMethod.Get, Path + next, "VTTC8434R", paper: true, trCont: "N");
        Assert.Equal(("E", 1, "200021"), (lastCont, last.GetProperty("output1").GetArrayLength(), S(last.GetProperty("output1")[0], "pdno")));
        // "모의투자 조회가 완료되었습니다." is 31 EUC-KR bytes; KIS pads msg1 to 80.
        Assert.Equal(("20310000", "모의투자 조회가 완료되었습니다." + new string(' ', 49)), (S(last, "msg_cd"), S(last, "msg1")));
    }

    [Fact]
    public async Task InquirePsblOrder_Query_ReturnsTheBuyingPowerObject()
    {
        await using var host = await WsTestHost.StartAsync();
        var (status, _, body) = await host.CallAsync(HttpMethod.Get, Path + "inquire-psbl-order?cano=50000001&acnt_prdt_cd=01&pdno=005930&ord_unpr=70000&ord_dvsn=00&cma_evlu_amt_icld_yn=N&ovrs_icld_yn=N", "TTTC8908R");
        var output = body.GetProperty("output");

        // Query names are case-insensitive. 10,000,000 ÷ 1.00015 → 9,998,500; at 70,000: 142 shares.
        Assert.Equal((200, "KIOK0510"), (status, S(body, "msg_cd")));
        Assert.Equal(("10000000", "9998500", "142", "70000"), (S(output, "ord_psbl_cash"), S(output, "nrcvb_buy_amt"), S(output, "nrcvb_buy_qty"), S(output, "psbl_qty_calc_unpr")));
        Assert.Equal(12, output.EnumerateObject().Count());
    }
}
