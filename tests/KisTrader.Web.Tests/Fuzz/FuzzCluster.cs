using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// The fuzz's own cluster (it asserts that nothing changes, so no other test may act on it meanwhile) and a front end
/// told the traded account (the kill switch and manual orders are fuzzed for real) whose per-key request limit is out
/// of the way (a few thousand requests in a minute).
/// </summary>
public sealed class FuzzCluster : WebClusterFixture
{
    private WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions>? _frontEnd;

    public WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> FrontEnd => _frontEnd!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _frontEnd = Create(s =>
        {
            s["Kis:AccountNumber"] = Simulation.KisSettings["Kis:AccountNumber"];
            s["KisTrader:Web:RateLimit:PermitsPerWindow"] = "1000000";
            s["KisTrader:Web:RateLimit:AnonymousPermitsPerWindow"] = "1000000";
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (_frontEnd is not null)
        {
            await _frontEnd.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
