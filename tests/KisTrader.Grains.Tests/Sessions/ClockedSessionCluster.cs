using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Scheduling;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>
/// A one-silo cluster on a test-set clock (<see cref="ManualClock"/>, read by the grains; Orleans' own areas on real
/// time) with everything durable in one PostgreSQL database: grain state on ADO.NET with the rename-safe JSON serializer
/// and the journal. Sessions, schedule (its start-up wake off: tests wake it), KIS cluster adapters and the KIS client
/// against the shared simulator. Stopping it and deploying another on the same database is a full cluster restart.
/// <para>
/// Own app key and token directory: the client dates its token on the test clock, so that token must not reach the
/// other tests of the shared simulator.
/// </para>
/// </summary>
internal static class ClockedSessionCluster
{
    public const string AppKey = "PSsession-commands-key-01";

    public static async Task<Dictionary<string, string?>> SettingsAsync(SimMarketFixture sim, string tokenDirectory)
    {
        var account = await sim.Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        return new Dictionary<string, string?>(sim.ClientSettings, StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = "session-commands-secret-01",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:Auth:TokenDirectory"] = tokenDirectory,
            ["KisTrader:Schedule:Enabled"] = "false",
        };
    }

    public static async Task<InProcessTestCluster> DeployAsync(string connectionString, IReadOnlyDictionary<string, string?> settings, TimeProvider clock)
    {
        var builder = new InProcessTestClusterBuilder(1);
        // Grain state rows are keyed by the service id: a restarted cluster must have the same one.
        builder.Options.ServiceId = "kistrader-session-commands";
        builder.Options.ClusterId = $"session-commands-{Guid.NewGuid():N}";
        builder.ConfigureSilo((_, silo) => silo
            .AddAdoNetGrainStorage(ProviderNames.GrainStorage, o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
            })
            .AddMemoryGrainStorage(ProviderNames.PubSubStore)
            .AddMemoryStreams(ProviderNames.Streams)
            .UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(settings);
            host.Services.AddSingleton(clock);
            host.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            host.Services.AddKisClient(host.Configuration);
            host.Services.AddKisMasterFiles(host.Configuration);
            host.Services.AddTradingSessions(host.Configuration);
            host.Services.AddScheduling(host.Configuration);
            host.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            host.Services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(ProviderNames.Streams));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
