using System.Text.Json.Serialization;
using KisTrader.Web.Alerts;
using KisTrader.Web.Relay;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace KisTrader.Web.Hubs;

/// <summary>The live part: the SignalR hub, the preference store, the relays of the Orleans streams and the event history.</summary>
internal static class LiveExtensions
{
    public const string HubPath = "/hubs/trading";

    public static void AddKisTraderLive(this IServiceCollection services, bool database)
    {
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 32 * 1024)
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<SymbolInterest>();
        services.AddSingleton<MoveAlerts>();
        services.TryAddSingleton<ClusterReconnects>();
        services.AddSingleton<RelayEventBuffer>();
        if (database)
        {
            services.AddSingleton<IAlertPreferenceStore>(sp => new PostgresAlertPreferenceStore(sp.GetRequiredService<NpgsqlDataSource>()));
            services.AddSingleton<IEventHistory>(sp => new PostgresEventHistory(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            services.AddSingleton<IAlertPreferenceStore, InMemoryAlertPreferenceStore>();
            services.AddSingleton<IEventHistory>(sp => sp.GetRequiredService<RelayEventBuffer>());
        }

        services.AddHostedService<EventsRelay>();
        services.AddHostedService<TicksRelay>();
        services.AddHostedService<FillsRelay>();
    }
}
