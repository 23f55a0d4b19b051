using KisTrader.Grains.AfterHours;
using System.Net;
using System.Net.Sockets;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Orders;
using KisTrader.Grains.Realtime;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Silo.Configuration;
using KisTrader.Trading.Options;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The silo's composition: <c>builder.AddKisTraderSilo()</c> turns any host (the silo console, or the web project's
/// co-hosted silo) into a KisTrader silo configured from <see cref="SiloHostOptions"/>.
/// </summary>
public static class SiloHostingExtensions
{
    /// <summary>The ADO.NET invariant the Orleans providers use for PostgreSQL.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>Where the Orleans dashboard is served.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>
    /// Loads and validates <see cref="SiloHostOptions"/> from the builder's configuration and adds the Orleans silo:
    /// clustering (Localhost or AdoNet), grain storage (<see cref="ProviderNames.GrainStorage"/>) and the stream pub-sub
    /// store (<see cref="ProviderNames.PubSubStore"/>), reminders, memory streams (<see cref="ProviderNames.Streams"/>),
    /// the dashboard's grains when enabled, an <see cref="NpgsqlDataSource"/> when a database is configured, the
    /// migrations before the silo starts (<see cref="SiloStorageOptions.MigrateOnStart"/>), and a start-up report of
    /// what the silo joined. Serving the dashboard is the web host's job: <see cref="MapKisTraderDashboard"/>.
    /// </summary>
    /// <param name="builder">The host builder (console or web).</param>
    /// <param name="configureSilo">Further silo configuration (grains' own providers, tests' placement directors).</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="OptionsValidationException">A setting is invalid; the failures name each one.</exception>
    public static SiloHostOptions AddKisTraderSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configureSilo = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = SiloHostOptions.Load(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        AddTrading(builder, options);
        // Before the silo's hosted service (UseOrleans below): the silo starts on the simulator's time.
        var followed = options.Clock.Source == ClockSource.Simulator
            ? Simulation.SimulatorClockFollower.Register(builder.Services, builder.Configuration, options.Clock)
            : null;
        if (options.HasDatabase)
        {
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString!));
            if (options.Storage.MigrateOnStart)
            {
                // Hosted services start one after another in registration order: this one must finish before the
                // silo's (added by UseOrleans below) opens the membership table.
                builder.Services.AddHostedService<DatabaseMigrationService>();
            }
        }

        builder.UseOrleans(silo =>
        {
            ConfigureCluster(silo, options);
            ClusterTls.Apply(silo, builder.Configuration);
            ConfigureStorage(silo, options);
            silo.AddKisTraderMemoryStreams(ProviderNames.Streams);
            // Trace context through grain calls (front end → grain → KIS call); spans only while a listener samples them.
            silo.AddActivityPropagation();
            if (options.Dashboard.Enabled)
            {
                silo.AddDashboard();
            }

            configureSilo?.Invoke(silo);
        });
        builder.Services.AddHostedService<SiloStartupReport>();
        if (followed is not null)
        {
            // After every other registration: it replaces the unkeyed clock they added (docs/simulated-time.md).
            Simulation.SimulatedClockRegistration.UseSimulatedClock(builder.Services, followed, holds: false);
        }

        return options;
    }

    // The trading grains and what they need: the KIS client on the cluster's token grain and REST budget grain, the
    // trading sessions with their screening funnel, the KRX schedule, and the journal.
    private static void AddTrading(IHostApplicationBuilder builder, SiloHostOptions options)
    {
        var configuration = builder.Configuration;
        var defaults = KisWiring.Defaults(configuration, options.Mode, out var randomTokenKey);
        if (defaults.Count > 0)
        {
            // Under everything configured: these only fill settings that are unset.
            ((IConfigurationBuilder)configuration).Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = defaults });
        }

        StrategyOptions strategy;
        try
        {
            strategy = StrategyConfiguration.Load(configuration);
        }
        catch (InvalidOptionsException e)
        {
            throw new OptionsValidationException(StrategyOptions.Section, typeof(StrategyOptions), e.Errors);
        }

        var services = builder.Services;
        services.AddSingleton(new SiloTradingWiring(randomTokenKey, JournalInMemory: !options.HasDatabase));
        services.AddSingleton(strategy);

        // Registrations made before AddKisClient win there: the cluster's token store and permit source.
        services.AddKisCluster(configuration);
        services.AddKisClient(configuration);

        // The funnel takes the strategy registered above (the silo's checked binder), not a plain bind of the section.
        services.AddTradingSessions(configuration);
        services.AddScheduling(configuration);

        // The market-data grain (the cluster's one KIS WebSocket session) and the symbol grains fed by its streams.
        services.AddMarketData(configuration);

        // Statistics from the journals (strategy.md §9): TradingStatistics.RecordSessionClosedAsync writes daily_statistics.
        services.AddTradingStatistics();
        // The positions (Day-1 buy to Day-2 exit); their journal below.
        services.AddPositions(configuration);
        // Orders (one grain per client order id) and each account's order book on the fills stream.
        services.AddOrders(configuration);
        // The risk gates every order passes, the kill switch and the reconciliation.
        services.AddRisk(configuration);

        if (options.HasDatabase)
        {
            services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
            services.AddSingleton<ITradeJournal, PostgresTradeJournal>();
            services.AddSingleton<IDailyStatisticsStore, PostgresDailyStatisticsStore>();
            services.AddSingleton<IPositionJournal, PostgresPositionJournal>();
            services.AddSingleton<IOrderJournal, PostgresOrderJournal>();
            services.AddSingleton<IRiskAlertJournal, PostgresRiskAlertJournal>();
            services.AddSingleton<KisTrader.Grains.Storage.AfterHours.IAfterHoursJournal, KisTrader.Grains.Storage.AfterHours.PostgresAfterHoursJournal>();
        }
        else
        {
            // Only in simulator mode (paper and real refuse to start without a database); the start-up report warns.
            services.AddSingleton<ITradingJournal, InMemoryTradingJournal>();
            services.AddSingleton<ITradeJournal, InMemoryTradeJournal>();
            services.AddSingleton<IDailyStatisticsStore, InMemoryDailyStatisticsStore>();
            services.AddSingleton<IPositionJournal, InMemoryPositionJournal>();
            services.AddSingleton<IRiskAlertJournal, InMemoryRiskAlertJournal>();
        }

        // The after-hours board (after the journal choice: it keeps a registered after-hours journal).
        services.AddAfterHours(configuration);
    }

    /// <summary>Serves the Orleans dashboard at <see cref="DashboardPath"/> when <see cref="SiloDashboardOptions.Enabled"/> is set.</summary>
    /// <returns>The dashboard's route group (to add authorization), or null when the dashboard is disabled.</returns>
    public static RouteGroupBuilder? MapKisTraderDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SiloHostOptions>>().Value;
        return options.Dashboard.Enabled ? endpoints.MapOrleansDashboard(routePrefix: DashboardPath) : null;
    }

    private static void ConfigureCluster(ISiloBuilder silo, SiloHostOptions options)
    {
        var cluster = options.Cluster;
        if (cluster.Clustering == ClusteringKind.Localhost)
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, primarySiloEndpoint: null, cluster.ServiceId, cluster.ClusterId);
            return;
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        // Failure detection: how soon a killed silo is declared dead (README "Running a cluster", fail-over).
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(cluster.ProbeTimeoutSeconds);
            o.NumMissedProbesLimit = cluster.MissedProbesLimit;
        });
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = AdoNetInvariant;
            o.ConnectionString = options.ConnectionString;
        });
        if (string.IsNullOrWhiteSpace(cluster.AdvertisedAddress))
        {
            silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort, AddressFamily.InterNetwork, cluster.ListenOnAnyAddress);
        }
        else if (IPAddress.TryParse(cluster.AdvertisedAddress, out var address))
        {
            silo.ConfigureEndpoints(address, cluster.SiloPort, cluster.GatewayPort, cluster.ListenOnAnyAddress);
        }
        else
        {
            silo.ConfigureEndpoints(cluster.AdvertisedAddress, cluster.SiloPort, cluster.GatewayPort, AddressFamily.InterNetwork, cluster.ListenOnAnyAddress);
        }
    }

    private static void ConfigureStorage(ISiloBuilder silo, SiloHostOptions options)
    {
        // Grain state as plain JSON without assembly-qualified type names (the default serializer writes them), so that
        // renaming a state class keeps its stored rows readable; this registration also brings Orleans' converters
        // (grain ids, grain references, stream ids) that a hand-made serializer instance would lack.
        silo.UseSystemTextJsonGrainStorageSerializer();
        foreach (var name in new[] { ProviderNames.GrainStorage, ProviderNames.PubSubStore })
        {
            if (options.EffectiveGrainStorage == StorageKind.AdoNet)
            {
                var pubSub = name == ProviderNames.PubSubStore;
                silo.AddAdoNetGrainStorage(name, (Microsoft.Extensions.Options.OptionsBuilder<AdoNetGrainStorageOptions> o) => o.Configure<IServiceProvider>((a, services) =>
                {
                    a.Invariant = AdoNetInvariant;
                    a.ConnectionString = options.ConnectionString;
                    if (pubSub)
                    {
                        // Orleans' own state: its own serializer (PubSubStorageSerializer says why).
                        a.GrainStorageSerializer = new PubSubStorageSerializer(
                            services.GetRequiredService<Orleans.Serialization.Serializer>(), services.GetRequiredService<Orleans.Storage.IGrainStorageSerializer>());
                    }
                }));
            }
            else
            {
                silo.AddMemoryGrainStorage(name);
            }
        }

        if (options.EffectiveReminders == StorageKind.AdoNet)
        {
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = AdoNetInvariant;
                o.ConnectionString = options.ConnectionString;
            });
        }
        else
        {
            silo.UseInMemoryReminderService();
        }
    }
}
