using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// Logs what the silo joined once it is up (it starts after the silo's own hosted service): cluster, clustering,
/// endpoints, storage, reminders, streams, database (password masked) and dashboard; warns loudly when state is not durable.
/// </summary>
internal sealed class SiloStartupReport(
    IOptions<SiloHostOptions> options,
    ILocalSiloDetails silo,
    IClusterMembershipService membership,
    SiloTradingWiring trading,
    ILogger<SiloStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var active = membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        Log.SiloJoined(logger, o.Cluster.ClusterId, o.Cluster.ServiceId, o.Mode, o.Cluster.Clustering, silo.SiloAddress.Endpoint, silo.GatewayAddress?.Endpoint, active);
        Log.SiloStorage(logger, o.EffectiveGrainStorage, o.EffectiveReminders, ProviderNames.Streams, o.DatabaseDisplay);
        if (o.EffectiveGrainStorage == StorageKind.Memory)
        {
            Log.MemoryStorageNotDurable(logger);
        }

        if (trading.JournalInMemory)
        {
            Log.JournalNotDurable(logger);
        }

        if (trading.RandomTokenKey)
        {
            Log.RandomTokenKey(logger);
        }

        if (o.Dashboard.Enabled)
        {
            Log.DashboardServed(logger, $"{o.Dashboard.Url.TrimEnd('/')}{SiloHostingExtensions.DashboardPath}");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
