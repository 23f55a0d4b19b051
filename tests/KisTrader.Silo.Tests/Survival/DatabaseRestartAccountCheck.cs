using KisTrader.GrainInterfaces;
using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Simulation;
using KisTrader.Survival;
using KisTrader.Trading.Options;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// The simulate command's closed-session check (<see cref="SimulationAccountCheck"/>: our net P&amp;L, fills, holdings
/// and printed §9 figures against the simulator's account) run by the test after a multi-process run (survival tests 3 and 4): our side read
/// from the run's database (the same journals and statistics a silo uses, with the default strategy options the silo
/// ran with), the broker's through the KIS client of the silo's key, the session's figures from its journaled
/// <see cref="SessionClosed"/>. Returns the printed line (it ends in AGREES or DIFFERS).
/// </summary>
internal static class DatabaseRestartAccountCheck
{
    public static async Task<string> RunAsync(SurvivalCluster cluster, string connectionString, SessionClosed closed, CancellationToken ct)
    {
        var now = await cluster.Simulator.NowAsync(ct);
        var strategy = new StrategyOptions();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<TimeProvider>(_ => new SimClock(now, 1m, paused: true));
        services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
        services.AddSingleton<ITradeJournal, PostgresTradeJournal>();
        services.AddSingleton<IDailyStatisticsStore, PostgresDailyStatisticsStore>();
        services.AddSingleton<IAfterHoursJournal, PostgresAfterHoursJournal>();
        services.AddTradingStatistics();
        await using var provider = services.BuildServiceProvider();
        using var output = new StringWriter();
        var check = new SimulationAccountCheck(
            await cluster.KisAsync(ct),
            provider.GetRequiredService<ITradeJournal>(),
            provider.GetRequiredService<TradingStatistics>(),
            strategy.Performance,
            new SimulationConsole(output),
            await cluster.Simulator.StartingCashAsync(cluster.AppKey, ct),
            provider.GetRequiredService<TimeProvider>());
        await check.CheckAsync(closed, ct);
        return output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Last(l => l.Contains(SimulationAccountCheck.Marker, StringComparison.Ordinal));
    }
}
