using KisTrader.Kis.Simulator.Tests.Infrastructure;
using KisTrader.Testing.Simulator;

namespace KisTrader.Kis.Simulator.Tests.Control;

/// <summary>GET /sim/auth/issued: what a secrets sweep of a multi-process run searches for (loopback callers only).</summary>
public sealed class IssuedSecretsEndpointTests
{
    [Fact]
    public async Task GetIssued_AfterTwoKeysTookTokensAndAnApprovalKey_ListsExactlyThose()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var before = await sim.ControlAsync(HttpMethod.Get, "/sim/auth/issued");
        var first = await sim.NewCallerAsync();
        var second = await sim.NewCallerAsync();
        var approval = await sim.ApprovalKeyAsync(first.AppKey, first.AppSecret);

        var issued = await sim.ControlAsync(HttpMethod.Get, "/sim/auth/issued");

        Assert.Equal(200, before.Status);
        Assert.Empty(before.Body.GetProperty("accessTokens").EnumerateArray());
        Assert.Empty(before.Body.GetProperty("approvalKeys").EnumerateArray());
        Assert.Equal(200, issued.Status);
        Assert.Equal(
            new[] { first.Token, second.Token }.Order(StringComparer.Ordinal),
            issued.Body.GetProperty("accessTokens").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal([approval], issued.Body.GetProperty("approvalKeys").EnumerateArray().Select(k => k.GetString()!));
    }

    [Fact]
    public async Task IssuedSecrets_InProcessAndOverTheEndpoint_ReadTheSameValues()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.NewCallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);

        var (tokens, approvalKeys) = await IssuedSecrets.FromProcessAsync(sim.BaseUrl, TestContext.Current.CancellationToken);

        Assert.Equal([caller.Token], tokens);
        Assert.Equal([approval], approvalKeys);
        Assert.Equal(tokens, IssuedSecrets.AccessTokens(sim.Host.Services));
        Assert.Equal(approvalKeys, IssuedSecrets.ApprovalKeys(sim.Host.Services));
    }
}
