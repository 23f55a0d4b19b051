using System.Net.Http.Headers;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// The KIS gateway of a started host over raw HTTP (kis-api.md §2.5–§2.6, §3): missing and wrong headers, TR IDs of the
/// other domain, and the per-app-key rate limit measured on the (fake) wall clock.
/// </summary>
public sealed class GatewayTests
{
    private static async Task<KisResponse> SendAsync(SimulatorFixture sim, string path, Action<HttpRequestMessage> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers(request);
        return await sim.SendAsync(request);
    }

    private static void AssertRejected(KisResponse response, string msgCd, string msg1)
    {
        Assert.Equal(500, response.Status);
        Assert.Equal(["rt_cd", "msg_cd", "msg1"], response.Body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("1", msgCd, msg1), (response.RtCd, response.MsgCd, response["msg1"]));
    }

    [Fact]
    public async Task MissingOrWrongHeaders_EachRejectedWithItsCode()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var path = KisCalls.InquirePrice + "?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930";
        void All(HttpRequestMessage r, string? skip, string? bearer = null, string? appSecret = null, string? custType = null)
        {
            if (skip != "authorization")
            {
                r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? caller.Token);
            }

            foreach (var (name, value) in new[] { ("appkey", caller.AppKey), ("appsecret", appSecret ?? caller.AppSecret), ("tr_id", KisCalls.InquirePriceTr), ("custtype", custType ?? "P") })
            {
                if (name != skip)
                {
                    r.Headers.Add(name, value);
                }
            }
        }

        AssertRejected(await SendAsync(sim, path, r => All(r, "appkey")), "EGW00102", "AppKey는 필수입니다.");
        AssertRejected(await SendAsync(sim, path, r => All(r, "appsecret")), "EGW00104", "AppSecret은 필수입니다.");
        AssertRejected(await SendAsync(sim, path, r => All(r, null, appSecret: "WRONG")), "EGW00105", "유효하지 않은 AppSecret입니다.");
        AssertRejected(await SendAsync(sim, path, r => All(r, "authorization")), "EGW00205", "credentials_type이 유효하지 않습니다.(Bearer)");
        AssertRejected(await SendAsync(sim, path, r => All(r, null, bearer: "eyJnot.a.token")), "EGW00121", "유효하지 않은 token 입니다.");
        AssertRejected(await SendAsync(sim, path, r => All(r, "custtype")), "EGW00208", "custtype이 유효하지 않습니다.");
        AssertRejected(await SendAsync(sim, path, r => All(r, null, custType: "X")), "EGW00208", "custtype이 유효하지 않습니다.");
        AssertRejected(await SendAsync(sim, path, r => All(r, "tr_id")), "OPSQ9999", "tr_id 가 없습니다.");
        // A key that never asked for a token is unknown to the REST gateway.
        AssertRejected(await SendAsync(sim, path, r =>
        {
            r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
            r.Headers.Add("appkey", "NEVER-SEEN");
            r.Headers.Add("appsecret", "X");
            r.Headers.Add("tr_id", KisCalls.InquirePriceTr);
            r.Headers.Add("custtype", "P");
        }), "EGW00103", "유효하지 않은 AppKey입니다.");
        // Header names are case-insensitive (MOJITO sends appKey/appSecret).
        var mixedCase = await SendAsync(sim, path, r =>
        {
            r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
            r.Headers.Add("appKey", caller.AppKey);
            r.Headers.Add("appSecret", caller.AppSecret);
            r.Headers.Add("TR_ID", KisCalls.InquirePriceTr);
            r.Headers.Add("custtype", "P");
        });
        Assert.Equal((200, "0"), (mixedCase.Status, mixedCase.RtCd));

        var metrics = sim.Metrics.Snapshot().Rest;
        Assert.Equal(1, metrics.Rejections["EGW00102"]);
        Assert.Equal(2, metrics.Rejections["EGW00208"]);
        Assert.Equal(1, metrics.ByTrId["(none)"]);
    }

    [Fact]
    public async Task Paper_RealTrIdOrRealOnlyApi_Egw02006AndPaperTrIdWorks()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Profile"] = "Paper");
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        Assert.StartsWith("5", cano, StringComparison.Ordinal);

        var realTr = await sim.GetAsync(KisCalls.InquireBalance, "TTTC8434R", caller, KisCalls.BalanceQuery(cano));
        var realOnly = await sim.GetAsync(KisCalls.ChkHoliday, "CTCA0903R", caller, [("BASS_DT", "20261123"), ("CTX_AREA_FK", ""), ("CTX_AREA_NK", "")]);
        var paperTr = await sim.GetAsync(KisCalls.InquireBalance, "VTTC8434R", caller, KisCalls.BalanceQuery(cano));
        var quote = await sim.PriceAsync(caller);

        AssertRejected(realTr, "EGW02006", "모의투자 TR 이 아닙니다.");
        AssertRejected(realOnly, "EGW02006", "모의투자 TR 이 아닙니다.");
        Assert.Equal((200, "0", "20310000"), (paperTr.Status, paperTr.RtCd, paperTr.MsgCd));
        Assert.Equal((200, "0"), (quote.Status, quote.RtCd));
    }

    [Fact]
    public async Task Real_PaperTrIdOrForeignTrId_RejectedAndRealTrIdWorks()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        Assert.StartsWith("6", cano, StringComparison.Ordinal);

        var paperTr = await sim.GetAsync(KisCalls.InquireBalance, "VTTC8434R", caller, KisCalls.BalanceQuery(cano));
        var foreign = await sim.GetAsync(KisCalls.InquireBalance, KisCalls.InquirePriceTr, caller, KisCalls.BalanceQuery(cano));
        var realTr = await sim.GetAsync(KisCalls.InquireBalance, "TTTC8434R", caller, KisCalls.BalanceQuery(cano));

        AssertRejected(paperTr, "EGW02006", "실전투자 TR 이 아닙니다.");
        AssertRejected(foreign, "OPSQ0002", "없는 서비스 코드 입니다");
        Assert.Equal((200, "0", "KIOK0510"), (realTr.Status, realTr.RtCd, realTr.MsgCd));
    }

    [Fact]
    public async Task PaperKeyOnRealServer_TokenRefusedWithEgw02004()
    {
        await using var sim = await SimulatorFixture.StartAsync(s =>
        {
            s["Simulator:Accounts:Keys:0:AppKey"] = "PAPER-KEY";
            s["Simulator:Accounts:Keys:0:AppSecret"] = "PAPER-SECRET";
            s["Simulator:Accounts:Keys:0:Profile"] = "Paper";
        });

        var token = await sim.IssueTokenAsync("PAPER-KEY", "PAPER-SECRET");

        Assert.Equal((403, "EGW02004"), (token.Status, token["error_code"]));
        Assert.Equal("실전투자 도메인은 모의투자 앱키로 호출하실 수 없습니다.", token["error_description"]);
    }

    [Theory]
    [InlineData("Real", 18)]
    [InlineData("Paper", 1)]
    public async Task RateLimit_PerProfile_Egw00201OverTheLimitUntilTheWallSecondPasses(string profile, int limit)
    {
        await using var sim = await SimulatorFixture.StartAsync(s =>
        {
            s["Simulator:Profile"] = profile;
            s["Simulator:RateLimit:Enabled"] = "true";
        });
        var caller = await sim.CallerAsync();
        var other = await sim.NewCallerAsync();

        var granted = new List<KisResponse>();
        for (var i = 0; i < limit; i++)
        {
            granted.Add(await sim.PriceAsync(caller));
            sim.Wall.Advance(TimeSpan.FromMilliseconds(10));
        }

        var over = await sim.PriceAsync(caller);
        var otherKey = await sim.PriceAsync(other);
        // The first grant was at t0; the window is 1 s of wall time: at t0 + 999 ms still refused, at t0 + 1 s granted.
        sim.Wall.Advance(TimeSpan.FromMilliseconds(999 - (10 * limit)));
        var stillOver = await sim.PriceAsync(caller);
        sim.Wall.Advance(TimeSpan.FromMilliseconds(1));
        var again = await sim.PriceAsync(caller);

        Assert.NotEmpty(granted);
        Assert.All(granted, g => Assert.Equal((200, "0"), (g.Status, g.RtCd)));
        AssertRejected(over, "EGW00201", "초당 거래건수를 초과하였습니다.");
        AssertRejected(stillOver, "EGW00201", "초당 거래건수를 초과하였습니다.");
        Assert.Equal(200, otherKey.Status);
        Assert.Equal(200, again.Status);
        var metrics = await sim.ControlAsync(HttpMethod.Get, "/sim/metrics");
        Assert.Equal(2, metrics.Body.GetProperty("rest").GetProperty("rateLimited").GetInt64());
        Assert.Equal(2, metrics.Body.GetProperty("rest").GetProperty("rejections").GetProperty("EGW00201").GetInt64());
    }

    [Fact]
    public async Task RateLimit_ConfiguredValue_Applies()
    {
        await using var sim = await SimulatorFixture.StartAsync(s =>
        {
            s["Simulator:RateLimit:Enabled"] = "true";
            s["Simulator:RateLimit:RealPerWindow"] = "3";
        });
        var caller = await sim.CallerAsync();

        var answers = new List<KisResponse>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await sim.PriceAsync(caller));
        }

        Assert.Equal([200, 200, 200, 500], answers.Select(a => a.Status));
        Assert.Equal("EGW00201", answers[3].MsgCd);
    }

    [Fact]
    public async Task StrictMode_OnlyConfiguredKeys_WithTheirConfiguredAccount()
    {
        await using var sim = await SimulatorFixture.StartAsync(s =>
        {
            s["Simulator:Accounts:Strict"] = "true";
            s["Simulator:Accounts:Keys:0:AppKey"] = "MY-KEY";
            s["Simulator:Accounts:Keys:0:AppSecret"] = "MY-SECRET";
            s["Simulator:Accounts:Keys:0:Cano"] = "64001234";
            s["Simulator:Accounts:Keys:0:HtsId"] = "myhts";
            s["Simulator:Accounts:Keys:0:StartingCash"] = "5000000";
        });

        var unknown = await sim.IssueTokenAsync("ANY-KEY", "ANY-SECRET");
        var wrongSecret = await sim.IssueTokenAsync("MY-KEY", "NOT-MY-SECRET");
        var caller = await sim.CallerAsync("MY-KEY", "MY-SECRET");
        var balance = await sim.BalanceAsync(caller, "64001234");
        var account = await sim.ControlAsync(HttpMethod.Get, "/sim/accounts/MY-KEY");

        Assert.Equal((403, "EGW00103"), (unknown.Status, unknown["error_code"]));
        Assert.Equal((403, "EGW00105"), (wrongSecret.Status, wrongSecret["error_code"]));
        Assert.Equal(200, balance.Status);
        Assert.Equal("5000000", Assert.Single(balance.Body.GetProperty("output2").EnumerateArray()).S("dnca_tot_amt"));
        Assert.Equal(("64001234", "myhts"), (account["cano"], account["htsId"]));
    }

    [Fact]
    public async Task AnyKeyMode_AccountDerivedFromTheKey_SameOnEveryHost()
    {
        await using var first = await SimulatorFixture.StartAsync(s => s["Simulator:Accounts:StartingCash"] = "30000000");
        await using var second = await SimulatorFixture.StartAsync(_ => { });
        var caller = await first.CallerAsync("user-key-1", "user-secret-1");

        var a = await first.AccountAsync("user-key-1");
        var b = await second.AccountAsync("user-key-1");
        var balance = await first.BalanceAsync(caller, a.Cano);

        // README "Credentials": h = SHA-256(key); CANO = "6" (real) + (first 8 bytes of h, big-endian) mod 10^7 as 7 digits;
        // HTS ID = "sim" + the first 3 bytes of h in lower-case hex.
        var h = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("user-key-1"));
        var digits = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(h) % 10_000_000UL;
        Assert.Equal(a, b);
        Assert.Equal("6" + digits.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), a.Cano);
        Assert.Equal("sim" + Convert.ToHexStringLower(h.AsSpan(0, 3)), a.HtsId);
        Assert.Equal("30000000", Assert.Single(balance.Body.GetProperty("output2").EnumerateArray()).S("dnca_tot_amt"));
    }
}
