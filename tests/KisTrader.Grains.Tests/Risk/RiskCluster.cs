using KisTrader.GrainInterfaces;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Storage;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Clusters;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>
/// A one-silo cluster wired for the risk gates against the in-process simulator: the KIS client of its own app key (so
/// its own simulator account), <c>AddRisk</c>, grain state on PostgreSQL (a restarted cluster with the same service id
/// finds the kill switch), in-memory journals the test reads (events, trades, alerts), a test clock at the simulator's
/// instant. Kill-switch calls reach the real position grains (positions on the simulator: Positions/PositionKillSwitchTests).
/// </summary>
public sealed class RiskCluster : IAsyncDisposable
{
    private RiskCluster(InProcessTestCluster cluster, InMemoryTradingJournal events, InMemoryTradeJournal trades, InMemoryRiskAlertJournal alerts)
    {
        Cluster = cluster;
        Events = events;
        Trades = trades;
        Alerts = alerts;
    }

    public InProcessTestCluster Cluster { get; }

    public InMemoryTradingJournal Events { get; }

    public InMemoryTradeJournal Trades { get; }

    public InMemoryRiskAlertJournal Alerts { get; }

    public IServiceProvider Services => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress);

    public static async Task<RiskCluster> DeployAsync(
        SimulatorHost sim, TestDatabase database, string appKey, string serviceId, TimeProvider clock, IReadOnlyDictionary<string, string?> risk,
        InMemoryTradeJournal? trades = null)
    {
        var settings = await TestSimulator.ClientSettingsAsync(sim, appKey, appKey + "-secret");
        settings["Kis:Auth:TokenDirectory"] = Path.Combine(Path.GetTempPath(), "risk-tokens-" + appKey);
        foreach (var (key, value) in risk)
        {
            settings[key] = value;
        }

        var events = new InMemoryTradingJournal(TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<InMemoryTradingJournal>.Instance);
        var tradeJournal = trades ?? new InMemoryTradeJournal();
        var alerts = new InMemoryRiskAlertJournal();
        var builder = new KisTraderCluster()
            .WithPostgresStorage(database.ConnectionString)
            .WithClock(clock)
            .WithSettings(settings)
            .ConfigureServices((configuration, s) =>
            {
                s.AddKisClient(configuration);
                s.AddRisk(configuration);
                s.AddSingleton<ITradingJournal>(events);
                s.AddSingleton<ITradeJournal>(tradeJournal);
                s.AddSingleton<IRiskAlertJournal>(alerts);
                s.AddSingleton<KisTrader.Grains.Storage.Positions.IPositionJournal>(new KisTrader.Grains.Storage.Positions.InMemoryPositionJournal());
                s.AddPositions(configuration);
            });
        builder.Options.ClusterId = $"risk-{Guid.NewGuid():N}";
        builder.Options.ServiceId = serviceId;
        return new RiskCluster(await builder.DeployAsync(), events, tradeJournal, alerts);
    }

    public IRiskGrain Risk(string accountKey) => Cluster.Client.GetGrain<IRiskGrain>(GrainKeys.Risk(accountKey));

    public async Task<IReadOnlyList<T>> PayloadsAsync<T>(string stream, string subject)
        where T : TradingEventPayload =>
        [.. (await Events.ReadEventsAsync(stream, subject)).Select(e => System.Text.Json.JsonSerializer.Deserialize<TradingEventPayload>(e.Event.PayloadJson, TradingEventPublisher.PayloadJson)).OfType<T>()];

    /// <summary>Waits until a journaled payload of <typeparamref name="T"/> matches, and returns it.</summary>
    public async Task<T> WaitForAsync<T>(string stream, string subject, Func<T, bool> match, string what)
        where T : TradingEventPayload
    {
        T? found = null;
        await Eventually.TrueAsync(async () => (found = (await PayloadsAsync<T>(stream, subject)).FirstOrDefault(match)) is not null, what);
        return found!;
    }

    public ValueTask DisposeAsync() => Cluster.DisposeAsync();
}
