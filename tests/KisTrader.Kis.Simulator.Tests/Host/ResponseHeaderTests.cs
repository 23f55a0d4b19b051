using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// Every KIS REST answer carries KIS's response headers with lower-case names on the wire — content-type, tr_id, tr_cont,
/// gt_uid — success or error, paged or not (the official sample keeps only lower-case header names, so a program reading
/// tr_cont from an unpaged answer must find it). Read from the raw bytes of a socket.
/// </summary>
public sealed class ResponseHeaderTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Q = "/uapi/domestic-stock/v1/quotations/";

    private static void AssertKisHeaders(IReadOnlyList<string> lines, string trId, string trCont)
    {
        Assert.Equal("application/json; charset=utf-8", RawHttp.Exact(lines, "content-type"));
        Assert.Equal(trId, RawHttp.Exact(lines, "tr_id"));
        Assert.Equal(trCont, RawHttp.Exact(lines, "tr_cont"));
        var gtUid = RawHttp.Exact(lines, "gt_uid");
        Assert.NotNull(gtUid);
        Assert.Equal(32, gtUid.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith("Content-Type", StringComparison.Ordinal) || l.StartsWith("Server:", StringComparison.OrdinalIgnoreCase));
    }

    private static (string, string)[] KisHeaders(KisCaller caller, string trId, string trCont = "") =>
    [
        ("content-type", "application/json; charset=utf-8"), ("authorization", "Bearer " + caller.Token), ("appkey", caller.AppKey),
        ("appsecret", caller.AppSecret), ("tr_id", trId), ("custtype", "P"), ("tr_cont", trCont),
    ];

    [Theory]
    [InlineData("inquire-price", "FHKST01010100", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930")]
    [InlineData("inquire-ccnl", "FHKST01010300", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930")]
    [InlineData("inquire-index-price", "FHPUP02100000", "FID_COND_MRKT_DIV_CODE=U&FID_INPUT_ISCD=0001")]
    [InlineData("inquire-daily-overtimeprice", "FHPST02320000", "FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930")]
    public async Task UnpagedQuotation_RawBytes_LowerCaseKisHeadersWithTrContD(string path, string trId, string query)
    {
        var caller = await sim.CallerAsync();

        var (status, lines) = await RawHttp.SendAsync(sim.BaseUrl, "GET", Q + path + "?" + query, KisHeaders(caller, trId));

        Assert.Contains(" 200 ", status, StringComparison.Ordinal);
        AssertKisHeaders(lines, trId, "D");
    }

    [Fact]
    public async Task TradingQueryOnOnePage_RawBytes_LastPageTrContD()
    {
        var caller = await sim.NewCallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        var query = string.Join("&", KisCalls.BalanceQuery(cano).Select(p => $"{p.Name}={p.Value}"));

        var (status, lines) = await RawHttp.SendAsync(sim.BaseUrl, "GET", KisCalls.InquireBalance + "?" + query, KisHeaders(caller, "TTTC8434R"));

        Assert.Contains(" 200 ", status, StringComparison.Ordinal);
        AssertKisHeaders(lines, "TTTC8434R", "D");
    }

    [Fact]
    public async Task AuthEndpoints_RawBytes_CarryTheKisHeaders()
    {
        var token = JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = "HDR-KEY-1", ["appsecret"] = "HDR-SECRET-1" });
        var approval = JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = "HDR-KEY-1", ["secretkey"] = "HDR-SECRET-1" });
        (string, string)[] json = [("content-type", "application/json; charset=utf-8")];
        (string, string)[] hashHeaders = [.. json, ("appkey", "HDR-KEY-1"), ("appsecret", "HDR-SECRET-1")];

        var tokenAnswer = await RawHttp.SendAsync(sim.BaseUrl, "POST", "/oauth2/tokenP", json, token);
        var approvalAnswer = await RawHttp.SendAsync(sim.BaseUrl, "POST", "/oauth2/Approval", json, approval);
        var hashAnswer = await RawHttp.SendAsync(sim.BaseUrl, "POST", "/uapi/hashkey", hashHeaders, """{"CANO":"12345678"}""");
        var tooSoon = await RawHttp.SendAsync(sim.BaseUrl, "POST", "/oauth2/tokenP", json, token.Replace("HDR-KEY-1", "HDR-KEY-2", StringComparison.Ordinal).Replace("HDR-SECRET-1", "HDR-SECRET-2", StringComparison.Ordinal));
        var tooSoonAgain = await RawHttp.SendAsync(sim.BaseUrl, "POST", "/oauth2/tokenP", json, token.Replace("HDR-KEY-1", "HDR-KEY-2", StringComparison.Ordinal).Replace("HDR-SECRET-1", "HDR-SECRET-2", StringComparison.Ordinal));

        foreach (var (status, lines) in new[] { tokenAnswer, approvalAnswer, hashAnswer, tooSoon })
        {
            Assert.Contains(" 200 ", status, StringComparison.Ordinal);
            AssertKisHeaders(lines, string.Empty, "D");
        }

        // A second issuance within the minute is the oauth2 error (403), with the same headers.
        Assert.Contains(" 403 ", tooSoonAgain.StatusLine, StringComparison.Ordinal);
        AssertKisHeaders(tooSoonAgain.HeaderLines, string.Empty, "D");
    }

    [Fact]
    public async Task GatewayRefusal_RawBytes_CarriesTheKisHeadersAndEchoesTrId()
    {
        var caller = await sim.CallerAsync();
        (string, string)[] noAppKey = [.. KisHeaders(caller, KisCalls.InquirePriceTr).Where(h => h.Item1 != "appkey")];

        var (status, lines) = await RawHttp.SendAsync(sim.BaseUrl, "GET", KisCalls.InquirePrice + "?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930", noAppKey);

        Assert.Contains(" 500 ", status, StringComparison.Ordinal);
        AssertKisHeaders(lines, KisCalls.InquirePriceTr, "D");
    }

    [Fact]
    public async Task HttpClient_UnpagedAnswer_TrContAndGtUidReadable()
    {
        var caller = await sim.CallerAsync();

        var first = await sim.PriceAsync(caller);
        var second = await sim.PriceAsync(caller);

        Assert.Equal("D", first.TrCont);
        var uids = new[] { first, second }.Select(r => Assert.Single(r.Headers.GetValues("gt_uid"))).ToList();
        Assert.NotEqual(uids[0], uids[1]);
    }
}
