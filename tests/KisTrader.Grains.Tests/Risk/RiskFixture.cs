using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>
/// The simulator (paused at Mon 2026-11-23 10:00 KST, continuous session), a migrated database for grain state, a KIS
/// client of the fixture's own for looking listings up and trading "behind the cluster's back", and the listings the tests
/// use: <see cref="Cheap"/> and <see cref="Other"/> (2,000–20,000 won, trading) and <see cref="Halted"/> (거래정지).
/// </summary>
public sealed class RiskFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = TestSimulator.ContinuousSession;

    private readonly SemaphoreSlim _gatesLock = new(1, 1);
    private ServiceProvider? _client;
    private RiskCluster? _gates;

    public SimulatorHost Sim { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public StockQuote Cheap { get; private set; } = null!;

    public StockQuote Other { get; private set; } = null!;

    public StockQuote Halted { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync("risk");
        await new DatabaseMigrator(Database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        Sim = await TestSimulator.StartAsync(Now);
        var settings = await TestSimulator.ClientSettingsAsync(Sim, "PSrisk-fixture-0001", "risk-fixture-secret");
        settings["Kis:Auth:TokenDirectory"] = Directory.CreateTempSubdirectory("risk-fixture-").FullName;
        var services = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services.AddKisClient(configuration);
        services.AddKisMasterFiles(configuration);
        _client = services.BuildServiceProvider();

        var master = _client.GetRequiredService<IMasterFileSource>();
        var ct = TestContext.Current.CancellationToken;
        var listings = (await master.GetAsync(KrxMarket.Kospi, ct)).Instruments.Concat((await master.GetAsync(KrxMarket.Kosdaq, ct)).Instruments)
            .Where(i => i.GroupCode == "ST" && i.Symbol.Length == 6 && i.Symbol.All(char.IsAsciiDigit))
            .OrderBy(i => i.Symbol, StringComparer.Ordinal).ToList();
        var market = _client.GetRequiredService<IKisMarketData>();
        var cheap = new List<StockQuote>();
        foreach (var listing in listings.Where(i => !i.IsHalted))
        {
            var quote = await market.GetQuoteAsync(new SymbolQuery(listing.Symbol), cancellationToken: ct);
            if (!quote.IsHalted && quote.Price is >= 2_000m and < 20_000m && quote.BasePrice is >= 2_000m and < 14_000m)
            {
                cheap.Add(quote);
                if (cheap.Count == 2)
                {
                    break;
                }
            }
        }

        (Cheap, Other) = (cheap[0], cheap[1]);
        var halted = listings.First(i => i.IsHalted);
        Halted = await market.GetQuoteAsync(new SymbolQuery(halted.Symbol), cancellationToken: ct);
    }

    /// <summary>Gates: max position 150,000,000, max daily loss 100,000, no commission reserve, no reconciliation on activation.</summary>
    public const string GatesAppKey = "PSrisk-gates-0001";

    /// <summary>The cluster the gate tests share (created on first use): its account is only ever traded by those tests' gate checks.</summary>
    public async Task<RiskCluster> GatesAsync()
    {
        await _gatesLock.WaitAsync();
        try
        {
            return _gates ??= await RiskCluster.DeployAsync(Sim, Database, GatesAppKey, "risk-gates", new ManualClock(Now), new Dictionary<string, string?>
            {
                ["KisTrader:Risk:MaxPositionKrw"] = "150000000",
                ["KisTrader:Risk:MaxDailyLossKrw"] = "100000",
                ["KisTrader:Risk:CommissionReserveRate"] = "0",
                ["KisTrader:Risk:ReconcileOnActivation"] = "false",
            });
        }
        finally
        {
            _gatesLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_gates is not null)
        {
            await _gates.DisposeAsync();
        }

        _gatesLock.Dispose();
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (Sim is not null)
        {
            await Sim.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
