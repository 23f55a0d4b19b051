using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Grains.Storage;
using KisTrader.Testing.PostgreSql;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Performance;

/// <summary>
/// The performance endpoints: 503 for a client front end without the cluster's database; with it (PostgreSQL), the
/// statistics, the equity curve and the attribution of two closed trades recorded in the journal (figures by hand).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PerformanceApiTests(WebClusterFixture fixture)
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/performance")]
    [InlineData("/api/performance/equity")]
    [InlineData("/api/performance/attribution")]
    public async Task Performance_ClientWithoutDatabase_503(string path)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(path, Ct);
        Assert.Contains("database", (await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_ClientWithoutDatabase_NotAvailable()
    {
        using var client = fixture.Client();
        var source = await client.GetFromJsonAsync<JsonElement>("/api/performance/source", Ct);
        Assert.False(source.GetProperty("available").GetBoolean());
        Assert.Contains("ConnectionStrings__KisTrader", source.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/performance?from=2026-11-24&to=2026-11-23", "from")]
    [InlineData("/api/performance?from=2025-01-01&to=2026-11-23", "from")]
    [InlineData("/api/performance/equity?to=2026-11-31", "to")]
    [InlineData("/api/performance/attribution?period=week", "period")]
    public async Task Performance_BadPeriod_400(string path, string field)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(path, Ct);
        _ = Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), field);
    }

    [Fact]
    public async Task Performance_JournalInPostgres_StatisticsEquityCurveAndAttribution()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("web_performance");
        await new DatabaseMigrator(db.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
        var trades = new PostgresTradeJournal(db.DataSource, NullLogger<PostgresTradeJournal>.Instance);
        await trades.RecordTradeAsync(Trade(new DateOnly(2026, 11, 16), "000660", 10_000m, 10_500m, ExitReason.TakeProfit), Ct);
        await trades.RecordTradeAsync(Trade(new DateOnly(2026, 11, 17), "035720", 20_000m, 19_400m, ExitReason.StopLoss), Ct);
        await using var factory = fixture.Create(s => s["ConnectionStrings:KisTrader"] = db.ConnectionString);
        using var client = fixture.Client(factory: factory);

        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/performance/source", Ct)).GetProperty("available").GetBoolean());
        var equity = await client.GetFromJsonAsync<JsonElement>("/api/performance/equity?from=2026-11-01&to=2026-11-23", Ct);
        var points = equity.GetProperty("points").EnumerateArray().ToArray();
        // 100 × (10,500 − 10,000) − 1,000 = 49,000; 50 × (19,400 − 20,000) − 1,000 = −31,000.
        Assert.Equal([49_000m, -31_000m], points.Select(p => p.GetProperty("netPnL").GetDecimal()));
        Assert.Equal([49_000m, 18_000m], points.Select(p => p.GetProperty("cumulative").GetDecimal()));
        Assert.Equal(18_000m, equity.GetProperty("total").GetDecimal());

        var report = await client.GetFromJsonAsync<JsonElement>("/api/performance?from=2026-11-01&to=2026-11-23", Ct);
        var overall = report.GetProperty("overall");
        Assert.Equal((2, 1, 1), (overall.GetProperty("trades").GetInt32(), overall.GetProperty("wins").GetInt32(), overall.GetProperty("losses").GetInt32()));
        Assert.Equal(18_000m, overall.GetProperty("totalNetPnL").GetDecimal());
        Assert.Equal(2, report.GetProperty("days").GetArrayLength());
        Assert.Equal(1, report.GetProperty("weeks").GetArrayLength());
        Assert.Equal(1, report.GetProperty("months").GetArrayLength());

        var attribution = await client.GetFromJsonAsync<JsonElement>("/api/performance/attribution?from=2026-11-01&to=2026-11-23", Ct);
        Assert.Equal(2, attribution.GetProperty("trades").GetInt32());
        Assert.Equal(JsonValueKind.Object, attribution.GetProperty("breakdown").GetProperty("attribution").ValueKind);
        Assert.Equal(2, attribution.GetProperty("breakdown").GetProperty("byExitRule").GetArrayLength());
    }

    /// <summary>A bought at 16:30 on the entry day, sold all at 10:00 the next day; 1,000 won of costs in all.</summary>
    private static TradeResultRecord Trade(DateOnly entry, string code, decimal buy, decimal sell, ExitReason reason)
    {
        var quantity = code == "000660" ? 100 : 50;
        var key = $"{entry:yyyy-MM-dd}/{code}";
        var buyAt = new DateTimeOffset(entry.ToDateTime(new TimeOnly(16, 30)), Kst);
        var sellAt = new DateTimeOffset(entry.AddDays(1).ToDateTime(new TimeOnly(10, 0)), Kst);
        var net = quantity * (sell - buy) - 1_000m;
        return new TradeResultRecord
        {
            PositionKey = key,
            EntryDate = entry,
            ExitDate = entry.AddDays(1),
            Symbol = code,
            AccountRef = "1234****-01",
            Day1Close = buy,
            Day2Open = sell,
            EntryCheckpoint = new TimeOnly(16, 30),
            Rank = 1,
            Score = 70m,
            Fills =
            [
                new TradeFillRecord($"{key}/B1", "b-1", OrderSide.Buy, quantity, buy, buyAt, null),
                new TradeFillRecord($"{key}/S1", "s-1", OrderSide.Sell, quantity, sell, sellAt, reason),
            ],
            BuyCommission = 200m,
            SellCommission = 200m,
            SellTax = 600m,
            NetPnL = net,
            NetReturn = net / (quantity * buy + 200m),
            OpenedAt = buyAt,
            ClosedAt = sellAt,
        };
    }
}
