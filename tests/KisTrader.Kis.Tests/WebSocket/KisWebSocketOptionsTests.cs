using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>Options binding, validation messages naming the setting, DI registration and the reconnect backoff.</summary>
public sealed class KisWebSocketOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<KisWebSocketOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IApprovalKeySource, StaticApprovalKeySource>();
        services.AddKisWebSocket(configuration, configure);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddKisWebSocket_BindsTheSection_AndRegistersTheClient()
    {
        await using var provider = Build(
            new() { ["Kis:WebSocket:BaseUrl"] = "ws://127.0.0.1:21000", ["Kis:WebSocket:MaxRegistrations"] = "20", ["Kis:WebSocket:ReconnectJitter"] = "0.1" },
            o => o.HtsId = "myhts");

        var options = provider.GetRequiredService<IOptions<KisWebSocketOptions>>().Value;
        Assert.Equal((20, 0.1m, "myhts", "/tryitout"), (options.MaxRegistrations, options.ReconnectJitter, options.HtsId, options.Path));
        var client = provider.GetRequiredService<IKisRealtimeClient>();
        Assert.Same(provider.GetRequiredService<KisRealtimeClient>(), client);
        Assert.Equal(new Uri("ws://127.0.0.1:21000/tryitout"), ((KisRealtimeClient)client).Endpoint);
        Assert.Equal(RealtimeConnectionState.Stopped, client.State);
    }

    [Theory]
    [InlineData(null, null, "Kis:WebSocket:BaseUrl is required")]
    [InlineData("Kis:WebSocket:BaseUrl", "http://127.0.0.1:21000", "Kis:WebSocket:BaseUrl must be an absolute ws:// or wss:// URL")]
    [InlineData("Kis:WebSocket:MaxRegistrations", "0", "Kis:WebSocket:MaxRegistrations must be between 1 and 200.")]
    [InlineData("Kis:WebSocket:ReconnectJitter", "1.5", "Kis:WebSocket:ReconnectJitter must be between 0 and 1.")]
    [InlineData("Kis:WebSocket:ReconnectMaxDelay", "00:00:00.100", "Kis:WebSocket:ReconnectMaxDelay must not be shorter than Kis:WebSocket:ReconnectInitialDelay.")]
    [InlineData("Kis:WebSocket:CustomerType", "X", "Kis:WebSocket:CustomerType must be P or B.")]
    [InlineData("Kis:WebSocket:MarketEventCapacity", "1", "Kis:WebSocket:MarketEventCapacity must be between 16 and 1000000.")]
    [InlineData("Kis:WebSocket:Path", "tryitout", "Kis:WebSocket:Path must start with '/'.")]
    public void InvalidSetting_FailsWithAMessageNamingIt(string? key, string? value, string message)
    {
        var settings = new Dictionary<string, string?> { ["Kis:WebSocket:BaseUrl"] = "ws://127.0.0.1:21000" };
        if (key is null)
        {
            settings.Remove("Kis:WebSocket:BaseUrl");
        }
        else
        {
            settings[key] = value;
        }

        using var provider = Build(settings);
        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KisWebSocketOptions>>().Value);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_DoublesFromTheInitialDelay_CappedAtTheMaximum_WithinTheJitter()
    {
        var client = new KisRealtimeClient(
            Options.Create(new KisWebSocketOptions
            {
                BaseUrl = new Uri("ws://127.0.0.1:1"),
                ReconnectInitialDelay = TimeSpan.FromSeconds(1),
                ReconnectMaxDelay = TimeSpan.FromSeconds(60),
                ReconnectJitter = 0.2m,
            }),
            new StaticApprovalKeySource(),
            TimeProvider.System);

        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(client.Backoff(1), TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
            Assert.InRange(client.Backoff(4), TimeSpan.FromSeconds(6.4), TimeSpan.FromSeconds(9.6));
            Assert.InRange(client.Backoff(30), TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public void FillNoticeTrId_FollowsTheAccountType()
    {
        Assert.Equal("H0STCNI0", new KisWebSocketOptions().FillNoticeTrId);
        Assert.Equal("H0STCNI9", new KisWebSocketOptions { PaperTrading = true }.FillNoticeTrId);
    }
}
