using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Auth;

/// <summary>
/// POST /oauth2/tokenP and revokeP (kis-api.md §2.1–§2.2) on the simulated clock. Each test runs on its own host: token
/// rules depend on the clock, which only moves forward.
/// </summary>
public sealed class TokenTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task TokenP_FirstCall_BearerTokenFor24HoursWithKstExpiry()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var token = await sim.IssueTokenAsync();

        Assert.Equal(200, token.Status);
        Assert.Equal(["access_token", "access_token_token_expired", "token_type", "expires_in"], token.Body.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("eyJ", token["access_token"], StringComparison.Ordinal);
        Assert.Equal(3, token["access_token"].Split('.').Length);
        Assert.Equal("Bearer", token["token_type"]);
        // 24 h = 86,400 s, a JSON number; 2026-11-23 15:25:00 + 24 h = 2026-11-24 15:25:00 KST.
        Assert.Equal(JsonValueKind.Number, token.Body.GetProperty("expires_in").ValueKind);
        Assert.Equal(86_400, token.Body.GetProperty("expires_in").GetInt64());
        Assert.Equal("2026-11-24 15:25:00", token["access_token_token_expired"]);
        Assert.Equal(1, sim.Metrics.Snapshot().Auth.TokensIssued);
    }

    [Fact]
    public async Task TokenP_AgainJustBeforeSixHours_SameTokenWithRemainingLifetime()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var first = await sim.IssueTokenAsync();

        sim.Clock.Advance(TimeSpan.FromHours(6) - Second);
        var again = await sim.IssueTokenAsync();

        Assert.Equal(200, again.Status);
        Assert.Equal(first["access_token"], again["access_token"]);
        Assert.Equal("2026-11-24 15:25:00", again["access_token_token_expired"]);
        // 86,400 − (6 h − 1 s = 21,599 s) = 64,801 s left.
        Assert.Equal(64_801, again.Body.GetProperty("expires_in").GetInt64());
        var metrics = sim.Metrics.Snapshot().Auth;
        Assert.Equal(1, metrics.TokensIssued);
        Assert.Equal(1, metrics.TokensReused);
    }

    [Fact]
    public async Task TokenP_AtSixHours_NewTokenAndTheOldOneStillWorks()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var first = await sim.IssueTokenAsync();

        sim.Clock.Advance(TimeSpan.FromHours(6));
        var renewed = await sim.IssueTokenAsync();
        var withOld = await sim.PriceAsync(new KisCaller(SimulatorFixture.AppKey, SimulatorFixture.AppSecret, first["access_token"]));
        var withNew = await sim.PriceAsync(new KisCaller(SimulatorFixture.AppKey, SimulatorFixture.AppSecret, renewed["access_token"]));

        Assert.Equal(200, renewed.Status);
        Assert.NotEqual(first["access_token"], renewed["access_token"]);
        // Issued 21:25:00, so it expires 2026-11-24 21:25:00 with a full 86,400 s.
        Assert.Equal("2026-11-24 21:25:00", renewed["access_token_token_expired"]);
        Assert.Equal(86_400, renewed.Body.GetProperty("expires_in").GetInt64());
        Assert.Equal(200, withOld.Status);
        Assert.Equal(200, withNew.Status);
    }

    [Fact]
    public async Task TokenP_SecondCallWithinOneMinute_403Egw00133UntilTheMinuteIsOver()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var first = await sim.IssueTokenAsync();

        var immediately = await sim.IssueTokenAsync();
        sim.Clock.Advance(TimeSpan.FromSeconds(59));
        var at59 = await sim.IssueTokenAsync();
        sim.Clock.Advance(Second);
        var at60 = await sim.IssueTokenAsync();
        var afterAt60 = await sim.IssueTokenAsync();

        foreach (var refused in new[] { immediately, at59, afterAt60 })
        {
            Assert.Equal(403, refused.Status);
            Assert.Equal(["error_description", "error_code"], refused.Body.EnumerateObject().Select(p => p.Name));
            Assert.Equal("EGW00133", refused["error_code"]);
            Assert.Equal("접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)", refused["error_description"]);
        }

        // Refusals do not restart the minute: 60 s after the first answer it is granted (the same token, < 6 h).
        Assert.Equal(200, at60.Status);
        Assert.Equal(first["access_token"], at60["access_token"]);
        Assert.Equal(3, sim.Metrics.Snapshot().Auth.Rejections["EGW00133"]);
    }

    [Fact]
    public async Task TokenP_OneMinuteRuleIsPerAppKey()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var a = await sim.IssueTokenAsync("KEY-A", "SECRET-A");
        var b = await sim.IssueTokenAsync("KEY-B", "SECRET-B");

        Assert.Equal(200, a.Status);
        Assert.Equal(200, b.Status);
        Assert.NotEqual(a["access_token"], b["access_token"]);
    }

    [Fact]
    public async Task Token_ExpiresOnTheSimulatedClock_Egw00123AtExactly24Hours()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();

        sim.Clock.Advance(TimeSpan.FromHours(24) - Second);
        var lastSecond = await sim.PriceAsync(caller);
        sim.Clock.Advance(Second);
        var expired = await sim.PriceAsync(caller);

        Assert.Equal(200, lastSecond.Status);
        Assert.Equal(500, expired.Status);
        Assert.Equal("1", expired.RtCd);
        Assert.Equal("EGW00123", expired.MsgCd);
        Assert.Equal("기간이 만료된 token 입니다.", expired["msg1"]);
    }

    [Fact]
    public async Task RevokeP_ValidToken_CodeIsANumberAndTheTokenIsThenInvalid()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var body = JsonSerializer.Serialize(new { appkey = caller.AppKey, appsecret = caller.AppSecret, token = caller.Token });

        var revoked = await sim.PostJsonAsync("/oauth2/revokeP", body);
        var call = await sim.PriceAsync(caller);
        var again = await sim.PostJsonAsync("/oauth2/revokeP", body);

        Assert.Equal(200, revoked.Status);
        Assert.Equal(JsonValueKind.Number, revoked.Body.GetProperty("code").ValueKind);
        Assert.Equal(200, revoked.Body.GetProperty("code").GetInt32());
        Assert.Equal("접근토큰 폐기에 성공하였습니다", revoked["message"]);
        Assert.Equal(500, call.Status);
        Assert.Equal("EGW00121", call.MsgCd);
        Assert.Equal("유효하지 않은 token 입니다.", call["msg1"]);
        Assert.Equal(403, again.Status);
        Assert.Equal("EGW00121", again["error_code"]);
        Assert.Equal(1, sim.Metrics.Snapshot().Auth.TokensRevoked);
    }

    [Fact]
    public async Task TokenP_AfterRevoke_NewTokenOnceTheMinuteHasPassed()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        await sim.PostJsonAsync("/oauth2/revokeP", JsonSerializer.Serialize(new { appkey = caller.AppKey, appsecret = caller.AppSecret, token = caller.Token }));

        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        var renewed = await sim.IssueTokenAsync();

        Assert.Equal(200, renewed.Status);
        Assert.NotEqual(caller.Token, renewed["access_token"]);
    }

    [Theory]
    [InlineData("""{"grant_type":"client_credentials","appkey":"SIM-APP-KEY","appsecret":"OTHER"}""", "EGW00105", "유효하지 않은 AppSecret입니다.")]
    [InlineData("""{"grant_type":"client_credentials","appsecret":"SIM-APP-SECRET"}""", "EGW00102", "AppKey는 필수입니다.")]
    [InlineData("""{"grant_type":"client_credentials","appkey":"SIM-APP-KEY"}""", "EGW00104", "AppSecret은 필수입니다.")]
    [InlineData("""{"appkey":"SIM-APP-KEY","appsecret":"SIM-APP-SECRET"}""", "EGW00115", "grant_type은 필수입니다.")]
    [InlineData("""{"grant_type":"password","appkey":"SIM-APP-KEY","appsecret":"SIM-APP-SECRET"}""", "EGW00112", "유효하지 않은 grant_type 입니다.")]
    [InlineData("""grant_type=client_credentials""", "EGW00101", "유효하지 않은 요청입니다.")]
    public async Task TokenP_BadRequest_403WithErrorCode(string body, string code, string description)
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        await sim.CallerAsync(); // binds SIM-APP-KEY to SIM-APP-SECRET

        var refused = await sim.PostJsonAsync("/oauth2/tokenP", body);

        Assert.Equal(403, refused.Status);
        Assert.Equal(code, refused["error_code"]);
        Assert.Equal(description, refused["error_description"]);
    }
}
