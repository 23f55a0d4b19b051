using System.Text.Json.Serialization;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Hosting;
using KisTrader.Silo.Simulation;
using KisTrader.Web.Clock;
using KisTrader.Web.Health;
using KisTrader.Web.Hubs;
using KisTrader.Web.Performance;
using KisTrader.Web.Portfolio;
using KisTrader.Silo.Configuration;
using KisTrader.Trading.Options;
using KisTrader.Web.Relay;
using KisTrader.Web.Notifications;
using KisTrader.Web.Security;
using KisTrader.Web.Telemetry;
using KisTrader.Web.WhatIf;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Npgsql;
using Orleans.Configuration;

namespace KisTrader.Web.Hosting;

/// <summary>
/// The front end's composition. <see cref="AddKisTraderFrontEndAsync"/>: in the one-process mode (default) the
/// simulator, the simulated clock and a co-hosted silo built by the silo project's own hosting
/// (<see cref="SimulationEnvironment.AddSilo"/>: in-memory storage, PostgreSQL when <c>ConnectionStrings:KisTrader</c> is
/// set); in client mode an Orleans client of the cluster. Then the API's services: keys, auth, rate limit, CORS,
/// problem details, OpenAPI, health.
/// </summary>
public static class WebHostingExtensions
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid.</exception>
    public static async Task<WebHostOptions> AddKisTraderFrontEndAsync(this WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = WebHostOptions.Load(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        var connectionString = builder.Configuration.GetConnectionString(SiloHostOptions.ConnectionStringName);
        var database = !string.IsNullOrWhiteSpace(connectionString);
        var appKey = builder.Configuration["Kis:AppKey"];
        Kis.Simulator.Clock.SimClock? followed = null;
        if (options.Mode == FrontEndMode.OneProcess)
        {
            var environment = await SimulationEnvironment.StartAsync(builder.Configuration, cancellationToken);
            services.AddSingleton(environment);
            services.AddHostedService<SimulationLifetime>();
            var silo = environment.AddSilo(builder);
            services.AddSingleton<IClockControl>(new SimClockControl(environment.Clock));
            services.AddSingleton(FillAccounts.From(builder.Configuration, environment.KisSettings, options.FillAccounts));
            services.AddSingleton(TradingAccount.From(builder.Configuration, environment.KisSettings));
            services.AddSingleton(new FrontEndInfo(
                FrontEndMode.OneProcess,
                $"a co-hosted silo (cluster {silo.Cluster.ClusterId}, silo port {silo.Cluster.SiloPort}, gateway port {silo.Cluster.GatewayPort}) with the in-process KIS simulator at {environment.Simulator.BaseUrl}",
                silo.HasDatabase ? $"PostgreSQL {silo.DatabaseDisplay} (migrated at start)" : "in memory (not durable; set ConnectionStrings__KisTrader for PostgreSQL)",
                environment.Simulator.BaseUrl,
                GrainKeys.KisKeyId(environment.KisSettings["Kis:AppKey"]!)));
        }
        else
        {
            if (options.Client.Clustering == ClientClustering.AdoNet && !database)
            {
                throw new Microsoft.Extensions.Options.OptionsValidationException(WebHostOptions.Section, typeof(WebHostOptions),
                    [$"{WebHostOptions.Section}:Client:Clustering is AdoNet: set {SiloHostOptions.ConnectionStringKey} (environment variable ConnectionStrings__KisTrader) to the cluster's database"]);
            }

            // KisTrader:Clock:Source=Simulator: the cluster's simulated clock, followed before the client starts.
            followed = FrontEndClock.Follow(builder, options);
            AddClient(builder, options.Client, connectionString);
            services.AddSingleton(FillAccounts.From(builder.Configuration, null, options.FillAccounts));
            services.AddSingleton(TradingAccount.From(builder.Configuration, null));
            if (database)
            {
                services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString!));
            }

            services.AddSingleton(sp => FrontEndClock.Control(sp, options, followed));
            services.AddSingleton(new FrontEndInfo(
                FrontEndMode.Client,
                options.Client.Clustering == ClientClustering.AdoNet
                    ? $"an Orleans client of cluster {options.Client.ClusterId} (membership in PostgreSQL {ConnectionStrings.Mask(connectionString!)})"
                    : $"an Orleans client of the silo at 127.0.0.1:{options.Client.GatewayPort} (cluster {options.Client.ClusterId})",
                database ? $"the cluster's; keys in PostgreSQL {ConnectionStrings.Mask(connectionString!)}" : "the cluster's; keys in memory",
                options.SimulatorUrl,
                string.IsNullOrWhiteSpace(appKey) ? null : GrainKeys.KisKeyId(appKey)));
        }

        AddApi(builder, options, database);
        FrontEndClock.Use(services, followed);
        return options;
    }

    private static void AddClient(WebApplicationBuilder builder, WebClientOptions client, string? connectionString)
    {
        // The relays subscribe again when the client gets a gateway back after losing them all (a silo restart).
        var reconnects = new ClusterReconnects();
        builder.Services.AddSingleton(reconnects);
        builder.UseOrleansClient(c =>
        {
            c.AddGatewayCountChangedHandler((_, e) =>
            {
                if (e.ConnectionRecovered)
                {
                    reconnects.Recovered();
                }
            });
            // The relays' streams: the same memory-stream provider (name) as every silo.
            c.AddMemoryStreams(ProviderNames.Streams);
            c.AddActivityPropagation();
            // Orleans TLS to the gateways when KisTrader:Tls is configured (the silos' own setting).
            ClusterTls.Apply(c, builder.Configuration);
            if (client.Clustering == ClientClustering.Localhost)
            {
                c.UseLocalhostClustering(client.GatewayPort, client.ServiceId, client.ClusterId);
                return;
            }

            c.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = client.ClusterId;
                o.ServiceId = client.ServiceId;
            });
            c.UseAdoNetClustering(o =>
            {
                o.Invariant = SiloHostingExtensions.AdoNetInvariant;
                o.ConnectionString = connectionString;
            });
        });
    }

    private static void AddApi(WebApplicationBuilder builder, WebHostOptions options, bool database)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        // The dashboard's files (wwwroot) in every environment when run from the build output (`dotnet run`, the
        // tests): the build's static-web-assets manifest points at them; a published app has them in wwwroot anyway.
        builder.WebHost.UseStaticWebAssets();
        services.Configure<KestrelServerOptions>(k => k.AddServerHeader = false);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddKisTraderSecurity(options, database);
        services.AddSingleton(sp => new WhatIfOptions(sp.GetRequiredService<IConfiguration>()));
        services.AddOpenApi();
        services.AddKisTraderHealth();
        services.AddKisTraderLive(database);
        services.AddSingleton<OrderHistory>();
        services.AddSingleton(PerformanceSource.Create);
        services.AddSingleton(sp =>
        {
            var strategy = sp.GetService<StrategyOptions>();
            var screening = (strategy ?? StrategyConfiguration.Load(sp.GetRequiredService<IConfiguration>())).Screening;
            return new PortfolioConfig(screening.Allocation.SessionBudget, screening.Allocation.Mode, screening.Selection.SelectedCount,
                screening.Selection.BackupCount, strategy is null ? "this front end's Strategy configuration (set it as the silos have it)" : "the co-hosted silo's Strategy configuration");
        });
        services.AddKisTraderTelemetry(options.Telemetry);
        services.AddKisTraderNotifications(options.Notifications);

        // After the silo (or client) and the migrations: the keys need the database, the report the server.
        services.AddHostedService(sp => sp.GetRequiredService<ApiKeyBootstrap>());
        services.AddHostedService<StartupReport>();
    }
}
