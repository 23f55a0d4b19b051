using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Commands;

/// <summary>The <c>silo</c> command: runs a KisTrader silo (<see cref="SiloHost"/>) until Ctrl+C.</summary>
internal static class SiloCommand
{
    public const string Usage = """
        silo [--KisTrader:<setting>=<value> ...] [--ConnectionStrings:KisTrader=<connection string>]
          settings (also from appsettings.json and environment variables such as KisTrader__Cluster__SiloPort=11112):
          --KisTrader:Mode=Simulator|Paper|Real               default Simulator; Paper and Real need PostgreSQL
          --KisTrader:Cluster:ClusterId=<id>                  default kistrader
          --KisTrader:Cluster:ServiceId=<id>                  default kistrader (keep it: state is stored under it)
          --KisTrader:Cluster:Clustering=Localhost|AdoNet     default Localhost (one silo); AdoNet = several silos on PostgreSQL
          --KisTrader:Cluster:SiloPort=<port>                 default 11111
          --KisTrader:Cluster:GatewayPort=<port>              default 30000
          --KisTrader:Cluster:AdvertisedAddress=<ip|host>     AdoNet only; default this machine's address
          --KisTrader:Cluster:ListenOnAnyAddress=true|false   AdoNet only; default false
          --KisTrader:Cluster:ProbeTimeoutSeconds=<s>         default 3: liveness probe interval and timeout (fail-over)
          --KisTrader:Cluster:MissedProbesLimit=<n>           default 3: missed probes before a silo votes another dead
          --KisTrader:Clock:Source=Wall|Simulator             default Wall; Simulator (Simulator mode): follow the KIS simulator's clock
          --KisTrader:Clock:SyncIntervalMilliseconds=<ms>     default 200: how often a following silo reads the simulator's clock
          --KisTrader:Clock:ToleranceMilliseconds=<ms>        default 50: how far behind (wall ms at the speed) before it moves forward
          --KisTrader:Clock:WaitSeconds=<s>                   default 120: how long a starting silo waits for the simulator's clock
          --KisTrader:Storage:GrainStorage=Memory|AdoNet      default AdoNet with a database, else Memory (simulator only)
          --KisTrader:Storage:Reminders=Memory|AdoNet         default AdoNet with a database, else Memory (simulator only)
          --KisTrader:Storage:MigrateOnStart=true|false       default true: apply the migrations before joining
          --KisTrader:Dashboard:Enabled=true|false            default false: serve the Orleans dashboard at /dashboard
          --KisTrader:Dashboard:Url=<url>                     default http://127.0.0.1:8080
          --KisTrader:Telemetry:MetricsPort=<port>            default none: serve /metrics (Prometheus) on http://127.0.0.1:<port>
          --KisTrader:Telemetry:OtlpEndpoint=<url>            default none: export metrics and traces over OTLP
          --KisTrader:Telemetry:Traces=true|false             default false (true by itself with an OTLP endpoint)
          the database: ConnectionStrings__KisTrader='Host=...;Port=5432;Database=...;Username=...;Password=...'
          the KIS client (kis/KisTrader.Kis/README.md): Kis__AppKey, Kis__AppSecret, Kis__AccountNumber from the environment;
            Kis:Environment follows KisTrader:Mode (a different value is refused); Simulator mode needs Kis:RestBaseUrl,
            Kis:WebSocketBaseUrl and Kis:MasterFileBaseUrl of a running simulator
          Kis__Cluster__EncryptionKey=<Base64 of 32 bytes>    required in Paper and Real (the stored token's key; never in a file)
          --KisTrader:Schedule:Enabled=true|false             default true: this silo starts the KRX schedule
          exit codes: 0 stopped with Ctrl+C, 1 the silo failed, 2 an invalid setting (the message names it)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandDispatcher.CheckSettings(args, out var help) is { } error)
        {
            await Console.Error.WriteLineAsync($"error: {error}{Environment.NewLine}usage: {Usage}");
            return 2;
        }

        if (help)
        {
            Console.WriteLine($"usage: dotnet run --project silo/KisTrader.Silo -- {Usage}");
            return 0;
        }

        IHost host;
        try
        {
            host = SiloHost.Build(args);
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"error: invalid settings:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", e.Failures)}");
            return 2;
        }

        try
        {
            await host.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: the silo stopped: {e.GetType().Name}: {e.Message}");
            return 1;
        }
        finally
        {
            host.Dispose();
        }
    }
}
