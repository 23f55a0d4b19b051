using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace KisTrader.Testing.Clusters;

/// <summary>
/// The one builder of test clusters: an <see cref="InProcessTestCluster"/> with the project's standard silo
/// (orleans-notes §2, §4) — grain storage <see cref="ProviderNames.GrainStorage"/> and <see cref="ProviderNames.PubSubStore"/>
/// in memory, memory streams <see cref="ProviderNames.Streams"/> on silos and client, in-memory reminders — and, on request,
/// <list type="bullet">
/// <item>a test clock (<see cref="WithClock"/>) as the unkeyed <see cref="TimeProvider"/> (what grains inject, and the
/// <c>Grains</c> key: grain timers) with Orleans' background areas (membership, messaging, …) pinned to wall time, and
/// optionally the reminder service on it too;</item>
/// <item>grain state and reminders on PostgreSQL (<see cref="WithPostgresStorage"/>, <see cref="WithPostgresReminders"/>);</item>
/// <item>configuration keys and services for the silo host (<see cref="WithSettings"/>, <see cref="ConfigureServices"/>),
/// and any further silo set-up (<see cref="ConfigureSilo"/>).</item>
/// </list>
/// </summary>
public sealed class KisTraderCluster(short silos = 1)
{
    private readonly InProcessTestClusterBuilder _builder = new(silos);
    private readonly List<KeyValuePair<string, string?>> _settings = [];
    private readonly List<Action<ISiloBuilder>> _silo = [];
    private readonly List<Action<IConfiguration, IServiceCollection>> _services = [];
    private TimeProvider? _clock;
    private TimeProvider? _reminderClock;
    private string? _storage;
    private string? _reminders;

    /// <summary>Cluster and service ids (a restarted cluster that must find the first one's state keeps the service id).</summary>
    public InProcessTestClusterOptions Options => _builder.Options;

    /// <summary>Configuration keys of every silo host (later calls override earlier keys).</summary>
    public KisTraderCluster WithSettings(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        _settings.AddRange(settings);
        return this;
    }

    /// <summary>
    /// <paramref name="clock"/> for grains and grain timers; Orleans' background areas stay on wall time. With
    /// <paramref name="reminders"/> the reminder service runs on it as well (a reminder fires when the test advances it).
    /// </summary>
    public KisTraderCluster WithClock(TimeProvider clock, bool reminders = false)
    {
        _clock = clock;
        if (reminders)
        {
            _reminderClock = clock;
        }

        return this;
    }

    /// <summary>Only the reminder service on <paramref name="clock"/>; grains, timers and Orleans itself on wall time.</summary>
    public KisTraderCluster WithReminderClock(TimeProvider clock)
    {
        _reminderClock = clock;
        return this;
    }

    /// <summary>Grain state (<see cref="ProviderNames.GrainStorage"/>) on ADO.NET/PostgreSQL with the silo's rename-safe JSON serializer.</summary>
    public KisTraderCluster WithPostgresStorage(string connectionString)
    {
        _storage = connectionString;
        return this;
    }

    /// <summary>Durable reminders on ADO.NET/PostgreSQL (they outlive a silo) instead of in-memory ones.</summary>
    public KisTraderCluster WithPostgresReminders(string connectionString)
    {
        _reminders = connectionString;
        return this;
    }

    public KisTraderCluster ConfigureSilo(Action<ISiloBuilder> configure)
    {
        _silo.Add(configure);
        return this;
    }

    /// <summary>Services of every silo host, with the host's configuration (which holds <see cref="WithSettings"/>).</summary>
    public KisTraderCluster ConfigureServices(Action<IConfiguration, IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public InProcessTestCluster Build()
    {
        _builder.ConfigureSilo((_, silo) =>
        {
            if (_storage is { } storage)
            {
                silo.AddAdoNetGrainStorage(ProviderNames.GrainStorage, o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = storage;
                    o.GrainStorageSerializer = RenameSafeSerializer();
                });
            }
            else
            {
                silo.AddMemoryGrainStorage(ProviderNames.GrainStorage);
            }

            silo.AddMemoryGrainStorage(ProviderNames.PubSubStore).AddMemoryStreams(ProviderNames.Streams);
            if (_reminders is { } reminders)
            {
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = reminders;
                });
            }
            else
            {
                silo.UseInMemoryReminderService();
            }

            foreach (var configure in _silo)
            {
                configure(silo);
            }
        });
        _builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(_settings);
            if (_clock is not null)
            {
                host.Services.AddSingleton(_clock);
                host.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            }

            if (_reminderClock is not null)
            {
                host.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, _reminderClock);
            }

            foreach (var configure in _services)
            {
                configure(host.Configuration, host.Services);
            }
        });
        _builder.ConfigureClient(client => client.AddMemoryStreams(ProviderNames.Streams));
        return _builder.Build();
    }

    /// <summary>Builds and deploys the cluster (dispose it with <c>await using</c>).</summary>
    public async Task<InProcessTestCluster> DeployAsync()
    {
        var cluster = Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>The silo's grain-state serializer: System.Text.Json, so renamed types and members keep their state.</summary>
    public static SystemTextJsonGrainStorageSerializer RenameSafeSerializer() =>
        new(Microsoft.Extensions.Options.Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
}
