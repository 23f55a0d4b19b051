using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Orders;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Realtime;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Clocks;
using KisTrader.Testing.Clusters;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace KisTrader.Benchmarks;

/// <summary>
/// tick-to-order's set-up: the in-process simulator (seed 42, clock paused) and one in-process silo (TestingHost, the
/// standard test silo: memory storage and streams, in-memory reminders) with the KIS client, the market-data grain,
/// the real order and position grains, in-memory journals and an allow-all order gate, on a <see cref="ManualClock"/>
/// moved together with the simulator's clock. <see cref="OpenAsync"/> buys the positions for real on Day 1 after hours.
/// </summary>
internal sealed class TickToOrderRig : IAsyncDisposable
{
    private const string AppKey = "PSbench-tick-to-order-01";

    private TickToOrderRig(SimulatorHost sim, InProcessTestCluster cluster, ManualClock clock, DateOnly entryDate)
    {
        Sim = sim;
        Cluster = cluster;
        Clock = clock;
        EntryDate = entryDate;
    }

    public SimulatorHost Sim { get; }

    public InProcessTestCluster Cluster { get; }

    public ManualClock Clock { get; }

    public DateOnly EntryDate { get; }

    public IServiceProvider Silo => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress);

    /// <summary>The silo's tick dispatcher: ticks are posted inside the silo, as its market-data pump does.</summary>
    public ITickDispatcher Dispatcher => Silo.GetRequiredService<ITickDispatcher>();

    public static async Task<TickToOrderRig> StartAsync(DateOnly entryDate, int listingsPerMarket, CancellationToken ct)
    {
        var start = KrxTime.At(entryDate, new TimeOnly(16, 5));
        var options = new SimulatorHostOptions();
        var s = options.Settings;
        s["Market:Seed"] = "42";
        s["Market:KospiListings"] = listingsPerMarket.ToString(CultureInfo.InvariantCulture);
        s["Market:KosdaqListings"] = listingsPerMarket.ToString(CultureInfo.InvariantCulture);
        s["Simulator:Profile"] = "Real";
        s["Simulator:Clock:Start"] = start.ToString("O", CultureInfo.InvariantCulture);
        s["Simulator:Clock:Paused"] = "true";
        s["Simulator:RateLimit:Enabled"] = "false";
        s["Simulator:Auth:ApprovalKeyInterval"] = "00:00:00";
        var sim = await SimulatorHost.StartAsync(options, null, ct);
        try
        {
            using var control = new HttpClient { BaseAddress = sim.BaseUrl };
            var account = await control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), ct);
            var config = new Dictionary<string, string?>
            {
                ["Kis:Environment"] = "Simulator",
                ["Kis:RestBaseUrl"] = sim.BaseUrl.ToString(),
                ["Kis:WebSocketBaseUrl"] = sim.WebSocketUrl.ToString(),
                ["Kis:AppKey"] = AppKey,
                ["Kis:AppSecret"] = "BENCH-SECRET-" + AppKey,
                ["Kis:AccountNumber"] = account.GetProperty("cano").GetString(),
                ["Kis:HtsId"] = account.GetProperty("htsId").GetString(),
                ["Kis:MasterFileBaseUrl"] = new Uri(sim.BaseUrl, "common/master/").ToString(),
                // The set-up buys hundreds of positions; the client's budget is raised so it does not take minutes.
                // Rate-limit waits happen inside PlaceCashOrderAsync, after the instant measured, and are reported apart.
                ["Kis:RateLimit:RequestsPerSecond"] = "100",
            };
            var clock = new ManualClock(start);
            var cluster = await new KisTraderCluster()
                .WithClock(clock)
                .WithSettings(config)
                .ConfigureServices((configuration, services) =>
                {
                    services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Error);
                    services.AddKisClient(configuration);
                    services.AddKisMasterFiles(configuration);
                    services.AddMarketData(configuration);
                    services.AddOrders(configuration);
                    services.AddPositions(configuration);
                    services.AddSingleton<ITradingJournal, InMemoryTradingJournal>();
                    services.AddSingleton<IPositionJournal, InMemoryPositionJournal>();
                    services.AddSingleton<ITradeJournal, InMemoryTradeJournal>();
                    services.AddSingleton<IOrderGate, AllowAllOrderGate>();
                })
                .DeployAsync();
            return new TickToOrderRig(sim, cluster, clock, entryDate);
        }
        catch
        {
            await sim.DisposeAsync();
            throw;
        }
    }

    /// <summary>Moves the simulator (market and order book) and the grains' clock to <paramref name="instant"/>.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        Sim.SimClock!.JumpTo(instant);
        Clock.Set(instant);
    }

    public IPositionGrain Position(string code) => Cluster.Client.GetGrain<IPositionGrain>(GrainKeys.Position(EntryDate, code));

    /// <summary>Ordinary listings priced 2,000–50,000 won at the close, first <paramref name="count"/> by code.</summary>
    public async Task<List<(string Code, decimal Close)>> ListingsAsync(int count, CancellationToken ct)
    {
        var master = Silo.GetRequiredService<IMasterFileSource>();
        var market = Silo.GetRequiredService<IKisMarketData>();
        var kospi = await master.GetAsync(KrxMarket.Kospi, ct);
        var kosdaq = await master.GetAsync(KrxMarket.Kosdaq, ct);
        var found = new List<(string, decimal)>();
        foreach (var i in kospi.Instruments.Concat(kosdaq.Instruments)
            .Where(i => i.GroupCode == "ST" && !i.IsHalted && GrainKeys.IsSymbol(i.Symbol)).OrderBy(i => i.Symbol, StringComparer.Ordinal))
        {
            var quote = await market.GetQuoteAsync(new SymbolQuery(i.Symbol), cancellationToken: ct);
            if (quote.Price is >= 2_000m and <= 50_000m)
            {
                found.Add((i.Symbol, quote.Price));
                if (found.Count == count)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Enters every listing (07 at the top of the after-hours band, ~150,000 won each), then moves both clocks through
    /// the 10-minute auctions until the positions are open (or 17:50). Returns the open positions' codes and average prices.
    /// </summary>
    public async Task<List<(string Code, decimal Average)>> OpenAsync(IReadOnlyList<(string Code, decimal Close)> listings, CancellationToken ct)
    {
        var trading = Silo.GetRequiredService<IKisTrading>();
        var accountKey = GrainKeys.Account(trading.Account.Cano, trading.Account.ProductCode);
        await Parallel.ForEachAsync(listings.Select((l, i) => (l.Code, l.Close, Rank: i + 1)), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (l, _) =>
        {
            var limit = PriceGrid.Default.RoundDown(l.Close * 1.09m);
            var quantity = Math.Max(1L, (long)(150_000m / l.Close));
            await Position(l.Code).EnterAsync(new PositionEntry(EntryDate, l.Code, accountKey, quantity, limit, l.Close, l.Close, new TimeOnly(16, 0), l.Rank, 50m));
        });

        var open = new List<(string, decimal)>();
        for (var at = new TimeOnly(16, 10, 1); at <= new TimeOnly(17, 50, 1); at = at.AddMinutes(10))
        {
            MoveTo(KrxTime.At(EntryDate, at));
            var waited = System.Diagnostics.Stopwatch.StartNew();
            do
            {
                await Task.Delay(500, ct);
                open.Clear();
                foreach (var l in listings)
                {
                    var v = await Position(l.Code).GetAsync();
                    if (v.Status == PositionStatus.Open && v.Quantity == v.Entry!.Quantity && v.AveragePrice > 0)
                    {
                        open.Add((l.Code, v.AveragePrice));
                    }
                }
            }
            while (open.Count < listings.Count && waited.Elapsed < TimeSpan.FromSeconds(10));

            // Some listings match no auction or above the limit: go on once nearly all are open.
            if (open.Count == listings.Count || (at >= new TimeOnly(16, 30) && open.Count >= listings.Count * 9 / 10))
            {
                break;
            }
        }

        return open;
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
