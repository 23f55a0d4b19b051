using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Orleans;

/// <summary>
/// A one-silo TestCluster whose clustering, grain storage and reminders all use the ADO.NET providers on a migrated
/// test database, with fixed cluster and service ids so that a second cluster finds the first one's state.
/// </summary>
internal static class ClusterSetup
{
    public const string StorageName = "Default";
    public const string DeletingStorageName = "Deleting";
    public const string ServiceId = "kistrader-tests";
    public const string ConnectionKey = "KisTraderTests:ConnectionString";

    public static TestCluster Build(string connectionString, string clusterId)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ClusterId = clusterId;
        builder.Options.ServiceId = ServiceId;
        // The providers under test own membership; the test harness's in-memory table must stay out of the way.
        builder.Options.UseTestClusterMembership = false;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection([new(ConnectionKey, connectionString)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        return builder.Build();
    }

    private static SystemTextJsonGrainStorageSerializer RenameSafeSerializer() =>
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var cs = siloBuilder.Configuration[ConnectionKey]!;
            siloBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cs;
            });
            siloBuilder.AddAdoNetGrainStorage(StorageName, o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cs;
                o.GrainStorageSerializer = RenameSafeSerializer();
            });
            siloBuilder.AddAdoNetGrainStorage(DeletingStorageName, o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cs;
                o.GrainStorageSerializer = RenameSafeSerializer();
                o.DeleteStateOnClear = true;
            });
            siloBuilder.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cs;
            });
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = configuration[ConnectionKey]!;
            });
    }
}
