using System.Text.Json;
using KisTrader.Testing;
using KisTrader.Web.Tests.Infrastructure;

namespace KisTrader.Web.Tests.Notifications;

/// <summary>End to end: an event published by the silo reaches a configured webhook through the front end's events relay.</summary>
[Collection(WebCollection.Name)]
public sealed class NotificationRelayTests(WebClusterFixture fixture)
{
    [Fact]
    public async Task SystemEvent_WebhookOfSystem_ReceivesTheEventMessage()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        await using var factory = fixture.Create(s =>
        {
            s["KisTrader:Web:Notifications:Webhooks:0:Url"] = new Uri(receiver.BaseUrl, "kistrader").ToString();
            s["KisTrader:Web:Notifications:Webhooks:0:Categories"] = "system";
        });
        _ = factory.Server; // start the front end (its relay subscribes to events/all)

        var sequences = new List<long>();
        await Eventually.TrueAsync(async () =>
        {
            sequences.Add(await Publishing.SystemAsync(fixture));
            await Task.Delay(500, TestContext.Current.CancellationToken);
            return !receiver.Received.IsEmpty;
        }, "the webhook receives a system event", TimeSpan.FromSeconds(90));

        var (path, body) = receiver.Received.First();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("/kistrader", path);
        Assert.Equal("system", json.GetProperty("alert").GetString());
        Assert.Contains(json.GetProperty("sequence").GetInt64(), sequences);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("text").GetString()));
        Assert.Equal("KisAuthChanged", json.GetProperty("payload").GetProperty("type").GetString());
    }
}
