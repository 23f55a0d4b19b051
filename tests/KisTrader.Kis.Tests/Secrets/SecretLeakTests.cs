using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using KisTrader.Kis.Transport;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Kis.Tests.Secrets;

/// <summary>No secret (app key, app secret, access token, approval key, full account number) reaches a log line or an exception.</summary>
public sealed class SecretLeakTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CapturedLogs_AndExceptions_ContainNoSecret()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, s => s["Kis:Auth:MinIssueInterval"] = "00:00:00");
        var failures = new List<Exception>();

        // Exercise every path that logs: issuance, calls, retries, invalidation, orders (accepted, rejected, unknown), errors.
        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        await sim.AddFaultAsync("""{"kind":"http500","count":1,"trIds":["FHKST01010100"]}""");
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        await sim.AddFaultAsync($$"""{"kind":"invalidateTokens","appKey":"{{client.AppKey}}"}""");
        await sim.ClockAsync("""{"advance":"00:01:01"}""");
        await client.Trading.GetBalanceAsync(new BalanceRequest(client.Trading.Account), cancellationToken: Ct);
        var accepted = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, 1, quote.Price), useHashKey: true, Ct);
        var rejected = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, 1, quote.Price + 1), cancellationToken: Ct);
        await sim.AddFaultAsync("""{"kind":"http500","count":1,"trIds":["TTTC0012U"]}""");
        var unknown = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, 1, quote.Price), cancellationToken: Ct);
        failures.AddRange(new[] { rejected.Failure, unknown.Failure }.OfType<Exception>());
        failures.Add(await Assert.ThrowsAsync<KisApiException>(() => client.Trading.GetBalanceAsync(new BalanceRequest(new KisAccount("12345678", "01")), cancellationToken: Ct)));
        var approvalKey = await client.Services.GetRequiredService<IApprovalKeySource>().GetApprovalKeyAsync(Ct);
        var token = await client.Connections.Trading.Tokens.GetAsync(Ct);

        Assert.Equal(OrderOutcome.Accepted, accepted.Outcome);
        Assert.Equal(OrderOutcome.Unknown, unknown.Outcome);
        var text = client.Logs.AllText + "\n" + string.Join("\n", failures.Select(f => f.ToString())) + "\n" + client.Connections.Options;
        Assert.True(client.Logs.Lines.Count > 20, $"only {client.Logs.Lines.Count} log lines were captured");
        Assert.Contains(client.Logs.Lines, l => l.Contains("[4001]", StringComparison.Ordinal));
        foreach (var secret in new[] { client.AppKey, client.AppSecret, token, approvalKey, client.Cano })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
