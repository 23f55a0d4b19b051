using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KisTrader.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KisTrader.Benchmarks;

/// <summary>
/// The one-process front end (co-hosted silo, in-process simulator, in-memory storage) on a free loopback port, as
/// <c>dotnet run --project web/KisTrader.Web</c> runs it, with a quiet market (a Sunday at 1×: no screen or trading
/// runs during a measurement, 400 listings) and the per-key request limit lifted (the server is measured, not the limiter).
/// </summary>
internal sealed class WebBenchHost : IAsyncDisposable
{
    public const string AdminKey = "bench-admin-key-0123456789abcdef";

    private WebBenchHost(WebApplication app, Uri baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }

    public Uri BaseUrl { get; }

    public static async Task<WebBenchHost> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KisTrader:Simulation:Start"] = "2026-11-22T12:00:00+09:00",
            ["KisTrader:Simulation:Speed"] = "1",
            ["KisTrader:Simulation:FastForward"] = "false",
            ["Market:KospiListings"] = "200",
            ["Market:KosdaqListings"] = "200",
            ["KisTrader:Web:RateLimit:PermitsPerWindow"] = "1000000",
            [WebHostOptions.AdminKeySetting] = AdminKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:KisTrader.Web.Hosting.StartupReport"] = "Warning",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        await builder.AddKisTraderFrontEndAsync(cancellationToken);
        var app = builder.Build();
        app.UseKisTraderFrontEnd();
        app.MapKisTraderApis();
        await app.StartAsync(cancellationToken);
        return new WebBenchHost(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        return values[Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1)];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await App.StopAsync(timeout.Token);
        await App.DisposeAsync();
    }
}
