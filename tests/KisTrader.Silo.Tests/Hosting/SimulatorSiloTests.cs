using System.Net;
using KisTrader.Grains.Storage;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>The one-machine simulator silo: no database, memory storage (loudly not durable), dashboard at /dashboard.</summary>
public sealed class SimulatorSiloTests(SimulatorSiloFixture fixture) : IClassFixture<SimulatorSiloFixture>
{
    [Fact]
    public async Task Start_LocalhostWithMemoryStorage_RunsInSimulatorModeAndKeepsGrainStateInMemory()
    {
        var options = fixture.Silo.Services.GetRequiredService<IOptions<SiloHostOptions>>().Value;
        var grain = fixture.Client.Client.GetGrain<ISiloProbeGrain>($"sim-{Guid.NewGuid():N}");

        var first = await grain.VisitAsync();
        var second = await grain.VisitAsync();

        Assert.Equal((TradingMode.Simulator, ClusteringKind.Localhost, StorageKind.Memory, StorageKind.Memory, false),
            (options.Mode, options.Cluster.Clustering, options.EffectiveGrainStorage, options.EffectiveReminders, options.HasDatabase));
        Assert.Equal(new ProbeVisit(fixture.SiloPort, 1), first);
        Assert.Equal(new ProbeVisit(fixture.SiloPort, 2), second);
    }

    [Fact]
    public void Start_WithMemoryStorage_LogsWhatItJoinedAndWarnsThatStateIsNotDurable()
    {
        var log = fixture.Silo.Log.Text("KisTrader");

        Assert.Contains(
            $"Information: Silo joined cluster {SimulatorSiloFixture.ClusterId} (service {SimulatorSiloFixture.ServiceId}) in Simulator mode: clustering Localhost, "
            + $"silo endpoint 127.0.0.1:{fixture.SiloPort}, gateway 127.0.0.1:{fixture.GatewayPort}; 1 active silo(s)",
            log,
            StringComparison.Ordinal);
        Assert.Contains("Information: Grain storage Memory, reminders Memory, memory streams 'Streams', database (none)", log, StringComparison.Ordinal);
        Assert.Contains("Warning: GRAIN STATE IS IN MEMORY AND NOT DURABLE", log, StringComparison.Ordinal);
        Assert.Contains($"Warning: Orleans dashboard at {fixture.DashboardUrl.ToString().TrimEnd('/')}/dashboard", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Enabled_IsServedAtSlashDashboard()
    {
        using var http = new HttpClient { BaseAddress = fixture.DashboardUrl };

        using var page = await http.GetAsync(new Uri("/dashboard/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var counters = await http.GetAsync(new Uri("/dashboard/DashboardCounters", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Orleans", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
    }

    [Fact]
    public async Task Streams_AnEventPublishedByAGrain_ReachesTheClientThroughTheMemoryPubSubStore()
    {
        var message = $"hi-{Guid.NewGuid():N}";

        Assert.Equal(message, await fixture.Client.RoundTripEventAsync($"pub-{Guid.NewGuid():N}", $"sim-{Guid.NewGuid():N}", message));
    }
}
