using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Simulator.Auth;
using KisTrader.Kis.Simulator.Tests.Infrastructure;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Tests.Auth;

/// <summary>POST /oauth2/Approval (kis-api.md §2.3) and /uapi/hashkey (§2.4).</summary>
public sealed class ApprovalAndHashKeyTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Approval_WithSecretKey_UuidShapedKeyResolvingToTheAccount()
    {
        var caller = await sim.NewCallerAsync();

        var key = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        var info = sim.Service<IApprovalKeyStore>().Resolve(key);
        var identity = sim.Service<IWsApprovalResolver>().Resolve(key);

        Assert.Equal(36, key.Length);
        Assert.True(Guid.TryParse(key, out _));
        Assert.NotNull(info);
        Assert.Equal(caller.AppKey, info.AppKey);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 15, 25, 0, TimeSpan.FromHours(9)), info.ExpiresAt);
        Assert.Equal(new WsClientIdentity(caller.AppKey, false), identity);
        Assert.Null(sim.Service<IApprovalKeyStore>().Resolve("00000000-0000-0000-0000-000000000000"));
    }

    [Fact]
    public async Task Approval_WithAppSecretInsteadOfSecretKey_403SecretMissing()
    {
        var body = JsonSerializer.Serialize(new { grant_type = "client_credentials", appkey = SimulatorFixture.AppKey, appsecret = SimulatorFixture.AppSecret });

        var refused = await sim.PostJsonAsync("/oauth2/Approval", body);

        Assert.Equal(403, refused.Status);
        Assert.Equal("EGW00104", refused["error_code"]);
    }

    [Fact]
    public async Task Approval_TwoCallsForOneKey_TwoDistinctValidKeys()
    {
        var caller = await sim.NewCallerAsync();
        var before = sim.Metrics.Snapshot().Auth.ApprovalKeysIssued;

        var first = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        var second = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);

        Assert.NotEqual(first, second);
        Assert.NotNull(sim.Service<IApprovalKeyStore>().Resolve(first));
        Assert.NotNull(sim.Service<IApprovalKeyStore>().Resolve(second));
        Assert.Equal(before + 2, sim.Metrics.Snapshot().Auth.ApprovalKeysIssued);
    }

    [Fact]
    public async Task Approval_SecondWithinOneWallSecond_403ThenAllowedAtOneSecond()
    {
        await using var own = await SimulatorFixture.StartAsync(s => s["Simulator:Auth:ApprovalKeyInterval"] = "00:00:01");

        await own.ApprovalKeyAsync();
        var refused = await own.PostJsonAsync("/oauth2/Approval", JsonSerializer.Serialize(new { grant_type = "client_credentials", appkey = SimulatorFixture.AppKey, secretkey = SimulatorFixture.AppSecret }));
        own.Wall.Advance(TimeSpan.FromMilliseconds(999));
        var at999 = await own.PostJsonAsync("/oauth2/Approval", JsonSerializer.Serialize(new { grant_type = "client_credentials", appkey = SimulatorFixture.AppKey, secretkey = SimulatorFixture.AppSecret }));
        own.Wall.Advance(TimeSpan.FromMilliseconds(1));
        var at1000 = await own.PostJsonAsync("/oauth2/Approval", JsonSerializer.Serialize(new { grant_type = "client_credentials", appkey = SimulatorFixture.AppKey, secretkey = SimulatorFixture.AppSecret }));

        Assert.Equal(403, refused.Status);
        Assert.Equal("EGW00133", refused["error_code"]);
        Assert.Equal(403, at999.Status);
        Assert.Equal(200, at1000.Status);
    }

    [Fact]
    public async Task HashKey_OrderBody_HashIsSha256HexOfTheBodyAndBodyIsEchoed()
    {
        const string Body = """{"CANO":"12345678","ACNT_PRDT_CD":"01","PDNO":"005930","ORD_DVSN":"00","ORD_QTY":"1","ORD_UNPR":"100000"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/uapi/hashkey") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("appkey", SimulatorFixture.AppKey);
        request.Headers.Add("appsecret", SimulatorFixture.AppSecret);

        var hashed = await sim.SendAsync(request);

        Assert.Equal(200, hashed.Status);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Body))), hashed["HASH"]);
        Assert.Equal(64, hashed["HASH"].Length);
        Assert.Equal("005930", hashed.Body.GetProperty("BODY").GetProperty("PDNO").GetString());
    }

    [Fact]
    public async Task HashKey_WrongSecret_EnvelopeEgw00105()
    {
        await sim.CallerAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/uapi/hashkey") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("appkey", SimulatorFixture.AppKey);
        request.Headers.Add("appsecret", "WRONG");

        var refused = await sim.SendAsync(request);

        Assert.Equal(500, refused.Status);
        Assert.Equal("1", refused.RtCd);
        Assert.Equal("EGW00105", refused.MsgCd);
    }
}
