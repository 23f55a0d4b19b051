using KisTrader.GrainInterfaces;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
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
/// A one-silo TestCluster wired like the silo for sessions: grain state on ADO.NET/PostgreSQL with the rename-safe JSON
/// serializer (a restarted silo reads it back), the journal on the same migrated database, memory streams, and the
/// KIS client pointed at the in-process simulator.
/// </summary>
internal static class SessionCluster
{
    public const string ConnectionKey = "SessionTests:ConnectionString";

    public static async Task<TestCluster> DeployAsync(string connectionString, IReadOnlyDictionary<string, string?> clientSettings)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ClusterId = $"sessions-{Guid.NewGuid():N}";
        builder.Options.ServiceId = "kistrader-session-tests";
        builder.ConfigureHostConfiguration(c => c
            .AddInMemoryCollection(clientSettings)
            .AddInMemoryCollection([new(ConnectionKey, connectionString)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            var cs = configuration[ConnectionKey]!;
            siloBuilder.AddAdoNetGrainStorage(ProviderNames.GrainStorage, o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cs;
                o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
            });
            siloBuilder.AddMemoryGrainStorage(ProviderNames.PubSubStore);
            siloBuilder.AddMemoryStreams(ProviderNames.Streams);
            siloBuilder.Services.AddKisClient(configuration);
            siloBuilder.Services.AddKisMasterFiles(configuration);
            siloBuilder.Services.AddTradingSessions(configuration);
            siloBuilder.Services.AddSingleton(_ => NpgsqlDataSource.Create(cs));
            siloBuilder.Services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddMemoryStreams(ProviderNames.Streams);
    }
}
