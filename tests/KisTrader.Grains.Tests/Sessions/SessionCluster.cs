using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Testing.Clusters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>
/// A one-silo cluster wired like the silo for sessions: grain state on ADO.NET/PostgreSQL with the rename-safe JSON
/// serializer (a restarted silo reads it back), the journal on the same migrated database, memory streams, and the
/// KIS client pointed at the in-process simulator. With a clock the grains read a test clock (Orleans' own areas on
/// real time); the service id keeps a restarted cluster on the first one's state rows.
/// </summary>
internal static class SessionCluster
{
    public static Task<InProcessTestCluster> DeployAsync(
        string connectionString,
        IReadOnlyDictionary<string, string?> clientSettings,
        TimeProvider? clock = null,
        string serviceId = "kistrader-session-tests",
        Action<IConfiguration, IServiceCollection>? services = null)
    {
        var cluster = new KisTraderCluster()
            .WithPostgresStorage(connectionString)
            .WithSettings(clientSettings)
            .ConfigureServices((configuration, s) =>
            {
                s.AddKisClient(configuration);
                s.AddKisMasterFiles(configuration);
                s.AddTradingSessions(configuration);
                s.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
                s.AddSingleton<ITradingJournal, PostgresTradingJournal>();
                services?.Invoke(configuration, s);
            });
        cluster.Options.ClusterId = $"sessions-{Guid.NewGuid():N}";
        cluster.Options.ServiceId = serviceId;
        if (clock is not null)
        {
            cluster.WithClock(clock);
        }

        return cluster.DeployAsync();
    }
}
