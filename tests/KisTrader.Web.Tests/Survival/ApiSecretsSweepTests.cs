using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Testing;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// Issue 12's survival test 7 for what the front end answers (the silo's logs, printed output and database rows are
/// swept by the silo tests' <c>SecretsSweepTests</c>): after an order reached the broker (an access token) and the
/// realtime feed connected (an approval key), no app key, app secret, access token, approval key or full account number
/// appears in the headers or body of any GET endpoint of the OpenAPI document (path parameters filled with the run's
/// symbol, order id and session date), of the filtered lists, /metrics, /health/live, /health/ready, the OpenAPI document
/// and reference page, the dashboard's files or the SignalR negotiate. The secrets are the run's own: the cluster's key,
/// secret and account, and every token and approval key the simulator issued (read from its stores).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ApiSecretsSweepTests(WebClusterFixture fixture)
{
    private const string Owner = "web-secrets-sweep";
    private const string Date = "2026-11-23";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiSweep_AfterOrdersAndTheRealtimeFeed_NoSecretInAnyAnswer()
    {
        var grains = fixture.Factory.Services.GetRequiredService<IGrainFactory>();
        var symbol = await Orders.SymbolAsync(fixture, 4);
        var orderId = $"sweep-{Guid.NewGuid():N}"[..20];
        var marketData = grains.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);
        await marketData.SubscribeAsync(symbol, MarketDataKinds.Trades, Owner, MarketDataPriority.WatchList);
        try
        {
            await grains.GetGrain<IOrderGrain>(orderId).PlaceAsync(Orders.Intent(fixture, orderId, symbol, OrderKind.Market, 1, null));
            var simulator = fixture.Simulation.Simulator.Services;
            await Eventually.TrueAsync(() => IssuedSecrets.AccessTokens(simulator).Count > 0 && IssuedSecrets.ApprovalKeys(simulator).Count > 0,
                "the simulator issued an access token and an approval key", TimeSpan.FromSeconds(120));

            var answers = await SweepAsync(symbol, orderId);
            var secrets = Secrets();

            Assert.Contains(secrets, s => s.Name == "access token");
            Assert.Contains(secrets, s => s.Name == "approval key");
            // The search reads what was answered: the run's order id is found where it belongs.
            Assert.Contains(answers, a => a.Body.Contains(orderId, StringComparison.Ordinal));
            var leaks = secrets.SelectMany(s => IssuedSecrets.Forms(s.Value).SelectMany(f => answers.Where(a => a.Contains(f)).Select(a => $"{s.Name} in the answer to {a.Request}")))
                .Distinct().ToList();
            Assert.True(leaks.Count == 0, string.Join('\n', leaks));
            TestContext.Current.SendDiagnosticMessage($"secrets sweep: {answers.Count} answers, {secrets.Count} secrets, no leak");
        }
        finally
        {
            await marketData.UnsubscribeAsync(symbol, MarketDataKinds.Trades, Owner);
        }
    }

    private async Task<List<ApiSweep.Answer>> SweepAsync(string symbol, string orderId)
    {
        // The front end told the traded account: the kill switch, positions and risk answer for it.
        using var client = fixture.Client(factory: fixture.AccountFactory);
        var sweep = new ApiSweep(client, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = Date, ["code"] = symbol, ["symbol"] = symbol, ["clientOrderId"] = orderId,
        });
        var openApi = await sweep.GetAsync("/openapi/v1.json");
        var operations = sweep.GetPaths(JsonDocument.Parse(openApi.Body).RootElement);
        // Every GET module of the API is in the document: an empty or partial read fails here, not as a clean sweep.
        Assert.True(operations.Count >= 20, $"{operations.Count} GET operations in the OpenAPI document: {string.Join(", ", operations)}");
        string[] more =
        [
            $"/api/orders?date={Date}&symbol={symbol}", $"/api/trades?date={Date}", $"/api/portfolio/positions?date={Date}",
            $"/api/portfolio/allocation?date={Date}", $"/api/events?after=0", "/metrics", "/health/live", "/health/ready", "/scalar/v1",
            "/", "/index.html", "/app.js", "/config.js", "/views.js", "/app.css", "/lib/signalr.min.js",
        ];
        var answers = new List<ApiSweep.Answer> { openApi };
        foreach (var path in operations.Concat(more))
        {
            answers.Add(await sweep.GetAsync(path));
        }

        answers.Add(await sweep.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "/hubs/trading/negotiate?negotiateVersion=1")));
        var ok = answers.Where(a => (int)a.Status is >= 200 and < 300).ToList();
        Assert.True(ok.Count >= 25, "answered: " + string.Join(", ", answers.Select(a => $"{a.Request} {(int)a.Status}")));
        Assert.Contains(ok, a => a.Request.EndsWith("/metrics", StringComparison.Ordinal));
        Assert.Contains(ok, a => a.Request.Contains("/negotiate", StringComparison.Ordinal));
        Assert.Contains(ok, a => a.Request.Contains($"/api/orders/{orderId}", StringComparison.Ordinal));
        return answers;
    }

    private List<(string Name, string Value)> Secrets()
    {
        var settings = fixture.Simulation.KisSettings;
        var simulator = fixture.Simulation.Simulator.Services;
        var secrets = new List<(string Name, string Value)>
        {
            ("app key", settings["Kis:AppKey"]!),
            ("app secret", settings["Kis:AppSecret"]!),
            ("account number", settings["Kis:AccountNumber"]!),
        };
        secrets.AddRange(IssuedSecrets.AccessTokens(simulator).Select(t => ("access token", t)));
        secrets.AddRange(IssuedSecrets.ApprovalKeys(simulator).Select(k => ("approval key", k)));
        Assert.All(secrets, s => Assert.True(s.Value.Length >= 8, $"{s.Name} is too short to search for"));
        return secrets;
    }
}
