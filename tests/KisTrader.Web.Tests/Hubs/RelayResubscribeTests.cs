using KisTrader.Testing;
using KisTrader.Web.Relay;
using Microsoft.Extensions.DependencyInjection;
using KisTrader.Web.Tests.Infrastructure;

namespace KisTrader.Web.Tests.Hubs;

/// <summary>
/// Cluster loss: the silo is stopped and a new one started on the same ports (its memory stream pub-sub forgot every
/// subscription); the front end's Orleans client gets its gateway back and the events relay subscribes again, so an
/// event published by the new silo reaches a hub client. Its own cluster (the restart would disturb the shared one).
/// </summary>
public sealed class RelayResubscribeTests : IClassFixture<RelayResubscribeTests.Cluster>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(180);
    private readonly Cluster _fixture;

    public RelayResubscribeTests(Cluster fixture) => _fixture = fixture;

    [Fact]
    public async Task SiloRestarted_EventsRelaySubscribesAgain_EventsReachTheHub()
    {
        await _fixture.RelayReadyAsync();
        await using var client = await HubClient.StartAsync(_fixture.Factory, WebClusterFixture.AdminKey);

        await _fixture.RestartSiloAsync();

        var published = new List<long>();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                published.Add(await Publishing.SystemAsync(_fixture));
            }
            catch (InvalidOperationException)
            {
                // the new silo's journal may not be ready yet
            }

            await Task.Delay(1000, TestContext.Current.CancellationToken);
            return client.Events.Any(e => e.GetProperty("alert").GetString() == "system" && published.Contains(e.GetProperty("sequence").GetInt64()));
        }, () => $"an event of the new silo reaches the hub ({published.Count} published)", Limit);
        Assert.True(_fixture.Factory.Services.GetRequiredService<ClusterReconnects>().Count >= 1, "the client's gateway recovery was seen");
    }

    /// <summary>A cluster of this class alone.</summary>
    public sealed class Cluster : WebClusterFixture;
}
