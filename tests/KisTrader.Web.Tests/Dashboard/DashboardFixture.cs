using System.Net;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KisTrader.Web.Tests.Dashboard;

/// <summary>
/// A cluster of its own whose simulated clock starts at Tuesday 2026-11-24 15:00 KST, half an hour before the scheduled
/// screen, on the market of the silo's two-day cycle test (250 + 450 listings: its after-hours buys fill) with the idle
/// fast-forward on (the night before the exit day is skipped), and a front end on Kestrel (a real socket for the browser)
/// told the traded account (fills, positions, the kill switch).
/// </summary>
public sealed class DashboardFixture : WebClusterFixture
{
    private WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions>? _served;

    protected override string Start => "2026-11-24T15:00:00+09:00";

    /// <summary>The served front end's address, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Address { get; private set; } = null!;

    public WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> Served => _served!;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Market:KospiListings"] = "250";
        settings["Market:KosdaqListings"] = "450";
        settings["KisTrader:Simulation:FastForward"] = "true";
        settings["Kis:RateLimit:RequestsPerSecond"] = "100";
        settings["Kis:RateLimit:Window"] = "00:00:00.050";
        settings["Kis:RateLimit:SafetyMargin"] = "00:00:00";
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _served = Create(s => s["Kis:AccountNumber"] = Simulation.KisSettings["Kis:AccountNumber"]);
        var port = FreePort.Next();
        _served.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _served.StartServer();
        var addresses = _served.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Address = new Uri((addresses.FirstOrDefault() ?? $"http://127.0.0.1:{port}").TrimEnd('/') + "/");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
