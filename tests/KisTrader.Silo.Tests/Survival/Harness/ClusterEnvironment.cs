using System.Globalization;

namespace KisTrader.Survival;

/// <summary>
/// The environment of each process of a <see cref="SurvivalCluster"/>, as deploy/cluster.env, deploy/kis-simulator.env
/// and deploy/cluster-local.sh give them (on loopback, with this run's ports and ids).
/// </summary>
internal static class ClusterEnvironment
{
    public static Dictionary<string, string> Migrate(SurvivalClusterSettings settings) => With(settings, new()
    {
        ["ConnectionStrings__KisTrader"] = settings.ConnectionString,
        ["DOTNET_ENVIRONMENT"] = "Production",
    });

    public static Dictionary<string, string> Silo(
        SurvivalClusterSettings settings, string clusterId, Uri simulator, (string Cano, string HtsId) account, string tokenKey, (int Silo, int Gateway) ports)
    {
        var environment = Kis(settings, clusterId, simulator);
        environment["KisTrader__Cluster__SiloPort"] = ports.Silo.ToString(CultureInfo.InvariantCulture);
        environment["KisTrader__Cluster__GatewayPort"] = ports.Gateway.ToString(CultureInfo.InvariantCulture);
        environment["KisTrader__Cluster__AdvertisedAddress"] = "127.0.0.1";
        environment["KisTrader__Clock__Source"] = "Simulator";
        environment["Kis__AppKey"] = settings.AppKey;
        environment["Kis__AppSecret"] = settings.AppSecret;
        environment["Kis__AccountNumber"] = account.Cano;
        environment["Kis__HtsId"] = account.HtsId;
        environment["Kis__Cluster__EncryptionKey"] = tokenKey;
        // The simulator counts no rate limit (--no-rate-limit): the client's lanes need not pace at 18 per second.
        environment["Kis__RateLimit__RequestsPerSecond"] = "100";
        environment["Kis__RateLimit__Window"] = "00:00:00.050";
        environment["Kis__RateLimit__SafetyMargin"] = "00:00:00";
        foreach (var (key, value) in settings.SiloEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>A front end in client mode (AdoNet gateway list on the same database), plain HTTP on loopback.</summary>
    public static Dictionary<string, string> Web(SurvivalClusterSettings settings, string clusterId, Uri simulator, string cano, Uri url, string adminKey)
    {
        var environment = Kis(settings, clusterId, simulator);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        environment["KisTrader__Web__Mode"] = "Client";
        environment["KisTrader__Web__Client__Clustering"] = "AdoNet";
        environment["KisTrader__Web__Client__ClusterId"] = clusterId;
        environment["KisTrader__Web__Client__ServiceId"] = clusterId;
        environment["KISTRADER_ADMIN_KEY"] = adminKey;
        environment["Kis__AccountNumber"] = cano;
        return environment;
    }

    private static Dictionary<string, string> Kis(SurvivalClusterSettings settings, string clusterId, Uri simulator)
    {
        var rest = simulator.ToString().TrimEnd('/');
        return With(settings, new()
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__KisTrader"] = settings.ConnectionString,
            ["KisTrader__Mode"] = "Simulator",
            ["KisTrader__Cluster__ClusterId"] = clusterId,
            ["KisTrader__Cluster__ServiceId"] = clusterId,
            ["KisTrader__Cluster__Clustering"] = "AdoNet",
            ["KisTrader__Storage__GrainStorage"] = "AdoNet",
            ["KisTrader__Storage__Reminders"] = "AdoNet",
            ["KisTrader__Storage__MigrateOnStart"] = "false",
            ["Kis__RestBaseUrl"] = rest,
            ["Kis__WebSocketBaseUrl"] = rest.Replace("http://", "ws://", StringComparison.Ordinal),
            ["Kis__MasterFileBaseUrl"] = rest + "/common/master/",
        });
    }

    private static Dictionary<string, string> With(SurvivalClusterSettings settings, Dictionary<string, string> environment)
    {
        if (settings.LogLevel is { } level)
        {
            foreach (var category in new[] { "Default", "KisTrader", "System.Net.Http" })
            {
                environment[$"Logging__LogLevel__{category}"] = level;
            }

            environment["Logging__LogLevel__Microsoft"] = "Warning";
            environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
            environment["Logging__LogLevel__Orleans"] = "Warning";
            environment["Logging__Console__FormatterName"] = "simple";
            environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        }

        return environment;
    }
}
