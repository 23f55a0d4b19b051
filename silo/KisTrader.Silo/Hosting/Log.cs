using System.Net;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Hosting;

/// <summary>The silo host's log messages (event ids 3000–3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Silo joined cluster {ClusterId} (service {ServiceId}) in {Mode} mode: clustering {Clustering}, silo endpoint {SiloEndpoint}, gateway {GatewayEndpoint}; {ActiveSilos} active silo(s)")]
    public static partial void SiloJoined(ILogger logger, string clusterId, string serviceId, TradingMode mode, ClusteringKind clustering, IPEndPoint siloEndpoint, IPEndPoint? gatewayEndpoint, int activeSilos);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Grain storage {GrainStorage}, reminders {Reminders}, memory streams '{StreamProvider}', database {Database}")]
    public static partial void SiloStorage(ILogger logger, StorageKind grainStorage, StorageKind reminders, string streamProvider, string database);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "GRAIN STATE IS IN MEMORY AND NOT DURABLE: sessions, schedule and positions are lost when the cluster stops. Allowed only in simulator mode without a database; set ConnectionStrings:KisTrader for durable storage")]
    public static partial void MemoryStorageNotDurable(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Orleans dashboard at {Url} (no authentication yet: keep it on a loopback address)")]
    public static partial void DashboardServed(ILogger logger, string url);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "THE TRADING JOURNAL IS IN MEMORY AND NOT DURABLE: screening runs and session changes are lost when the process stops (simulator mode without a database); set ConnectionStrings:KisTrader to keep them")]
    public static partial void JournalNotDurable(ILogger logger);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Kis:Cluster:EncryptionKey is not set: the stored KIS token is encrypted with a random key for this run (simulator mode only)")]
    public static partial void RandomTokenKey(ILogger logger);
}
